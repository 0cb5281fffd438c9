package org.spotthesigns.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The translated words of every page a visitor reads (the guidance pages' frame and views, the
 * report form, follow-up): each bundle holds only keys the English file has, all the keys those
 * pages use (a missing one fails the build, naming it and the language), with the same placeholders, the MessageFormat
 * quoting of the English file, and the numbers and service names as they are.
 */
class TranslatedWordsTest {

    private static final String BUNDLE = "vaadin-i18n.translations";
    /** Moderation's screens (moderation., referral.) stay English; language. names each language once. */
    private static final List<String> VISITOR_PREFIXES = List.of(
            "site.",
            "help.",
            "home.",
            "nojs.",
            "notfound.",
            "error.",
            "guidance.",
            "sign.",
            "signs.",
            "place.",
            "places.",
            "report.",
            "followup.");

    private static final List<String> KEPT_AS_WRITTEN =
            List.of("999", "101", "0800 1111", "0800 555 111", "Childline", "Fearless", "Crimestoppers");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern TRANSLATION_FILE = Pattern.compile("translations_([a-z]{2,3})\\.properties");
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    private static final Properties ENGLISH = load("vaadin-i18n/translations.properties");

    @ParameterizedTest
    @MethodSource("languages")
    void every_translated_key_exists_in_the_english_words(String language) {
        Properties words = translation(language);

        assertThat(words.stringPropertyNames()).isNotEmpty().isSubsetOf(ENGLISH.stringPropertyNames());
    }

    @ParameterizedTest
    @MethodSource("languages")
    void every_word_a_visitor_reads_is_translated(String language) {
        Properties words = translation(language);

        Set<String> missing = new TreeSet<>();
        for (String key : visitorKeys()) {
            String word = words.getProperty(key);
            if (word == null || word.isBlank()) {
                missing.add(key);
            }
        }
        assertThat(missing)
                .as("keys missing in translations_%s.properties", language)
                .isEmpty();
    }

    /** Every translation file beside the English one, so a new language is checked the day it arrives. */
    static List<String> languages() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/vaadin-i18n"))) {
            List<String> found = files.map(file -> file.getFileName().toString())
                    .map(TRANSLATION_FILE::matcher)
                    .filter(Matcher::matches)
                    .map(name -> name.group(1))
                    .sorted()
                    .toList();
            assertThat(found).contains("pl", "ur");
            return found;
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void a_translation_keeps_the_placeholders_of_the_english_word(String language) {
        Properties words = translation(language);

        for (String key : words.stringPropertyNames()) {
            assertThat(placeholders(words.getProperty(key)))
                    .as("%s in %s", key, language)
                    .isEqualTo(placeholders(ENGLISH.getProperty(key)));
        }
    }

    /**
     * Only a word with placeholders goes through MessageFormat, so only there must an apostrophe be
     * doubled; elsewhere a doubled one would show twice (Punjabi writes 'ਤੇ with one).
     */
    @ParameterizedTest
    @MethodSource("languages")
    void apostrophes_are_doubled_only_in_words_with_placeholders(String language) {
        Properties words = translation(language);

        for (String key : words.stringPropertyNames()) {
            String value = words.getProperty(key);
            if (placeholders(ENGLISH.getProperty(key)).isEmpty()) {
                assertThat(value).as("%s in %s", key, language).doesNotContain("''");
            } else {
                assertThat(LONE_APOSTROPHE.matcher(value).find())
                        .as("lone apostrophe in %s in %s", key, language)
                        .isFalse();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void numbers_and_service_names_are_kept_as_written(String language) {
        Properties words = translation(language);

        for (String key : words.stringPropertyNames()) {
            String english = ENGLISH.getProperty(key);
            for (String kept : KEPT_AS_WRITTEN) {
                if (english.contains(kept)) {
                    assertThat(words.getProperty(key))
                            .as("%s in %s", key, language)
                            .contains(kept);
                }
            }
        }
    }

    /** Real characters, read the same by the bundle Vaadin uses; only a space at either end is escaped. */
    @ParameterizedTest
    @MethodSource("languages")
    void the_bundle_reads_the_translation_as_written_in_utf8(String language) throws IOException {
        Properties words = translation(language);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language));

        assertThat(bundle.getLocale().getLanguage()).isEqualTo(language);
        for (String key : words.stringPropertyNames()) {
            assertThat(bundle.getString(key)).as("%s in %s", key, language).isEqualTo(words.getProperty(key));
        }
        Matcher escape = ESCAPE.matcher(text(file(language)));
        while (escape.find()) {
            assertThat(escape.group(1)).as("escape in %s", language).isEqualTo("0020");
        }
    }

    private static Set<String> visitorKeys() {
        Set<String> keys = new TreeSet<>();
        for (String key : ENGLISH.stringPropertyNames()) {
            if (VISITOR_PREFIXES.stream().anyMatch(key::startsWith)) {
                keys.add(key);
            }
        }
        assertThat(keys).contains("site.exit", "help.support.childline.before", "report.continue", "followup.title");
        return keys;
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String file(String language) {
        return "vaadin-i18n/translations_" + language + ".properties";
    }

    private static Properties translation(String language) {
        return load(file(language));
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(open(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
        return properties;
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = TranslatedWordsTest.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as(resource).isNotNull();
        return in;
    }
}
