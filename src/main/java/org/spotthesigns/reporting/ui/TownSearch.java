package org.spotthesigns.reporting.ui;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How the town search matches what is typed: by the start of a name or of any word in it, so
 * "lough" finds Loughborough and "harb" Market Harborough, ignoring case, accents, apostrophes
 * and extra spaces. Names that start with the typed words come first; otherwise the list's own
 * order (A to Z, the two choices for "somewhere else" and "not sure" last) is kept.
 */
final class TownSearch {

    private TownSearch() {}

    /** The ids of the towns whose names match, best first; all of them when nothing is typed. */
    static List<String> matches(Map<String, String> labels, @Nullable String typed) {
        String wanted = comparable(typed);
        if (wanted.isEmpty()) {
            return List.copyOf(labels.keySet());
        }
        List<String> first = new ArrayList<>();
        List<String> then = new ArrayList<>();
        labels.forEach((id, label) -> {
            String name = comparable(label);
            if (name.startsWith(wanted)) {
                first.add(id);
            } else if (name.contains(" " + wanted)) {
                then.add(id);
            }
        });
        first.addAll(then);
        return first;
    }

    /** The town whose name is exactly what was typed (ignoring case, accents and spacing), if any. */
    static Optional<String> exact(Map<String, String> labels, @Nullable String typed) {
        String wanted = comparable(typed);
        return labels.entrySet().stream()
                .filter(entry -> comparable(entry.getValue()).equals(wanted))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** Lower case without accents, with every run of spaces and punctuation one space. */
    private static String comparable(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT)
                .replaceAll("['\u2019]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
