package org.spotthesigns.guidance.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.spotthesigns.guidance.GuidancePage;
import org.spotthesigns.guidance.GuidancePage.Section;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.shared.Prerendered;
import org.spotthesigns.shared.Prerendered.Languages;
import org.spotthesigns.shared.ReaderRoutes;

/**
 * Every guidance page, served as a plain document that never starts Vaadin: its view, built from
 * the content of its address's language (English in place of a page not translated yet), in the
 * public frame. The views are Vaadin components only so that the pages share one frame and one
 * set of building blocks with the pages that do run Vaadin.
 */
@org.springframework.stereotype.Component
class GuidanceDocuments implements ReaderRoutes {

    private final GuidanceService guidance;
    private final Map<String, Function<PageLanguage, Prerendered>> fixedPages;

    GuidanceDocuments(GuidanceService guidance) {
        this.guidance = guidance;
        this.fixedPages = Map.of(
                "", language -> generalPage("home", HomeView::new, language),
                "signs",
                        language -> sectionIndex(
                                new SignsView(guidance, language),
                                "signs.intro",
                                guidance.signs(language.locale()),
                                language),
                "where-it-happens",
                        language -> sectionIndex(
                                new PlacesView(guidance, language),
                                "places.intro",
                                guidance.places(language.locale()),
                                language),
                "help",
                        language -> sectionIndex(
                                new HelpView(guidance, language),
                                "help.intro",
                                guidance.helpPages(language.locale()),
                                language),
                "about", language -> generalPage("about", AboutView::new, language),
                "privacy", language -> generalPage("privacy", PrivacyView::new, language),
                "accessibility", language -> generalPage("accessibility", AccessibilityView::new, language));
    }

    @Override
    public Set<String> languages() {
        Set<String> languages = new TreeSet<>(guidance.languages());
        languages.remove("en");
        return languages;
    }

    @Override
    public Optional<Prerendered> page(String path, String languageName) {
        PageLanguage language = PageLanguage.of(languageName, guidance);
        Function<PageLanguage, Prerendered> fixed = fixedPages.get(path);
        if (fixed != null) {
            return Optional.of(fixed.apply(language));
        }
        int slash = path.indexOf('/');
        if (slash < 0 || path.indexOf('/', slash + 1) >= 0) {
            return Optional.empty();
        }
        String id = path.substring(slash + 1);
        return switch (path.substring(0, slash)) {
            case "signs" -> Optional.of(pageOf(new SignView(guidance, language), Section.SIGNS, id, language));
            case "where-it-happens" ->
                Optional.of(pageOf(new PlaceView(guidance, language), Section.PLACES, id, language));
            case "help" -> Optional.of(pageOf(new HelpPageView(guidance, language), Section.HELP, id, language));
            default -> Optional.empty();
        };
    }

    private Prerendered pageOf(GuidancePageView view, Section section, String id, PageLanguage language) {
        return guidance.page(section, id, language.locale())
                .<Prerendered>map(found -> {
                    view.show(found);
                    return Prerendered.page(view, found.summary(), languagesOf(found, language));
                })
                .orElseGet(Prerendered::missing);
    }

    private <V extends GeneralPageView> Prerendered generalPage(
            String id, BiFunction<GuidanceService, PageLanguage, V> view, PageLanguage language) {
        GuidancePage page = guidance.generalPage(id, language.locale());
        return Prerendered.page(view.apply(guidance, language), page.summary(), languagesOf(page, language));
    }

    /**
     * A section's list exists in every language, its cards each in the language's words or in
     * English; it is as checked as the least checked of them.
     */
    private Prerendered sectionIndex(
            SectionIndexView view, String introKey, List<GuidancePage> pages, PageLanguage language) {
        List<String> all = new ArrayList<>();
        all.add("en");
        all.addAll(languages());
        boolean reviewed = pages.stream().allMatch(GuidancePage::reviewed);
        String address = language.locale().getLanguage();
        return Prerendered.page(view, view.getTranslation(introKey), new Languages(address, address, all, reviewed));
    }

    private Languages languagesOf(GuidancePage page, PageLanguage language) {
        List<String> available = new ArrayList<>();
        available.add("en");
        for (String other : languages()) {
            if (PageLanguage.of(other, guidance).translates(page)) {
                available.add(other);
            }
        }
        String address = language.locale().getLanguage();
        boolean translated = language.translates(page);
        return new Languages(address, translated ? address : "en", available, page.reviewed());
    }
}
