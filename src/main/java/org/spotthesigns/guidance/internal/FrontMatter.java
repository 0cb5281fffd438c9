package org.spotthesigns.guidance.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.guidance.InvalidContentException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A Markdown file split into its YAML front matter and its body. Values are read from the YAML
 * node tree rather than a plain map so that every problem can name the line it is on.
 */
final class FrontMatter {

    private static final String FENCE = "---";

    private final String file;
    private final Map<String, Node> fields;
    private final int bodyFirstLine;
    private final String body;

    private FrontMatter(String file, Map<String, Node> fields, int bodyFirstLine, String body) {
        this.file = file;
        this.fields = fields;
        this.bodyFirstLine = bodyFirstLine;
        this.body = body;
    }

    static FrontMatter parse(String file, String raw, Set<String> allowedFields) {
        String text = raw.replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            throw new InvalidContentException(file, 1, "the file must start with front matter between two '---' lines");
        }
        int closing = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(FENCE)) {
                closing = i;
                break;
            }
        }
        if (closing < 0) {
            throw new InvalidContentException(file, 1, "the front matter has no closing '---' line");
        }
        String yaml = String.join("\n", lines.subList(1, closing));
        String body = String.join("\n", lines.subList(closing + 1, lines.size()));
        Map<String, Node> fields = readFields(file, yaml, allowedFields);
        return new FrontMatter(file, fields, closing + 2, body);
    }

    /** Reads a whole YAML file (an option list) with the same line-aware checks. */
    static Node parseYaml(String file, String yaml, int firstLine) {
        try {
            Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
            if (root == null) {
                throw new InvalidContentException(file, firstLine, "the YAML is empty");
            }
            return root;
        } catch (MarkedYAMLException e) {
            int line =
                    e.getProblemMark() == null ? firstLine : e.getProblemMark().getLine() + firstLine;
            throw new InvalidContentException(file, line, "the YAML cannot be read: " + e.getProblem());
        } catch (YAMLException e) {
            throw new InvalidContentException(file, firstLine, "the YAML cannot be read: " + e.getMessage());
        }
    }

    private static Map<String, Node> readFields(String file, String yaml, Set<String> allowedFields) {
        if (yaml.isBlank()) {
            throw new InvalidContentException(file, 2, "the front matter is empty");
        }
        Node root = parseYaml(file, yaml, 2);
        if (!(root instanceof MappingNode mapping)) {
            throw new InvalidContentException(
                    file, line(root), "the front matter must be a list of 'name: value' fields");
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String name = scalar(file, tuple.getKeyNode());
            if (!allowedFields.contains(name)) {
                throw new InvalidContentException(
                        file,
                        line(tuple.getKeyNode()),
                        "unknown field '" + name + "' (expected one of " + String.join(", ", allowedFields) + ")");
            }
            if (fields.putIfAbsent(name, tuple.getValueNode()) != null) {
                throw new InvalidContentException(
                        file, line(tuple.getKeyNode()), "the field '" + name + "' is given twice");
            }
        }
        return fields;
    }

    String requiredText(String name) {
        Node node = fields.get(name);
        if (node == null) {
            throw new InvalidContentException(file, 0, "the required field '" + name + "' is missing");
        }
        String value = scalar(file, node).strip();
        if (value.isEmpty()) {
            throw new InvalidContentException(file, line(node), "the field '" + name + "' is empty");
        }
        return value;
    }

    int requiredNumber(String name) {
        String value = requiredText(name);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidContentException(
                    file, lineOf(name), "the field '" + name + "' must be a whole number, not '" + value + "'");
        }
    }

    /** Whether a field is there at all. */
    boolean has(String name) {
        return fields.containsKey(name);
    }

    /** A field that must say {@code true} or {@code false}. */
    boolean requiredYesOrNo(String name) {
        String value = requiredText(name);
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default ->
                throw new InvalidContentException(
                        file, lineOf(name), "the field '" + name + "' must be true or false, not '" + value + "'");
        };
    }

    /** A list field; absent means empty. Each entry keeps its own line for later checks. */
    List<Entry> list(String name) {
        Node node = fields.get(name);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            throw new InvalidContentException(
                    file, line(node), "the field '" + name + "' must be a list, e.g. [first, second]");
        }
        List<Entry> entries = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            entries.add(new Entry(scalar(file, item).strip(), line(item)));
        }
        return entries;
    }

    int lineOf(String name) {
        Node node = fields.get(name);
        return node == null ? 0 : line(node);
    }

    String file() {
        return file;
    }

    String body() {
        return body;
    }

    /** The file line on which the body starts, to translate Markdown line numbers. */
    int bodyFirstLine() {
        return bodyFirstLine;
    }

    static String scalar(String file, @Nullable Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw new InvalidContentException(file, node == null ? 0 : line(node), "expected a single value here");
    }

    /** One-based line in the file; front matter YAML starts on the file's second line. */
    static int line(Node node) {
        return node.getStartMark().getLine() + 2;
    }

    record Entry(String value, int line) {}
}
