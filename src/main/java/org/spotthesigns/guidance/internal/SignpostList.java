package org.spotthesigns.guidance.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.guidance.InvalidContentException;
import org.spotthesigns.guidance.Signpost;
import org.spotthesigns.guidance.Signpost.FirstStep;
import org.spotthesigns.guidance.Signpost.Link;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code options/routes.yml}: the cases another service deals with faster than a report.
 * Each entry is checked as the option lists are, so a mistake names the file and its line.
 */
final class SignpostList {

    /** The file's name inside {@code <language>/options/}. */
    static final String FILE = "routes.yml";

    private static final Set<String> FIELDS = Set.of("id", "situation", "advice", "links", "first-step");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** A number to call from a phone: digits only, as a phone's dialler needs them. */
    private static final Pattern TELEPHONE = Pattern.compile("tel:[0-9]{3,15}");
    /** An address of another service; it is only linked to, never loaded by the portal. */
    private static final Pattern WEB = Pattern.compile("https://[a-z0-9.-]+\\.[a-z]{2,}(/[A-Za-z0-9._~/-]*)?");

    private static final int SITUATION_LIMIT = 120;
    private static final int ADVICE_LIMIT = 300;
    private static final int LINK_TEXT_LIMIT = 60;

    private SignpostList() {}

    /**
     * Reads the routes. A translation's routes ({@code originals} being English's) change only the
     * words: the same routes, each with the same numbers and addresses and the same first-step.
     */
    static List<Signpost> read(String path, String yaml, @Nullable List<Signpost> originals) {
        Node root = FrontMatter.parseYaml(path, yaml, 1);
        Node routes = root instanceof MappingNode mapping ? field(mapping, "routes") : null;
        if (!(routes instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            throw new InvalidContentException(path, 1, "the file must hold 'routes:' followed by a list of entries");
        }
        List<Signpost> signposts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode entry)) {
                throw new InvalidContentException(
                        path, line(item), "each route needs 'id', 'situation', 'advice', 'links' and 'first-step'");
            }
            for (NodeTuple tuple : entry.getValue()) {
                String name = FrontMatter.scalar(path, tuple.getKeyNode());
                if (!FIELDS.contains(name)) {
                    throw new InvalidContentException(
                            path,
                            line(tuple.getKeyNode()),
                            "unknown field '" + name + "' (expected id, situation, advice, links, first-step)");
                }
            }
            String id = text(path, entry, "id", 40);
            if (!ID.matcher(id).matches() || !seen.add(id)) {
                throw new InvalidContentException(
                        path,
                        line(required(path, entry, "id")),
                        "the route id '" + id + "' is not a unique lower-case id");
            }
            Signpost original = originals == null ? null : original(path, entry, id, originals);
            String situation = text(path, entry, "situation", SITUATION_LIMIT);
            String advice = text(path, entry, "advice", ADVICE_LIMIT);
            List<Link> links = links(path, entry, original);
            Node when = required(path, entry, "first-step");
            FirstStep firstStep;
            try {
                firstStep = FirstStep.of(FrontMatter.scalar(path, when).strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidContentException(
                        path, line(when), "the first-step must be one of always, when-in-danger, never");
            }
            if (original != null && firstStep != original.firstStep()) {
                throw new InvalidContentException(
                        path,
                        line(when),
                        "the first-step must be '"
                                + original.firstStep()
                                        .name()
                                        .toLowerCase(Locale.ROOT)
                                        .replace('_', '-')
                                + "' as in English: a translation changes only the words");
            }
            signposts.add(new Signpost(id, situation, advice, links, firstStep));
        }
        return originals == null
                ? List.copyOf(signposts)
                : ContentLoader.inEnglishOrder(originals, signposts, Signpost::id);
    }

    private static Signpost original(String path, MappingNode entry, String id, List<Signpost> originals) {
        return originals.stream()
                .filter(o -> o.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new InvalidContentException(
                        path,
                        line(required(path, entry, "id")),
                        "the route id '" + id
                                + "' is not in the English routes.yml: a translation changes only the words"));
    }

    private static List<Link> links(String path, MappingNode entry, @Nullable Signpost original) {
        Node node = required(path, entry, "links");
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            throw new InvalidContentException(path, line(node), "'links' must be a list of 'text' and 'href' pairs");
        }
        if (original != null && sequence.getValue().size() != original.links().size()) {
            throw new InvalidContentException(
                    path, line(node), "the route needs the " + original.links().size() + " links it has in English");
        }
        List<Link> links = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof MappingNode link)) {
                throw new InvalidContentException(path, line(item), "each link needs 'text' and 'href'");
            }
            String text = text(path, link, "text", LINK_TEXT_LIMIT);
            String href = text(path, link, "href", 200);
            if (!TELEPHONE.matcher(href).matches() && !WEB.matcher(href).matches()) {
                throw new InvalidContentException(
                        path,
                        line(required(path, link, "href")),
                        "the link '" + href + "' must be tel: and digits, or an https:// address");
            }
            if (original != null) {
                String english = original.links().get(links.size()).href();
                if (!href.equals(english)) {
                    throw new InvalidContentException(
                            path,
                            line(required(path, link, "href")),
                            "the link '" + href + "' must be '" + english
                                    + "' as in English: a translation changes only the words");
                }
            }
            links.add(new Link(text, href));
        }
        return links;
    }

    private static String text(String path, MappingNode entry, String name, int limit) {
        Node node = required(path, entry, name);
        String value = FrontMatter.scalar(path, node).strip();
        if (value.isEmpty()) {
            throw new InvalidContentException(path, line(node), "the field '" + name + "' is empty");
        }
        if (value.length() > limit) {
            throw new InvalidContentException(
                    path, line(node), "the " + name + " is longer than " + limit + " characters");
        }
        return value;
    }

    private static Node required(String path, MappingNode entry, String name) {
        Node node = field(entry, name);
        if (node == null) {
            throw new InvalidContentException(path, line(entry), "the route has no '" + name + "'");
        }
        return node;
    }

    private static @Nullable Node field(MappingNode mapping, String name) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    /** One-based line in the file. */
    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
