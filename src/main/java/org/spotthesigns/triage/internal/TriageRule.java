package org.spotthesigns.triage.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.spotthesigns.triage.Priority;
import org.spotthesigns.triage.TriageInput;

/** One rule from {@code content/triage/}: the conditions it checks and what it adds. */
record TriageRule(String id, String reason, List<Condition> conditions, int points, Optional<Priority> atLeast) {

    /** The language whose words every report is searched for. */
    static final String ENGLISH = "en";

    boolean matches(TriageInput report) {
        return conditions.stream().allMatch(condition -> condition.test().test(report));
    }

    /** A condition with the words that wrote it, for error messages. */
    record Condition(String name, String value, Predicate<TriageInput> test) {}

    /**
     * Whole words or phrases, in any case ("knife" is not found in "knifepoint"): the English ones
     * in every report, and those of the report's language besides, since people mix languages.
     *
     * @param words the words of each language, by its code
     */
    static Predicate<TriageInput> anyWord(Map<String, List<String>> words) {
        Map<String, List<Pattern>> patterns = new java.util.HashMap<>();
        words.forEach((language, some) ->
                patterns.put(language, some.stream().map(RuleWords::whole).toList()));
        List<Pattern> english = patterns.getOrDefault(ENGLISH, List.of());
        return report -> {
            List<Pattern> own =
                    ENGLISH.equals(report.language()) ? List.of() : patterns.getOrDefault(report.language(), List.of());
            if (english.isEmpty() && own.isEmpty()) {
                return false;
            }
            String text = RuleWords.comparable(report.text());
            return english.stream().anyMatch(pattern -> pattern.matcher(text).find())
                    || own.stream().anyMatch(pattern -> pattern.matcher(text).find());
        };
    }
}
