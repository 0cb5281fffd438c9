package org.spotthesigns.guidance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.spotthesigns.guidance.ContentRelease;
import org.spotthesigns.guidance.GuidancePage;
import org.spotthesigns.shared.AreaTime;

/** The building blocks every guidance view shares: the heading, the body, lists of pages. */
final class GuidanceArticle {

    private GuidanceArticle() {}

    static H1 heading(String text) {
        return new H1(text);
    }

    /**
     * Marks words from the interface's own messages where the page's language has none of its
     * own (they are English then), so that a screen reader reads them in an English voice.
     */
    static <C extends Component> C interfaceWords(C component, Locale locale) {
        com.vaadin.flow.component.UI reader = com.vaadin.flow.component.UI.getCurrent();
        Locale words = reader == null ? Locale.UK : reader.getLocale();
        if (!isEnglish(locale) && !words.getLanguage().equals(locale.getLanguage())) {
            component.getElement().setAttribute("lang", "en");
        }
        return component;
    }

    static boolean isEnglish(Locale locale) {
        return locale.getLanguage().equals("en");
    }

    /** The page's body: HTML that the content loader already cleaned with the sanitiser policy. */
    static Component body(GuidancePage page) {
        Html html = new Html("<div class=\"prose\">" + page.html() + "</div>");
        return html;
    }

    /** Cards linking to pages: a heading with the link, and the page's summary. */
    static Component cards(List<GuidancePage> pages, PageLanguage language) {
        UnorderedList list = new UnorderedList();
        list.addClassName("cards");
        for (GuidancePage page : pages) {
            Anchor link = new Anchor(page.path(), page.title());
            H2 title = new H2(link);
            ListItem card = new ListItem(title, new Paragraph(page.summary()));
            card.addClassName("card");
            language.markIfEnglish(card, page);
            list.add(card);
        }
        return list;
    }

    /** A short list of links under a heading, such as a sign's related signs. */
    static Component links(String heading, List<GuidancePage> pages, PageLanguage language) {
        UnorderedList list = new UnorderedList();
        pages.forEach(page ->
                list.add(language.markIfEnglish(new ListItem(new Anchor(page.path(), page.title())), page)));
        Section section = new Section(interfaceWords(new H2(heading), language.locale()), list);
        section.addClassName("related");
        return section;
    }

    /**
     * The date is written the British way whatever the browser's language, as the guidance is, and
     * the same in the pre-rendered page (built before any UI knows the browser) as in the view.
     */
    static Component lastUpdated(Div view, ContentRelease release, Locale locale) {
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.UK)
                .format(release.firstPublished().atZone(AreaTime.ZONE));
        Paragraph paragraph = new Paragraph(view.getTranslation("guidance.updated", date));
        paragraph.addClassName("last-updated");
        interfaceWords(paragraph, locale);
        return paragraph;
    }
}
