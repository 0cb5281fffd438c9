package org.spotthesigns.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.ElementUtil;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.shared.ExitThisPageProperties;
import org.spotthesigns.shared.LanguageAddresses;
import org.spotthesigns.shared.Prerendered.Languages;
import org.spotthesigns.shared.ReaderRoutes;

/**
 * A page as a whole HTML document of its own, outside Vaadin: the public frame around a view,
 * the portal's stylesheet, its icon and the exit script, all from the portal's own files, and
 * nothing else: no inline script or style, no {@code <base>}, no token, nothing that differs from
 * one visitor to the next. Its links are plain links; the exit control is plain script.
 *
 * <p>A page in another language than English has its addresses under the language's prefix
 * ({@code /pl/signs/two-phones}), and its links to other reader pages stay under it; the pages
 * that run Vaadin (the report form, follow-up) are English only for now and keep their addresses.
 * Every document names the same page in each language it is written in ({@code hreflang}) and
 * carries a switcher to the page in each of the portal's languages.
 */
@org.springframework.stereotype.Component
class PlainDocuments implements VaadinServiceInitListener {

    static final String EXIT_SCRIPT = "/scripts/exit-this-page.js";
    static final String ICON = "/icons/favicon.svg";
    /** Vaadin's router reads it; without Vaadin it means nothing, and it is not HTML. */
    static final String ROUTER_IGNORE = "router-ignore";

