package org.spotthesigns.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.shared.ExitThisPageProperties;
import org.spotthesigns.shared.LanguageAddresses;
import org.springframework.stereotype.Component;

/**
 * Adds to the first HTML response of every page Vaadin serves what must work before Vaadin has
 * started: the exit-this-page script and the address it leaves for, the page's language and its
 * icon, and the first segments of the addresses Vaadin's router serves, so that the script lets
 * every other link (a guidance page, a plain document) load as a page of its own.
 */
@Component
class PublicPageBootstrap implements VaadinServiceInitListener {

    static final String EXIT_META = "exit-this-page";
    static final String VAADIN_ADDRESSES_META = "vaadin-addresses";

    private final ExitThisPageProperties exit;
    private final PlainDocuments languages;

    PublicPageBootstrap(ExitThisPageProperties exit, PlainDocuments languages) {
        this.exit = exit;
        this.languages = languages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            decorate(
                    response.getDocument(),
                    addressLanguage(response.getVaadinRequest().getPathInfo()));
            response.getDocument()
                    .head()
                    .appendElement("meta")
                    .attr("name", VAADIN_ADDRESSES_META)
                    .attr("content", vaadinAddresses());
        });
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.setLocale(VAADIN_PAGES_LOCALE);
            ui.addBeforeEnterListener(this::chooseLanguage);
        });
    }

    /**
     * The pages Vaadin shows are in the language their address names, whatever language the
     * browser prefers, and in British English at an address without one (moderation has only
     * those). Taking the browser's language would mix words of translated guidance (sign titles,
     * areas) into an English form.
     */
    static final Locale VAADIN_PAGES_LOCALE = Locale.UK;

    /**
     * Before the view is built (Vaadin tells the UI's listeners before it makes the view), its
     * words' language is the address's; a language the form is not in answers "not found".
     */
    private void chooseLanguage(BeforeEnterEvent event) {
        Optional<String> named = event.getRouteParameters().get(LanguageAddresses.PARAMETER);
        if (named.isPresent() && !servedLanguage(named.get())) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        event.getUI().setLocale(named.map(PlainDocuments::locale).orElse(VAADIN_PAGES_LOCALE));
    }

    private boolean servedLanguage(String language) {
        return !language.equals(PlainDocuments.ENGLISH)
                && languages.vaadinLanguages().contains(language);
    }

    /** The language an address of a Vaadin page names with its first segment, or English. */
    String addressLanguage(@Nullable String pathInfo) {
        String path = PrerenderedPages.routePath(pathInfo);
        String first = path.split("/", 2)[0];
        return servedLanguage(first) ? first : PlainDocuments.ENGLISH;
    }

    /**
     * "follow-up moderation pl/report report ...": what Vaadin's router answers, by the address's
     * first segment, or its first two where the first names a language.
     */
    String vaadinAddresses() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .flatMap(route -> Stream.concat(
                        Stream.of(route.getTemplate()),
                        route.getRouteAliases().stream().map(alias -> alias.getTemplate())))
                .flatMap(template -> {
                    String[] segments = template.split("/", 3);
                    if (!segments[0].startsWith(":" + LanguageAddresses.PARAMETER)) {
                        return Stream.of(segments[0]);
                    }
                    return languages.vaadinLanguages().stream()
                            .filter(this::servedLanguage)
                            .map(language -> language + "/" + segments[1]);
                })
                .filter(segment -> !segment.isEmpty())
                .distinct()
                .sorted()
                .collect(Collectors.joining(" "));
    }

    void decorate(Document document, String language) {
        Element html = document.getElementsByTag("html").first();
        if (html != null) {
            html.attr("lang", language);
            if (PlainDocuments.rightToLeft(language)) {
                html.attr("dir", "rtl");
            }
        }
        Element head = document.head();
        head.appendElement("meta").attr("name", EXIT_META).attr("content", exit.url());
        head.appendElement("link")
                .attr("rel", "icon")
                .attr("href", "/icons/favicon.svg")
                .attr("type", "image/svg+xml");
        head.appendElement("script").attr("src", "/scripts/exit-this-page.js").attr("defer", true);
    }
}
