package org.spotthesigns.guidance.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.spotthesigns.guidance.GuidanceService;

/** Every guidance page of the portal and the heading it must show, read from the content. */
final class PublicAddresses {

    private PublicAddresses() {}

    /** The pages served as plain documents: every public page but the report form and follow-up. */
    static Map<String, String> withHeadings(GuidanceService guidance, ResourceBundle messages) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/", guidance.generalPage("home", Locale.UK).title());
        pages.put("/signs", messages.getString("signs.title"));
        guidance.signs(Locale.UK).forEach(page -> pages.put(page.path(), page.title()));
        pages.put("/where-it-happens", messages.getString("places.title"));
        guidance.places(Locale.UK).forEach(page -> pages.put(page.path(), page.title()));
        pages.put("/help", messages.getString("help.title"));
        guidance.helpPages(Locale.UK).forEach(page -> pages.put(page.path(), page.title()));
        for (String id : List.of("about", "privacy", "accessibility")) {
            pages.put("/" + id, guidance.generalPage(id, Locale.UK).title());
        }
        return pages;
    }
}
