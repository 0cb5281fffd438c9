package org.spotthesigns.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.ElementUtil;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.shared.ExitThisPageProperties;

/**
 * A page as a whole HTML document of its own, outside Vaadin: the public frame around a view,
 * the portal's stylesheet, its icon and the exit script, all from the portal's own files, and
 * nothing else: no inline script or style, no {@code <base>}, no token, nothing that differs from
 * one visitor to the next. Its links are plain links; the exit control is plain script.
 */
@org.springframework.stereotype.Component
class PlainDocuments implements VaadinServiceInitListener {

    static final String EXIT_SCRIPT = "/scripts/exit-this-page.js";
    static final String ICON = "/icons/favicon.svg";
    /** Vaadin's router reads it; without Vaadin it means nothing, and it is not HTML. */
    static final String ROUTER_IGNORE = "router-ignore";

    private final ExitThisPageProperties exit;
    private volatile @Nullable VaadinService service;

    PlainDocuments(ExitThisPageProperties exit) {
        this.exit = exit;
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
        Map<Class<?>, CurrentInstance> outside = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        try {
            VaadinService current = service;
            if (current != null) {
                VaadinService.setCurrent(current);
            }
            return build.get();
        } finally {
            CurrentInstance.clearAll();
            CurrentInstance.restoreInstances(outside);
        }
    }

    /**
     * @param content     the view, not attached to any UI; only its elements are read
     * @param title       the document's title
     * @param description its meta description
     * @param path        the page's own address, for the current section in the menu; null for an error page
     */
    String document(Component content, String title, String description, @Nullable String path) {
        Document document = new Document("");
        document.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
        document.appendChild(new DocumentType("html", "", ""));
        Element html = document.appendElement("html").attr("lang", "en");
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
        Element body = html.appendElement("body");
        PublicLayout layout = new PublicLayout(exit);
        layout.showRouterLayoutContent(content);
        if (path != null) {
            layout.showAddress(path, "");
        }
        layout.skipWithinDocument();
        PrerenderedPages.hideInvisible(layout.getElement());
        Node frame = ElementUtil.toJsoup(document, layout.getElement());
        body.appendChild(frame);
        body.select("[" + ROUTER_IGNORE + "]").removeAttr(ROUTER_IGNORE);
        return document.outerHtml();
    }
}
