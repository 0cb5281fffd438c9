package org.spotthesigns.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.ElementUtil;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.shared.ExitThisPageProperties;
import org.spotthesigns.shared.Prerendered;
import org.spotthesigns.shared.PrerenderedRoutes;

/**
 * The first response of a public page that starts Vaadin (the start of a report) already holds
 * the page: the same {@link PublicLayout} and
 * view that Vaadin will show, turned into HTML here, beside Vaadin's {@code #outlet} (Vaadin
 * empties the outlet when it first renders). Vaadin's own script and theme are held back until
 * {@code scripts/start-vaadin.js} asks for them; when Vaadin's view arrives the stylesheet hides
 * this copy in the same style pass and the script removes it, so only one copy is ever read out.
 * Guidance pages never come here: they are plain documents ({@link ReaderDocuments}). An address
 * under a Vaadin route that names nothing answers 404 with the not-found page. Addresses that need Vaadin at
 * once (the report form's steps, moderation) start it at once and say so to a browser without
 * JavaScript.
 */
@org.springframework.stereotype.Component
class PrerenderedPages implements VaadinServiceInitListener {

    static final String COPY_ATTRIBUTE = "data-first-paint";
    static final String STARTER = "/scripts/start-vaadin.js";
    /** The portal's own styles, which are all a pre-rendered page needs before Vaadin starts. */
    static final String STYLESHEET = "/styles/portal.css";

    private final List<PrerenderedRoutes> routes;
    private final ExitThisPageProperties exit;
    private final FirstPaintProperties firstPaint;
    private final PlainDocuments documents;
    private final PublicPageBootstrap bootstrap;

    PrerenderedPages(
            List<PrerenderedRoutes> routes,
            ExitThisPageProperties exit,
            FirstPaintProperties firstPaint,
            PlainDocuments documents,
            PublicPageBootstrap bootstrap) {
        this.routes = routes;
        this.exit = exit;
        this.firstPaint = firstPaint;
        this.documents = documents;
        this.bootstrap = bootstrap;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::prerender);
    }

    private void prerender(IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        String path = routePath(request.getPathInfo());
        String language = bootstrap.addressLanguage(path);
        // the features know their pages by their English addresses; the words are the language's
        String english = routePath(PlainDocuments.withoutLanguage("/" + path, language));
        QueryParameters query = QueryParameters.full(request.getParameterMap());
        Document document = response.getDocument();
        documents.inLanguage(language, () -> {
            Optional<Prerendered> page = routes.stream()
                    .flatMap(feature -> feature.prerender(english, query).stream())
                    .findFirst()
                    .or(() -> RouteConfiguration.forApplicationScope()
                                    .getRoute(path)
                                    .isPresent()
                            ? Optional.empty()
                            : Optional.of(Prerendered.missing()));
            Address address = new Address(path, english, language, query);
            if (page.isEmpty()) {
                explainWithoutJavaScript(document, address);
                return null;
            }
            switch (page.get()) {
                case Prerendered.Page copy -> insertCopy(document, copy, address);
                case Prerendered.Missing missing -> {
                    NotFoundView notFound = new NotFoundView();
                    insertCopy(document, Prerendered.page(notFound, notFound.description()), address);
                    response.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
                }
            }
            startVaadinLater(document);
            return null;
        });
    }

    /** A page's address as asked for, the same in English, and the language of its words. */
    private record Address(String path, String english, String language, QueryParameters query) {}

    /** The router's view of an address: no leading or trailing slash. */
    static String routePath(@Nullable String pathInfo) {
        String path = pathInfo == null ? "" : pathInfo;
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    private void insertCopy(Document document, Prerendered.Page page, Address address) {
        Node copy = frame(document, page.view(), address);
        copy.attr(COPY_ATTRIBUTE, "");
        document.body().prependChild(copy);
        document.title(page.title());
        document.head().appendElement("meta").attr("name", "description").attr("content", page.description());
    }

    private Node frame(Document document, Component content, Address address) {
        return frame(
                document,
                content,
                layout -> layout.showVaadinPage(
                        "/" + address.path(),
                        "/" + address.english(),
                        address.language(),
                        address.query().getQueryString(),
                        documents));
    }

    private Node frame(Document document, Component content, Consumer<PublicLayout> address) {
        PublicLayout layout = new PublicLayout(exit);
        layout.showRouterLayoutContent(content);
        address.accept(layout);
        hideInvisible(layout.getElement());
        return ElementUtil.toJsoup(document, layout.getElement());
    }

    /** Vaadin hides an invisible component in the browser; the copy says so with {@code hidden}. */
    static void hideInvisible(com.vaadin.flow.dom.Element element) {
        if (element.isTextNode()) {
            return;
        }
        if (!element.isVisible()) {
            element.setAttribute("hidden", true);
        }
        element.getChildren().forEach(PrerenderedPages::hideInvisible);
    }

    /**
     * Takes Vaadin's script and theme out of the head and hands them to the starter, which adds
     * them back when it is time (theme first, so Vaadin never draws unstyled).
     */
    private void startVaadinLater(Document document) {
        Element script = document.head().selectFirst("script[type=module][src*=VAADIN/build/]");
        Element theme = document.head().selectFirst("link[rel=stylesheet][href*=lumo/]");
        if (script == null) {
            return; // not the page Vaadin builds in production or development: leave it to start as usual
        }
        Element starter = document.head()
                .appendElement("script")
                .attr("src", STARTER)
                .attr("defer", true)
                .attr("data-module", script.attr("src"))
                .attr("data-when", firstPaint.vaadinStarts().name().toLowerCase(Locale.ROOT));
        script.remove();
        if (theme != null) {
            starter.attr("data-theme", theme.attr("href"));
            theme.remove();
        }
    }

    /** A page that needs Vaadin at once still tells a browser without JavaScript what else to do. */
    private void explainWithoutJavaScript(Document document, Address address) {
        Div content = new Div();
        content.addClassName("page");
        content.add(new H1(content.getTranslation("nojs.title")), new Paragraph(content.getTranslation("nojs.text")));
        Element noscript = document.body().prependElement("noscript");
        noscript.appendChild(frame(document, content, address));
    }
}
