package org.spotthesigns.triage.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.spotthesigns.triage.Priority;
import org.spotthesigns.triage.TriageInput;

/** One rule from {@code content/triage/}: the conditions it checks and what it adds. */
record TriageRule(String id, String reason, List<Condition> conditions, int points, Optional<Priority> atLeast) {

    boolean matches(TriageInput report) {
        return conditions.stream().allMatch(condition -> condition.test().test(report));
    }

    /** A condition with the words that wrote it, for error messages. */
    record Condition(String name, String value, Predicate<TriageInput> test) {}

    /** Whole words or phrases, in any case; "knife" does not match "knifepoint"'s neighbours by accident. */
    static Predicate<TriageInput> anyWord(List<String> words) {
        List<Pattern> patterns = words.stream()
                .map(word -> Pattern.compile("(?<![\\p{L}\\p{N}])"
                        + Pattern.quote(word.toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q")
                        + "(?![\\p{L}\\p{N}])"))
                .toList();
        return report -> {
            String text = report.text().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            return patterns.stream().anyMatch(pattern -> pattern.matcher(text).find());
        };
    }
}
