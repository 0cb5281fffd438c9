package org.spotthesigns.shared.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.spotthesigns.shared.ExitThisPageProperties;
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

    PublicPageBootstrap(ExitThisPageProperties exit) {
        this.exit = exit;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            decorate(response.getDocument());
            response.getDocument()
                    .head()
                    .appendElement("meta")
                    .attr("name", VAADIN_ADDRESSES_META)
                    .attr("content", vaadinAddresses());
        });
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(VAADIN_PAGES_LOCALE));
    }

    /**
     * The pages Vaadin shows (the report form, follow-up, moderation) are in British English
     * whatever language the browser prefers: a language is chosen by the address, never by the
     * browser, and these pages have English addresses only so far. Taking the browser's language
     * would mix words of translated guidance (sign titles, areas) into an English form.
     */
    static final Locale VAADIN_PAGES_LOCALE = Locale.UK;

    /** "follow-up moderation report": what Vaadin's router answers, by the address's first segment. */
    static String vaadinAddresses() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(route -> route.getTemplate().split("/", 2)[0])
                .filter(segment -> !segment.isEmpty())
                .distinct()
                .sorted()
                .collect(Collectors.joining(" "));
    }

    void decorate(Document document) {
        document.getElementsByTag("html").attr("lang", "en");
        Element head = document.head();
        head.appendElement("meta").attr("name", EXIT_META).attr("content", exit.url());
        head.appendElement("link")
                .attr("rel", "icon")
                .attr("href", "/icons/favicon.svg")
                .attr("type", "image/svg+xml");
        head.appendElement("script").attr("src", "/scripts/exit-this-page.js").attr("defer", true);
    }
}
