package org.spotthesigns.triage.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.guidance.InvalidContentException;
import org.spotthesigns.triage.LinkedBy;
import org.spotthesigns.triage.Priority;
import org.spotthesigns.triage.TriageInput;
import org.spotthesigns.triage.internal.TriageRule.Condition;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads and checks {@code content/triage/rules.yml}. Every problem names the file, the line and
 * the rule, and stops start-up: the portal never triages with rules it could not read.
 */
public final class RuleSetLoader {

    private static final Set<String> ANSWERS = Set.of("yes", "no", "not-sure");
    private static final Set<String> CONCERNS = Set.of("child", "vulnerable-adult", "myself");
    private static final Set<String> AGE_BANDS = Set.of("under-13", "13-to-17", "18-to-24", "25-or-over", "not-sure");
    private static final Set<String> DETAILS =
            Set.of("vehicle-registration", "booking-number", "phone-number", "nickname", "social-media");

    /**
     * The answers the report form offers, by id, and the languages it is written in, by code:
     * what rules may name.
     */
    public record KnownAnswers(Set<String> signs, Set<String> placeKinds, Set<String> areas, Set<String> languages) {}

    private final String file;
    private final KnownAnswers known;

    private RuleSetLoader(String file, KnownAnswers known) {
        this.file = file;
        this.known = known;
    }

