package org.spotthesigns.guidance.ui;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.spotthesigns.guidance.GuidancePage.Section;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.shared.Prerendered;
import org.spotthesigns.shared.ReaderRoutes;

/**
 * Every guidance page, served as a plain document that never starts Vaadin: its view, built from
 * the content, in the public frame. The views are Vaadin components only so that the pages share
 * one frame and one set of building blocks with the pages that do run Vaadin.
 */
@org.springframework.stereotype.Component
class GuidanceDocuments implements ReaderRoutes {

    private final GuidanceService guidance;
    private final Map<String, Function<Locale, Prerendered>> fixedPages;

    GuidanceDocuments(GuidanceService guidance) {
        this.guidance = guidance;
        this.fixedPages = Map.of(
                "",
                        locale -> Prerendered.page(
                                new HomeView(guidance),
                                guidance.generalPage("home", locale).summary()),
                "signs", locale -> sectionIndex(new SignsView(guidance), "signs.intro"),
                "where-it-happens", locale -> sectionIndex(new PlacesView(guidance), "places.intro"),
                "help", locale -> sectionIndex(new HelpView(guidance), "help.intro"),
                "about",
                        locale -> Prerendered.page(
                                new AboutView(guidance),
                                guidance.generalPage("about", locale).summary()),
                "privacy",
                        locale -> Prerendered.page(
                                new PrivacyView(guidance),
                                guidance.generalPage("privacy", locale).summary()),
                "accessibility",
                        locale -> Prerendered.page(
                                new AccessibilityView(guidance),
                                guidance.generalPage("accessibility", locale).summary()));
    }

    @Override
    public Optional<Prerendered> page(String path) {
        Locale locale = Locale.UK;
        Function<Locale, Prerendered> fixed = fixedPages.get(path);
        if (fixed != null) {
            return Optional.of(fixed.apply(locale));
        }
        int slash = path.indexOf('/');
        if (slash < 0 || path.indexOf('/', slash + 1) >= 0) {
            return Optional.empty();
        }
        String id = path.substring(slash + 1);
        return switch (path.substring(0, slash)) {
            case "signs" -> Optional.of(pageOf(new SignView(guidance), Section.SIGNS, id, locale));
            case "where-it-happens" -> Optional.of(pageOf(new PlaceView(guidance), Section.PLACES, id, locale));
            case "help" -> Optional.of(pageOf(new HelpPageView(guidance), Section.HELP, id, locale));
            default -> Optional.empty();
        };
    }

    private Prerendered pageOf(GuidancePageView view, Section section, String id, Locale locale) {
        return guidance.page(section, id, locale)
                .<Prerendered>map(found -> {
                    view.show(found);
                    return Prerendered.page(view, found.summary());
                })
                .orElseGet(Prerendered::missing);
    }

    private static Prerendered sectionIndex(SectionIndexView view, String introKey) {
        return Prerendered.page(view, view.getTranslation(introKey));
    }
}
