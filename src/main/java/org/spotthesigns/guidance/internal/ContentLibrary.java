package org.spotthesigns.guidance.internal;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.spotthesigns.guidance.Choice;
import org.spotthesigns.guidance.GuidancePage;
import org.spotthesigns.guidance.GuidancePage.Section;
import org.spotthesigns.guidance.Signpost;

/**
 * Every page and option list of every language, checked and rendered, never changed after
 * loading. A language that lacks a page or a list falls back to English, so a translation can
 * be added one file at a time.
 */
public final class ContentLibrary {

    public static final String DEFAULT_LANGUAGE = "en";

    private final Map<String, LanguageContent> languages;
    private final String fingerprint;
    private final int fileCount;

    ContentLibrary(Map<String, LanguageContent> languages, String fingerprint, int fileCount) {
        this.languages = Map.copyOf(languages);
        this.fingerprint = fingerprint;
        this.fileCount = fileCount;
    }

    /** The pages of a section in their set order. */
    public List<GuidancePage> pages(Section section, Locale locale) {
        LanguageContent fallback = english();
        LanguageContent chosen = language(locale);
        return fallback.pages(section).stream()
                .map(page -> chosen.page(section, page.id()).orElse(page))
                .toList();
    }

    public Optional<GuidancePage> page(Section section, String id, Locale locale) {
        return language(locale).page(section, id).or(() -> english().page(section, id));
    }

    /** The languages with a folder of their own, English among them, as their folder names. */
    public java.util.Set<String> languages() {
        return new java.util.TreeSet<>(languages.keySet());
    }

    /** Whether the language's own folder holds the page, rather than the page falling back to English. */
    public boolean holds(Section section, String id, Locale locale) {
        LanguageContent content = languages.get(locale.getLanguage());
        return content != null && content.page(section, id).isPresent();
    }

    public List<Choice> choices(String list, Locale locale) {
        List<Choice> translated = language(locale).choices(list);
        return translated.isEmpty() ? english().choices(list) : translated;
    }

    /** Where cases are dealt with faster than by a report here; a language without them reads English's. */
    public List<Signpost> signposts(Locale locale) {
        List<Signpost> translated = language(locale).signposts();
        return translated.isEmpty() ? english().signposts() : translated;
    }

    /** SHA-256 over every content file's path and bytes: changes with any edit. */
    public String fingerprint() {
        return fingerprint;
    }

    public int fileCount() {
        return fileCount;
    }

    private LanguageContent language(Locale locale) {
        return languages.getOrDefault(locale.getLanguage(), english());
    }

    /** The loader refuses content without English, so it is always there. */
    private LanguageContent english() {
        return requireNonNull(languages.get(DEFAULT_LANGUAGE));
    }

    record LanguageContent(
            Map<Section, List<GuidancePage>> sections, Map<String, List<Choice>> lists, List<Signpost> signposts) {

        List<GuidancePage> pages(Section section) {
            return sections.getOrDefault(section, List.of());
        }

        Optional<GuidancePage> page(Section section, String id) {
            return pages(section).stream().filter(page -> page.id().equals(id)).findFirst();
        }

        List<Choice> choices(String list) {
            return lists.getOrDefault(list, List.of());
        }
    }
}