    public static RuleSet load(Resource resource, String file, KnownAnswers known) {
        try {
            return new RuleSetLoader(file, known).parse(resource.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the triage rules cannot be read from " + file, e);
        }
    }

    static RuleSet parse(String yaml, String file, KnownAnswers known) {
        return new RuleSetLoader(file, known).parse(yaml);
    }

    private RuleSet parse(String yaml) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            throw problem(
                    e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1,
                    "the YAML cannot be read: " + e.getProblem());
        }
        if (!(root instanceof MappingNode top)) {
            throw problem(1, "the file must hold 'version', 'thresholds' and 'rules'");
        }
        Map<String, Node> fields = fields(top, Set.of("version", "spam", "linking", "thresholds", "rules"));
        String version = text(required(fields, "version", top), "version");
        Map<Priority, Integer> thresholds = thresholds(required(fields, "thresholds", top));
        if (!(required(fields, "rules", top) instanceof SequenceNode ruleNodes)
                || ruleNodes.getValue().isEmpty()) {
            throw problem(line(fields.get("rules")), "'rules' must be a list of rules");
        }
        List<TriageRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node node : ruleNodes.getValue()) {
            TriageRule rule = rule(node);
            if (!ids.add(rule.id())) {
                throw problem(line(node), "rule '" + rule.id() + "' is given twice");
            }
            rules.add(rule);
        }
        return new RuleSet(
                version,
                thresholds,
                rules,
                spam(required(fields, "spam", top)),
                linking(required(fields, "linking", top)));
    }

    private RuleSet.LinkRules linking(Node node) {
        if (!(node instanceof MappingNode mapping)) {
            throw problem(line(node), "'linking' must give within, points-each, most, reason and shared");
        }
        Map<String, Node> fields = fields(mapping, Set.of("within", "points-each", "most", "reason", "shared"));
        Duration window =
                duration(required(fields, "within", mapping), "linking 'within' must be a duration such as P30D");
        int pointsEach = number(required(fields, "points-each", mapping), "points-each");
        int most = number(required(fields, "most", mapping), "most");
        if (pointsEach < 0 || most < pointsEach) {
            throw problem(
                    line(fields.get("most")), "linking: 'most' must be at least 'points-each', and neither below 0");
        }
        String reason = text(required(fields, "reason", mapping), "reason");
        Set<String> kinds = new java.util.TreeSet<>();
        for (LinkedBy by : LinkedBy.values()) {
            kinds.add(by.spelling());
        }
        if (!(required(fields, "shared", mapping) instanceof MappingNode sharedNode)) {
            throw problem(line(fields.get("shared")), "linking 'shared' must name " + String.join(", ", kinds));
        }
        Map<String, Node> shared = fields(sharedNode, kinds);
        Map<LinkedBy, String> labels = new EnumMap<>(LinkedBy.class);
        for (LinkedBy by : LinkedBy.values()) {
            labels.put(by, text(required(shared, by.spelling(), sharedNode), by.spelling()));
        }
        return new RuleSet.LinkRules(window, pointsEach, most, reason, labels);
    }

    private Duration duration(Node node, String problem) {
        try {
            Duration duration = Duration.parse(text(node, "a duration"));
            if (duration.isNegative() || duration.isZero()) {
                throw problem(line(node), problem);
            }
            return duration;
        } catch (java.time.format.DateTimeParseException e) {
            throw problem(line(node), problem);
        }
    }

    private RuleSet.SpamRules spam(Node node) {
        if (!(node instanceof MappingNode mapping)) {
            throw problem(line(node), "'spam' must describe honeypot, too-fast, link-flood and repeated");
        }
        Map<String, Node> signals = fields(mapping, Set.of("honeypot", "too-fast", "link-flood", "repeated"));
        Map<String, Node> honeypot = signal(signals, "honeypot", mapping, Set.of("reason"));
        Map<String, Node> tooFast = signal(signals, "too-fast", mapping, Set.of("seconds", "reason"));
        Map<String, Node> links = signal(signals, "link-flood", mapping, Set.of("links", "reason"));
        Map<String, Node> repeated = signal(signals, "repeated", mapping, Set.of("times", "within", "reason"));
        Node within = required(repeated, "within", signals.get("repeated"));
        Duration window = duration(within, "spam 'within' must be a duration such as PT1H");
        return new RuleSet.SpamRules(
                text(required(honeypot, "reason", signals.get("honeypot")), "reason"),
                number(required(tooFast, "seconds", signals.get("too-fast")), "seconds"),
                text(required(tooFast, "reason", signals.get("too-fast")), "reason"),
                number(required(links, "links", signals.get("link-flood")), "links"),
                text(required(links, "reason", signals.get("link-flood")), "reason"),
                number(required(repeated, "times", signals.get("repeated")), "times"),
                window,
                text(required(repeated, "reason", signals.get("repeated")), "reason"));
    }

    private Map<String, Node> signal(Map<String, Node> signals, String name, Node parent, Set<String> allowed) {
        if (!(required(signals, name, parent) instanceof MappingNode mapping)) {
            throw problem(line(signals.get(name)), "spam '" + name + "' must give " + String.join(" and ", allowed));
        }
        return fields(mapping, allowed);
    }

    private Map<Priority, Integer> thresholds(Node node) {
        if (!(node instanceof MappingNode mapping)) {
            throw problem(line(node), "'thresholds' must give the lowest score of P1, P2 and P3");
        }
        Map<String, Node> fields = fields(mapping, Set.of("P1", "P2", "P3"));
        Map<Priority, Integer> thresholds = new EnumMap<>(Priority.class);
        for (String priority : List.of("P1", "P2", "P3")) {
            thresholds.put(
                    Priority.valueOf(priority), number(required(fields, priority, mapping), "threshold " + priority));
        }
        // all three were put above
        int p1 = requireNonNull(thresholds.get(Priority.P1));
        int p2 = requireNonNull(thresholds.get(Priority.P2));
        int p3 = requireNonNull(thresholds.get(Priority.P3));
        if (!(p1 > p2 && p2 > p3)) {
            throw problem(line(node), "the thresholds must fall from P1 to P3");
        }
        return thresholds;
    }

    private TriageRule rule(Node node) {
        if (!(node instanceof MappingNode mapping)) {
            throw problem(line(node), "each rule needs id, reason, when and add");
        }
        Map<String, Node> fields = fields(mapping, Set.of("id", "reason", "when", "add", "at-least"));
        String id = text(required(fields, "id", mapping), "id");
        String reason = text(required(fields, "reason", mapping), "reason of rule '" + id + "'");
        int points = number(required(fields, "add", mapping), "add of rule '" + id + "'");
        Optional<Priority> atLeast = Optional.ofNullable(fields.get("at-least")).map(value -> {
            try {
                return Priority.valueOf(text(value, "at-least").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw problem(line(value), "rule '" + id + "': at-least must be P1, P2, P3 or P4");
            }
        });
        if (!(required(fields, "when", mapping) instanceof MappingNode when)
                || when.getValue().isEmpty()) {
            throw problem(line(fields.get("when")), "rule '" + id + "': 'when' must list at least one condition");
        }
        List<Condition> conditions = new ArrayList<>();
        for (NodeTuple tuple : when.getValue()) {
            conditions.add(condition(id, text(tuple.getKeyNode(), "condition"), tuple.getValueNode()));
        }
        return new TriageRule(id, reason, conditions, points, atLeast);
    }

    private Condition condition(String rule, String name, Node value) {
        return switch (name) {
            case "danger-now" -> choice(rule, name, value, ANSWERS, TriageInput::dangerNow);
            case "still-happening" -> choice(rule, name, value, ANSWERS, TriageInput::stillHappening);
            case "happened-before" -> choice(rule, name, value, ANSWERS, TriageInput::happenedBefore);
            case "concern-for" -> choice(rule, name, value, CONCERNS, TriageInput::concernFor);
            case "age-band" -> choice(rule, name, value, AGE_BANDS, TriageInput::ageBand);
            case "place-kind" -> choice(rule, name, value, known.placeKinds(), TriageInput::placeKind);
            case "area" -> member(rule, name, value, known.areas(), TriageInput::areas);
            case "sign" -> member(rule, name, value, known.signs(), TriageInput::signs);
            case "detail" -> member(rule, name, value, DETAILS, TriageInput::detailKinds);
            case "words" -> words(rule, value);
            default ->
                throw problem(
                        line(value),
                        "rule '" + rule + "': unknown condition '" + name
                                + "' (expected danger-now, still-happening, happened-before, concern-for, age-band, "
                                + "place-kind, area, sign, detail or words)");
        };
    }

    private Condition choice(
            String rule, String name, Node node, Set<String> allowed, Function<TriageInput, String> answer) {
        String value = allowedValue(rule, name, node, allowed);
        return new Condition(name, value, report -> value.equals(answer.apply(report)));
    }

    private Condition member(
            String rule, String name, Node node, Set<String> allowed, Function<TriageInput, Set<String>> answers) {
        String value = allowedValue(rule, name, node, allowed);
        return new Condition(name, value, report -> answers.apply(report).contains(value));
    }

    private String allowedValue(String rule, String name, Node node, Set<String> allowed) {
        String value = text(node, name);
        if (!allowed.contains(value)) {
            throw problem(
                    line(node),
                    "rule '" + rule + "': unknown " + name + " '" + value + "' (expected one of "
                            + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
        }
        return value;
    }

    /** English words as a list, or the words of each language under its code: {@code en: [knife], pl: [nóż]}. */
    private Condition words(String rule, Node node) {
        Map<String, List<String>> words = new LinkedHashMap<>();
        if (node instanceof SequenceNode list) {
            words.put(TriageRule.ENGLISH, wordList(rule, TriageRule.ENGLISH, list));
        } else if (node instanceof MappingNode languages
                && !languages.getValue().isEmpty()) {
            for (NodeTuple tuple : languages.getValue()) {
                String language = text(tuple.getKeyNode(), "a language");
                if (!known.languages().contains(language)) {
                    throw problem(
                            line(tuple.getKeyNode()),
                            "rule '" + rule + "': unknown language '" + language + "' under 'words' (expected one of "
                                    + String.join(", ", new java.util.TreeSet<>(known.languages())) + ")");
                }
                if (words.containsKey(language)) {
                    throw problem(
                            line(tuple.getKeyNode()),
                            "rule '" + rule + "': the words of '" + language + "' are given twice");
                }
                words.put(language, wordList(rule, language, tuple.getValueNode()));
            }
        } else {
            throw problem(
                    line(node),
                    "rule '" + rule + "': 'words' must be a list such as [knife, machete], or lists by language "
                            + "such as { en: [knife], pl: [nóż] }");
        }
        Predicate<TriageInput> test = TriageRule.anyWord(words);
        return new Condition(
                "words",
                String.join(", ", words.values().stream().flatMap(List::stream).toList()),
                test);
    }

    private List<String> wordList(String rule, String language, Node node) {
        if (!(node instanceof SequenceNode list) || list.getValue().isEmpty()) {
            throw problem(
                    line(node),
                    "rule '" + rule + "': the words of '" + language + "' must be a list such as [knife, machete]");
        }
        return list.getValue().stream().map(item -> text(item, "word")).toList();
    }

    private Map<String, Node> fields(MappingNode mapping, Set<String> allowed) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String name = text(tuple.getKeyNode(), "field name");
            if (!allowed.contains(name)) {
                throw problem(
                        line(tuple.getKeyNode()),
                        "unknown field '" + name + "' (expected one of "
                                + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
            fields.put(name, tuple.getValueNode());
        }
        return fields;
    }

    private Node required(Map<String, Node> fields, String name, @Nullable Node parent) {
        Node node = fields.get(name);
        if (node == null) {
            throw problem(line(parent), "the field '" + name + "' is missing");
        }
        return node;
    }

    private String text(Node node, String what) {
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return scalar.getValue().strip();
        }
        throw problem(line(node), "expected a single value for " + what);
    }

    private int number(Node node, String what) {
        String value = text(node, what);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw problem(line(node), what + " must be a whole number, not '" + value + "'");
        }
    }

    private static int line(@Nullable Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private InvalidContentException problem(int line, String message) {
        return new InvalidContentException(file, line, message);
    }
}
