package org.spotthesigns.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.spotthesigns.shared.ExitThisPageProperties;
import org.springframework.stereotype.Component;

/**
 * Adds to the first HTML response of every page what must work before Vaadin has started: the
 * exit-this-page script and the address it leaves for, the page's language and its icon.
 */
@Component
class PublicPageBootstrap implements VaadinServiceInitListener {

    static final String EXIT_META = "exit-this-page";

    private final ExitThisPageProperties exit;

    PublicPageBootstrap(ExitThisPageProperties exit) {
        this.exit = exit;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> decorate(response.getDocument()));
        event.getSource()
                .addUIInitListener(
                        init -> init.getUI().setLocale(areaLocale(init.getUI().getLocale())));
    }

    /**
     * The portal serves an area of the United Kingdom: dates and numbers follow British
     * conventions in whichever language the visitor reads.
     */
    static Locale areaLocale(Locale browser) {
        return Locale.of(browser.getLanguage().isEmpty() ? "en" : browser.getLanguage(), "GB");
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
