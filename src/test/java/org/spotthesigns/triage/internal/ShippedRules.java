package org.spotthesigns.triage.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.spotthesigns.guidance.Choice;
import org.spotthesigns.guidance.GuidancePage;
import org.spotthesigns.guidance.GuidancePage.Section;
import org.spotthesigns.guidance.internal.ContentLibrary;
import org.spotthesigns.guidance.internal.ContentLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The rule set in {@code content/triage/rules.yml}, and the fixture rule set the table test reads
 * ({@code src/test/resources/triage/table-rules.yml}), both checked against the packaged content.
 */
final class ShippedRules {

    static final ContentLibrary CONTENT = new ContentLoader(new PathMatchingResourcePatternResolver())
            .load(Path.of("content").toUri().toString());
    static final RuleSetLoader.KnownAnswers KNOWN = new RuleSetLoader.KnownAnswers(
            CONTENT.pages(Section.SIGNS, Locale.UK).stream()
                    .map(GuidancePage::id)
                    .collect(Collectors.toSet()),
            CONTENT.choices("place-kinds", Locale.UK).stream().map(Choice::id).collect(Collectors.toSet()),
            CONTENT.choices("areas", Locale.UK).stream().map(Choice::id).collect(Collectors.toSet()),
            CONTENT.languages());

    private ShippedRules() {}

    static RuleSet load() {
        try {
            return RuleSetLoader.parse(
                    Files.readString(Path.of("content/triage/rules.yml")), "content/triage/rules.yml", KNOWN);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The rules the table test pins down case by case: a copy of the shipped rules at the time the
     * table was written, so tuning {@code content/triage/rules.yml} never breaks the build.
     */
    static RuleSet fixture() {
        String name = "triage/table-rules.yml";
        try (var in = ShippedRules.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No " + name + " on the test classpath");
            }
            return RuleSetLoader.parse(
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), name, KNOWN);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Set<String> signs() {
        return KNOWN.signs();
    }
}
