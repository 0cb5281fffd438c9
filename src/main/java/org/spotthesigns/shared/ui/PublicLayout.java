package org.spotthesigns.shared.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.shared.ExitThisPageProperties;
import org.spotthesigns.shared.LanguageAddresses;

/**
 * The frame of every public page: the emergency banner, the exit control, navigation that is a
 * list of plain links (it works by keyboard and wraps on a narrow phone), and the footer.
 */
@Layout
@AnonymousAllowed
public final class PublicLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private static final String MAIN_ID = "main-content";

    /** Top-level sections, by address, so the shared layout needs no feature's classes. */
    private static final List<String[]> SECTIONS = List.of(
            new String[] {"/", "site.nav.home"},
            new String[] {"/signs", "site.nav.signs"},
            new String[] {"/where-it-happens", "site.nav.places"},
            new String[] {"/help", "site.nav.help"},
            new String[] {"/report", "site.nav.report"});

    private final Main main = new Main();
    /** Its address is the page's own plus the fragment: Vaadin's {@code <base>} points at the site's root. */
    private final Anchor skip = new Anchor("#" + MAIN_ID, "");

    private final List<Anchor> sectionLinks = new ArrayList<>();
    /** The brand, menu and footer links, each with its English address. */
    private final Map<Anchor, String> frameLinks = new LinkedHashMap<>();

    private final Header header;
    private @Nullable Nav switcher;
    /** The portal's languages, where Vaadin builds this frame for its own pages; null in a plain document. */
    private final @Nullable PlainDocuments languages;

    PublicLayout(ExitThisPageProperties exit) {
        this(exit, null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    PublicLayout(ExitThisPageProperties exit, @Nullable PlainDocuments languages) {
        this.languages = languages;
        // built by Vaadin for a view, and by PrerenderedPages for the first response, before any UI exists
        addClassName("portal");

        skip.setText(getTranslation("site.skip"));
        skip.addClassName("skip-link");

        Paragraph emergency = new Paragraph(
                new Span(getTranslation("site.emergency.before")),
                new Anchor("tel:" + getTranslation("site.emergency.number"), getTranslation("site.emergency.number")),
                new Span(getTranslation("site.emergency.after")));
        Section banner = new Section(emergency);
        banner.addClassName("emergency-banner");
        banner.setAriaLabel(getTranslation("site.emergency.label"));

        // A direct child of the whole page, so it can stay on screen however far the page scrolls.
        Div exitBar = new Div(ExitThisPage.button(exit));
        exitBar.addClassName("exit-bar");

        Anchor brand = frameLink("/", getTranslation("site.name"));
        brand.addClassName("brand");
        Div bar = new Div(brand);
        bar.addClassName("header-bar");

        header = new Header(bar, navigation());
        header.addClassName("portal-header");

        main.setId(MAIN_ID);
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("portal-main");

        add(skip, banner, exitBar, header, main, footer());
    }

    private Nav navigation() {
        UnorderedList list = new UnorderedList();
        for (String[] section : SECTIONS) {
            Anchor link = frameLink(section[0], getTranslation(section[1]));
            sectionLinks.add(link);
            list.add(new ListItem(link));
        }
        Nav nav = new Nav(list);
        nav.addClassName("portal-nav");
        nav.setAriaLabel(getTranslation("site.nav.label"));
        return nav;
    }

    private Footer footer() {
        UnorderedList links = new UnorderedList(
                // a reporter comes back days later, from whichever page they open first
                new ListItem(frameLink("/follow-up", getTranslation("site.footer.followUp"))),
                new ListItem(frameLink("/about", getTranslation("site.footer.about"))),
                new ListItem(frameLink("/privacy", getTranslation("site.footer.privacy"))),
                new ListItem(frameLink("/accessibility", getTranslation("site.footer.accessibility"))));
        Nav nav = new Nav(links);
        nav.setAriaLabel(getTranslation("site.footer.label"));
        Footer footer = new Footer(nav);
        footer.addClassName("portal-footer");
        return footer;
    }

    private Anchor frameLink(String englishAddress, String text) {
        Anchor link = new Anchor(englishAddress, text);
        frameLinks.put(link, englishAddress);
        return link;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(Objects.requireNonNull(content.getElement()));
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.removeAll();
    }

    /** Marks the section the visitor is in, for screen readers as well as by style. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String address = "/" + event.getLocation().getPath();
        String query = event.getLocation().getQueryParameters().getQueryString();
        if (languages == null) {
            showAddress(address, query);
            return;
        }
        String language = LanguageAddresses.language(getLocale());
        showVaadinPage(address, PlainDocuments.withoutLanguage(address, language), language, query, languages);
    }

    /**
     * A page Vaadin serves, at its address in a language: the frame's links in that language, the
     * current section and the switcher to the same page (and query) in every language Vaadin's pages have.
     */
    void showVaadinPage(String path, String englishPath, String language, String query, PlainDocuments portal) {
        inLanguage(language);
        showAddress(path, englishPath, query);
        showLanguages(portal.vaadinLanguages(), language, englishPath + (query.isEmpty() ? "" : "?" + query), true);
    }

    /** Points the skip link at this very page and marks the section the page belongs to. */
    void showAddress(String path, String query) {
        showAddress(path, path, query);
    }

    /**
     * @param path        the page's address
     * @param englishPath the same page's address in English, which the menu's sections are matched against
     */
    void showAddress(String path, String englishPath, String query) {
        skip.setHref(escapeControls(path + (query.isEmpty() ? "" : "?" + query)) + "#" + MAIN_ID);
        for (Anchor link : sectionLinks) {
            String href = frameLinks.getOrDefault(link, link.getHref());
            boolean current = href.equals("/")
                    ? englishPath.equals("/")
                    : englishPath.equals(href) || englishPath.startsWith(href + "/");
            if (current) {
                link.getElement().setAttribute("aria-current", href.equals(englishPath) ? "page" : "true");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        }
    }

    /** Points the brand, menu and footer at their pages in the language (the same, in English). */
    void inLanguage(String language) {
        frameLinks.forEach((link, english) -> link.setHref(LanguageAddresses.address(language, english)));
    }

    /**
     * A switcher at the top of the header to this page in each language, each named in its own
     * words. On Vaadin's pages a language change loads the page afresh ({@code router-ignore}), so
     * the whole frame and the document's language change with it; the answers of a report in
     * progress stay in the visitor's session.
     *
     * @param all         the portal's languages, in the switcher's order
     * @param current     the page's language
     * @param englishPath the page's address in English, with any query
     * @param vaadinPage  whether Vaadin's router runs on the page
     */
    void showLanguages(List<String> all, String current, String englishPath, boolean vaadinPage) {
        if (switcher != null) {
            header.remove(switcher);
        }
        UnorderedList list = new UnorderedList();
        for (String language : all) {
            String name = words("language.name." + language);
            Anchor link = new Anchor(
                    LanguageAddresses.address(language, englishPath), name != null ? name : autonym(language));
            link.getElement().setAttribute("lang", language).setAttribute("hreflang", language);
            if (PlainDocuments.rightToLeft(language)) {
                link.getElement().setAttribute("dir", "rtl");
            }
            if (language.equals(current)) {
                link.getElement().setAttribute("aria-current", "page");
            }
            if (vaadinPage) {
                link.getElement().setAttribute("router-ignore", true);
            }
            list.add(new ListItem(link));
        }
        Nav nav = new Nav(list);
        nav.addClassName("language-switcher");
        nav.setAriaLabel(getTranslation("site.languages.label"));
        if (!current.equals(PlainDocuments.ENGLISH) && !PlainDocuments.interfaceTranslated(current)) {
            nav.getElement().setAttribute("lang", PlainDocuments.ENGLISH);
        }
        header.addComponentAsFirst(nav);
        switcher = nav;
    }

    /** The language's own name for itself, as Java knows it, for a language the messages do not name yet. */
    private static String autonym(String language) {
        Locale locale = Locale.of(language);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? language : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** The message, or null when the messages do not have it. */
    private @Nullable String words(String key) {
        String words = getTranslation(key);
        return words == null || words.isBlank() || words.startsWith("!{") ? null : words;
    }

    /** On a document without Vaadin's {@code <base>}, the skip link's fragment alone stays on the page. */
    void skipWithinDocument() {
        skip.setHref("#" + MAIN_ID);
    }

    /**
     * An address may hold characters no link can (a tab, a bell): Vaadin refuses such a link, so
     * they go back into the percent-encoded form the browser sent.
     */
    static String escapeControls(String address) {
        StringBuilder escaped = new StringBuilder(address.length());
        address.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                for (byte b : Character.toString(c).getBytes(StandardCharsets.UTF_8)) {
                    escaped.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
                }
            } else {
                escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }
}
