package org.spotthesigns.guidance;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.spotthesigns.guidance.GuidancePage.Section;
import org.spotthesigns.guidance.internal.ContentLibrary;
import org.spotthesigns.guidance.internal.ContentLoader;
import org.spotthesigns.guidance.internal.ContentReleaseRecord;
import org.spotthesigns.guidance.internal.ContentReleases;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The guidance the public reads and the option lists the report form offers. Everything is read
 * and checked once at start-up: a broken file stops the portal rather than a page.
 */
@Service
public class GuidanceService {

    private final ContentLibrary library;
    private final ContentRelease release;

    GuidanceService(ContentProperties properties, ResourcePatternResolver resolver, ContentReleases releases) {
        this.library = new ContentLoader(resolver).load(properties.location());
        ContentReleaseRecord published = releases.publish(library.fingerprint(), library.fileCount());
        this.release = new ContentRelease(published.getFingerprint(), published.getFirstPublished());
    }

    public List<GuidancePage> signs(Locale locale) {
        return library.pages(Section.SIGNS, locale);
    }

    public List<GuidancePage> places(Locale locale) {
        return library.pages(Section.PLACES, locale);
    }

    public List<GuidancePage> helpPages(Locale locale) {
        return library.pages(Section.HELP, locale);
    }

    public Optional<GuidancePage> page(Section section, String id, Locale locale) {
        return library.page(section, id, locale);
    }

    /** The languages the guidance is written in, English among them, as the names of their folders. */
    public Set<String> languages() {
        return library.languages();
    }

    /** Whether the page is written in this language, rather than shown in English in its place. */
    public boolean isTranslated(Section section, String id, Locale locale) {
        return library.holds(section, id, locale);
    }

    /** A general page such as {@code home}, {@code about} or {@code privacy}; these always exist. */
    public GuidancePage generalPage(String id, Locale locale) {
        return library.page(Section.PAGES, id, locale)
                .orElseThrow(() -> new IllegalStateException("content/en/pages/" + id + ".md is missing"));
    }

    public List<Choice> placeKinds(Locale locale) {
        return library.choices("place-kinds", locale);
    }

    public List<Choice> areas(Locale locale) {
        return library.choices("areas", locale);
    }

    /**
     * The towns and villages the report form's place search offers, each with the id of its area
     * ({@link Choice#area()}): the area of a report follows from its town.
     */
    public List<Choice> towns(Locale locale) {
        return library.choices("towns", locale);
    }

    /** The agencies moderators refer reports to. */
    public List<Choice> agencies(Locale locale) {
        return library.choices("agencies", locale);
    }

    /**
     * The cases another service deals with faster than a report here, with where to go, as the
     * report start page and the first question show them.
     */
    public List<Signpost> signposts(Locale locale) {
        return library.signposts(locale);
    }

    public ContentRelease currentRelease() {
        return release;
    }
}