    static final String ENGLISH = LanguageAddresses.ENGLISH;
    /** The order the switcher names the languages in: English, then the most spoken in Leicester after it. */
    static final List<String> SWITCHER_ORDER = List.of(ENGLISH, "pl", "gu", "pa", "ur", "ar", "so");
    /** Languages written right to left (Arabic script, Hebrew, Thaana). */
    static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "ur", "fa", "ps", "sd", "ckb", "ug", "dv", "he", "yi");

    private final ExitThisPageProperties exit;
    private final List<ReaderRoutes> routes;
    /**
     * The portal's public origin ({@code https://host}), for the {@code hreflang} links, which
     * must be whole addresses; empty where none is configured (the links are then relative, which
     * browsers follow but search engines ignore). Never taken from a request's {@code Host}.
     */
    private final String publicOrigin;

    private volatile @Nullable VaadinService service;
    private volatile @Nullable List<String> ordered;
    private volatile @Nullable List<String> withWords;

    @org.springframework.beans.factory.annotation.Autowired
    PlainDocuments(
            ExitThisPageProperties exit,
            List<ReaderRoutes> routes,
            @org.springframework.beans.factory.annotation.Value("${spotthesigns.site.public-origin:}")
                    String publicOrigin) {
        this.exit = exit;
        this.routes = routes;
        this.publicOrigin = origin(publicOrigin);
    }

    PlainDocuments(ExitThisPageProperties exit, List<ReaderRoutes> routes) {
        this(exit, routes, "");
    }

    /** An origin as configured, without a trailing slash; anything but http(s)://host[:port] stops start-up. */
    static String origin(String configured) {
        String origin = configured.strip();
        while (origin.endsWith("/")) {
            origin = origin.substring(0, origin.length() - 1);
        }
        if (!origin.isEmpty() && !origin.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")) {
            throw new IllegalStateException("spotthesigns.site.public-origin must be an origin such as"
                    + " https://spotthesigns.example (a scheme, a host and at most a port), not '" + configured + "'");
        }
        return origin;
    }

    /** Every language the portal's reader pages have addresses in, English first, in the switcher's order. */
    List<String> languages() {
        List<String> known = ordered;
        if (known == null) {
            // the features' languages are their content's folders, read once at start-up
            Set<String> all = new TreeSet<>();
            routes.forEach(feature -> all.addAll(feature.languages()));
            all.add(ENGLISH);
            List<String> sorted = new ArrayList<>(all);
            sorted.sort(Comparator.comparingInt((String language) -> {
                        int at = SWITCHER_ORDER.indexOf(language);
                        return at < 0 ? SWITCHER_ORDER.size() : at;
                    })
                    .thenComparing(language -> language));
            known = List.copyOf(sorted);
            ordered = known;
        }
        return known;
    }

    /**
     * Whether the interface's own words (menu, footer, exit control, the views' headings) have
     * messages in the language; where they have none, they are English and marked so.
     */
    static boolean interfaceTranslated(String language) {
        return language.equals(ENGLISH) || PortalTranslations.hasWords(language);
    }

    /**
     * The languages the pages Vaadin serves (the report form, follow-up) have addresses in: the
     * portal's languages whose interface words are translated, English first.
     */
    List<String> vaadinLanguages() {
        List<String> known = withWords;
        if (known == null) {
            known = languages().stream()
                    .filter(PlainDocuments::interfaceTranslated)
                    .toList();
            withWords = known;
        }
        return known;
    }

    /** The locale the words of a page in the language are read in. */
    static Locale locale(String language) {
        return language.equals(ENGLISH) ? Locale.UK : Locale.of(language);
    }

    /** The English address of a page at an address in the language: the inverse of {@link #address}. */
    static String withoutLanguage(String address, String language) {
        if (language.equals(ENGLISH)) {
            return address;
        }
        String prefix = "/" + language;
        if (address.equals(prefix) || address.equals(prefix + "/")) {
            return "/";
        }
        return address.startsWith(prefix + "/") ? address.substring(prefix.length()) : address;
    }

    static boolean rightToLeft(String language) {
        return RIGHT_TO_LEFT.contains(language);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        service = event.getSource();
    }

    /**
     * Builds views outside any Vaadin request: they read their words through Vaadin's
     * translations, which need the service, and nothing of the request's own Vaadin state may leak in.
     */
    <T> T outsideVaadin(Supplier<T> build) {
        return outsideVaadin(ENGLISH, build);
    }

    /**
     * The same, with the words of the interface in a language: a UI of no session stands for the
     * reader, only to say which language Vaadin's translations read (English where that language
     * has no messages of its own).
     */
    <T> T outsideVaadin(String language, Supplier<T> build) {
        Map<Class<?>, CurrentInstance> outside = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        try {
            VaadinService current = service;
            if (current != null) {
                VaadinService.setCurrent(current);
            }
            return inLanguage(language, build);
        } finally {
            CurrentInstance.clearAll();
            CurrentInstance.restoreInstances(outside);
        }
    }

    /**
     * Builds a page that Vaadin serves (a pre-rendered first response) with the words of a
     * language: the request's own Vaadin state stays current (its session holds, for example, the
     * report in progress that a step of the form shows), and only the UI is one of no session whose
     * locale is the language, as {@link #outsideVaadin(String, Supplier)} sets it.
     */
    <T> T inLanguage(String language, Supplier<T> build) {
        UI outside = UI.getCurrent();
        UI reader = new UI();
        reader.setLocale(interfaceTranslated(language) ? locale(language) : Locale.UK);
        UI.setCurrent(reader);
        try {
            return build.get();
        } finally {
            // Vaadin holds the current UI by a weak reference, and nothing else refers to the reader's
            // while its page is built: without the fence, a garbage collection in the middle of a build
            // could take the UI away, and the rest of the page would be in English whatever its address
            java.lang.ref.Reference.reachabilityFence(reader);
            UI.setCurrent(outside);
        }
    }

    /**
     * @param content     the view, not attached to any UI; only its elements are read
     * @param title       the document's title
     * @param description its meta description
     * @param path        the page's own address, for the current section in the menu; null for an error page
     */
    String document(Component content, String title, String description, @Nullable String path) {
        return document(content, title, description, path, null, address -> false);
    }

    /**
     * @param content     the view, not attached to any UI; only its elements are read
     * @param title       the document's title
     * @param description its meta description
     * @param path        the page's address in English (without a language), for the current
     *                    section in the menu and the same page in other languages; null for an error page
     * @param languages   the page's languages; null for the not-found and error pages, which are
     *                    English and lead to the home page of each language
     * @param readerPage  whether a link's address (without query) is a reader page, which has an
     *                    address in each language
     */
    String document(
            Component content,
            String title,
            String description,
            @Nullable String path,
            @Nullable Languages languages,
            Predicate<String> readerPage) {
        String language = languages == null ? ENGLISH : languages.address();
        Document document = new Document("");
        document.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
        document.appendChild(new DocumentType("html", "", ""));
        Element html = document.appendElement("html").attr("lang", language);
        if (rightToLeft(language)) {
            html.attr("dir", "rtl");
        }
        Element head = html.appendElement("head");
        // first in the head, well inside the first 1,024 bytes
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title);
        head.appendElement("meta").attr("name", "description").attr("content", description);
        head.appendElement("meta").attr("name", PublicPageBootstrap.EXIT_META).attr("content", exit.url());
        head.appendElement("link").attr("rel", "icon").attr("href", ICON).attr("type", "image/svg+xml");
        head.appendElement("link").attr("rel", "stylesheet").attr("href", PrerenderedPages.STYLESHEET);
        head.appendElement("script").attr("src", EXIT_SCRIPT).attr("defer", true);
        if (languages != null && path != null) {
            for (String other : languages.available()) {
                head.appendElement("link")
                        .attr("rel", "alternate")
                        .attr("hreflang", other)
                        .attr("href", publicOrigin + LanguageAddresses.address(other, path));
            }
            head.appendElement("link")
                    .attr("rel", "alternate")
                    .attr("hreflang", "x-default")
                    .attr("href", publicOrigin + LanguageAddresses.address(ENGLISH, path));
        }
        Element body = html.appendElement("body");
        PublicLayout layout = new PublicLayout(exit);
        layout.showRouterLayoutContent(content);
        if (path != null) {
            layout.showAddress(path, "");
        }
        layout.showLanguages(languages(), language, path == null || languages == null ? "/" : path, false);
        layout.skipWithinDocument();
        PrerenderedPages.hideInvisible(layout.getElement());
        Node frame = ElementUtil.toJsoup(document, layout.getElement());
        body.appendChild(frame);
        body.select("[" + ROUTER_IGNORE + "]").removeAttr(ROUTER_IGNORE);
        if (!language.equals(ENGLISH)) {
            keepLinksInLanguage(body, language, readerPage);
            if (!interfaceTranslated(language)) {
                markInterfaceWords(body);
            }
        }
        if (languages != null && !languages.text().equals(language)) {
            // no translation of this page yet: its text is the English page's, and says so
            body.select("main > *").attr("lang", languages.text());
        } else if (languages != null && !languages.reviewed() && path != null) {
            notice(content, body, language, path);
        }
        if (rightToLeft(language)) {
            // numbers read left to right inside right-to-left text
            body.select("a[href^=tel:]").attr("dir", "ltr");
        }
        return document.outerHtml();
    }

    /** Links to other reader pages lead to their addresses in the same language. */
    private static void keepLinksInLanguage(Element body, String language, Predicate<String> readerPage) {
        for (Element link : body.select("a[href^=/]:not([hreflang])")) {
            String href = link.attr("href");
            if (href.startsWith("//")) {
                continue;
            }
            int end = href.length();
            for (char stop : new char[] {'?', '#'}) {
                int at = href.indexOf(stop);
                if (at >= 0 && at < end) {
                    end = at;
                }
            }
            if (readerPage.test(href.substring(0, end))) {
                link.attr("href", LanguageAddresses.address(language, href.substring(0, end)) + href.substring(end));
            }
        }
    }

    /**
     * The frame's words come from the interface's messages; in a language that has none they are
     * English, and a screen reader switches to an English voice for them.
     */
    private static void markInterfaceWords(Element body) {
        body.select(".skip-link, .emergency-banner, .exit-bar, .header-bar, .portal-nav, .portal-footer")
                .attr("lang", ENGLISH);
    }

    /** On a translation no speaker of its language has checked yet: a short notice, in that language. */
    private void notice(Component content, Element body, String language, String path) {
        Element main = body.selectFirst("main");
        if (main == null) {
            return;
        }
        String sentence = words(content, "language.notice." + language);
        String link = words(content, "language.notice.link." + language);
        Element notice = main.prependElement("p").addClass("translation-notice");
        if (sentence == null || link == null) {
            notice.attr("lang", ENGLISH);
            sentence = content.getTranslation("language.notice.en");
            link = content.getTranslation("language.notice.link.en");
        }
        notice.appendText(sentence + " ");
        notice.appendElement("a")
                .attr("href", LanguageAddresses.address(ENGLISH, path))
                .attr("hreflang", ENGLISH)
                .text(link);
    }

    /** The message, or null when the messages do not have it. */
    private static @Nullable String words(Component content, String key) {
        String words = content.getTranslation(key);
        return words == null || words.isBlank() || words.startsWith("!{") ? null : words;
    }
}
