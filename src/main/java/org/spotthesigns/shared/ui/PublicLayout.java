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
import java.util.List;
import java.util.Objects;
import org.spotthesigns.shared.ExitThisPageProperties;

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

    PublicLayout(ExitThisPageProperties exit) {
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

        Anchor brand = new Anchor("/", getTranslation("site.name"));
        brand.addClassName("brand");
        Div bar = new Div(brand);
        bar.addClassName("header-bar");

        Header header = new Header(bar, navigation());
        header.addClassName("portal-header");

        main.setId(MAIN_ID);
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("portal-main");

        add(skip, banner, exitBar, header, main, footer());
    }

    private Nav navigation() {
        UnorderedList list = new UnorderedList();
        for (String[] section : SECTIONS) {
            Anchor link = new Anchor(section[0], getTranslation(section[1]));
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
                new ListItem(new Anchor("/follow-up", getTranslation("site.footer.followUp"))),
                new ListItem(new Anchor("/about", getTranslation("site.footer.about"))),
                new ListItem(new Anchor("/privacy", getTranslation("site.footer.privacy"))),
                new ListItem(new Anchor("/accessibility", getTranslation("site.footer.accessibility"))));
        Nav nav = new Nav(links);
        nav.setAriaLabel(getTranslation("site.footer.label"));
        Footer footer = new Footer(nav);
        footer.addClassName("portal-footer");
        return footer;
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
        showAddress(
                "/" + event.getLocation().getPath(),
                event.getLocation().getQueryParameters().getQueryString());
    }

    /** Points the skip link at this very page and marks the section the page belongs to. */
    void showAddress(String path, String query) {
        skip.setHref(escapeControls(path + (query.isEmpty() ? "" : "?" + query)) + "#" + MAIN_ID);
        for (Anchor link : sectionLinks) {
            String href = link.getHref();
            boolean current = href.equals("/") ? path.equals("/") : path.equals(href) || path.startsWith(href + "/");
            if (current) {
                link.getElement().setAttribute("aria-current", href.equals(path) ? "page" : "true");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        }
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
