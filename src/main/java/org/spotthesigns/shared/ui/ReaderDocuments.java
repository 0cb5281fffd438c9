package org.spotthesigns.shared.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.shared.Prerendered;
import org.spotthesigns.shared.ReaderPages;
import org.spotthesigns.shared.ReaderRoutes;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.util.UrlPathHelper;

/**
 * Serves the reader pages before Vaadin's root mapping sees them: every address a feature's
 * {@link ReaderRoutes} claims, and the not-found page for any address that neither a feature,
 * a Vaadin route nor a static file answers. Vaadin never runs for them, so they create no HTTP
 * session and no UI, and each copy is the same for every visitor.
 *
 * <p>Browsers never store them ({@code no-store}); a shared cache may hold a page for
 * {@code spotthesigns.guidance.shared-cache-seconds}, said in the headers aimed at shared caches
 * alone (RFC 9213 {@code CDN-Cache-Control}, and {@code Surrogate-Control}), which a browser ignores.
 * The not-found page is never held.
 *
 * <p>An address may start with one of the languages the features name ({@code /pl/signs/two-phones}):
 * the page in that language. The language is read from the address alone, never from a cookie or
 * the browser's preferences, so that every copy of an address stays the same.
 */
@org.springframework.stereotype.Component
class ReaderDocuments extends AbstractHandlerMapping implements ReaderPages {

    static final String CDN_CACHE_CONTROL = "CDN-Cache-Control";
    static final String SURROGATE_CONTROL = "Surrogate-Control";
    /** Vaadin's own requests (its start, its round trips, its heartbeat) say what they are in this parameter. */
    private static final String VAADIN_REQUEST = "v-r";

    private static final String DECIDED = ReaderDocuments.class.getName() + ".decided";
    private static final String PAGE = ReaderDocuments.class.getName() + ".page";
    private static final String LANGUAGE = ReaderDocuments.class.getName() + ".language";

    private final List<ReaderRoutes> routes;
    private final PlainDocuments documents;
    private final ServletContext servletContext;
    private final GuidanceCacheProperties caching;
    private final UrlPathHelper paths = new UrlPathHelper();

    ReaderDocuments(
            List<ReaderRoutes> routes,
            PlainDocuments documents,
            ServletContext servletContext,
            GuidanceCacheProperties caching) {
        this.routes = routes;
        this.documents = documents;
        this.servletContext = servletContext;
        this.caching = caching;
        // before Vaadin's root mapping (LOWEST_PRECEDENCE - 1), after every controller
        setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    }

    @Override
    public boolean answers(HttpServletRequest request) {
        return readerPage(request) != null;
    }

    @Override
    protected @Nullable Object getHandlerInternal(HttpServletRequest request) {
        Prerendered page = readerPage(request);
        return page == null ? null : (HttpRequestHandler) (req, res) -> write(page, req, res);
    }

    /** Decided once per request: the security headers ask first, the dispatcher after. */
    private @Nullable Prerendered readerPage(HttpServletRequest request) {
        if (request.getAttribute(DECIDED) == null) {
            request.setAttribute(DECIDED, Boolean.TRUE);
            Prerendered page = decide(request);
            if (page != null) {
                request.setAttribute(PAGE, page);
            }
        }
        return (Prerendered) request.getAttribute(PAGE);
    }

    private @Nullable Prerendered decide(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return null;
        }
        String address = paths.getPathWithinApplication(request);
        if (hasVaadinParameter(request) || address.equals("/VAADIN") || address.startsWith("/VAADIN/")) {
            return null;
        }
        String path = PrerenderedPages.routePath(address);
        String language = languageOf(path);
        String withinLanguage = withoutLanguage(path, language);
        request.setAttribute(LANGUAGE, language);
        Optional<Prerendered> page = documents.outsideVaadin(
                language,
                () -> routes.stream()
                        .flatMap(feature -> feature.page(withinLanguage, language).stream())
                        .findFirst());
        if (page.isPresent()) {
            return page.get();
        }
        if (!language.equals(PlainDocuments.ENGLISH)) {
            // the report form and follow-up in the language, where its words are translated
            return vaadinRoute(path) && documents.vaadinLanguages().contains(language) ? null : Prerendered.missing();
        }
        if (staticFile(address) || (vaadinRoute(path) && !unknownLanguage(path))) {
            return null;
        }
        return Prerendered.missing();
    }

    /** The language an address's first segment names, or English. */
    private String languageOf(String path) {
        int slash = path.indexOf('/');
        String first = slash < 0 ? path : path.substring(0, slash);
        for (ReaderRoutes feature : routes) {
            if (feature.languages().contains(first)) {
                return first;
            }
        }
        return PlainDocuments.ENGLISH;
    }

    /** {@code xx/report}, {@code en/report}: a Vaadin page's address in a language the portal does not have. */
    private boolean unknownLanguage(String path) {
        int slash = path.indexOf('/');
        return slash > 0 && path.substring(0, slash).matches("[a-z]{2,3}") && vaadinRoute(path.substring(slash + 1));
    }

    /** A route path ({@code pl/signs/two-phones}) without its language: {@code signs/two-phones}. */
    private static String withoutLanguage(String path, String language) {
        return PrerenderedPages.routePath(PlainDocuments.withoutLanguage("/" + path, language));
    }

    /**
     * Whether a link's address leads to a page that has an address in the language: a reader page,
     * or one of Vaadin's (the report form, follow-up) where the language's interface words exist.
     */
    private boolean inLanguage(String address, String language) {
        String path = PrerenderedPages.routePath(address);
        if (staticFile(address)) {
            return false;
        }
        return !vaadinRoute(path)
                || (documents.vaadinLanguages().contains(language) && vaadinRoute(language + "/" + path));
    }

    /** Read from the query alone: a reader page is a GET, and its body is never read. */
    private static boolean hasVaadinParameter(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            if (pair.equals(VAADIN_REQUEST) || pair.startsWith(VAADIN_REQUEST + "=")) {
                return true;
            }
        }
        return false;
    }

    private boolean vaadinRoute(String path) {
        return RouteConfiguration.forRegistry(
                        ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)))
                .getRoute(path)
                .isPresent();
    }

    /** The portal's own files and Vaadin's, which Vaadin's servlet serves. */
    private boolean staticFile(String address) {
        if (address.endsWith("/")) {
            return false;
        }
        try {
            if (file(servletContext.getResource(address))) {
                return true;
            }
        } catch (MalformedURLException | RuntimeException notAFile) {
            return false;
        }
        ClassLoader loader = ReaderDocuments.class.getClassLoader();
        return loader != null
                && (file(loader.getResource("META-INF/resources" + address))
                        || file(loader.getResource("META-INF/VAADIN/webapp" + address)));
    }

    private static boolean file(@Nullable URL resource) {
        return resource != null && !resource.toString().endsWith("/");
    }

    /**
     * @param found              a page, not the not-found page
     * @param sharedCacheSeconds how long a shared cache may hold a page; 0: not at all
     */
    static Map<String, String> cachingHeaders(boolean found, int sharedCacheSeconds) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(HttpHeaders.CACHE_CONTROL, "no-store");
        if (found && sharedCacheSeconds > 0) {
            headers.put(CDN_CACHE_CONTROL, "max-age=" + sharedCacheSeconds);
            headers.put(SURROGATE_CONTROL, "max-age=" + sharedCacheSeconds);
        }
        return headers;
    }

    private void write(Prerendered page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = "/" + PrerenderedPages.routePath(paths.getPathWithinApplication(request));
        String language = (String) request.getAttribute(LANGUAGE);
        // the not-found page is English at any address (decision record 0026)
        String words = page instanceof Prerendered.Page ? language : PlainDocuments.ENGLISH;
        String html = documents.outsideVaadin(words, () -> switch (page) {
            case Prerendered.Page found ->
                documents.document(
                        found.view(),
                        found.title(),
                        found.description(),
                        "/" + withoutLanguage(path.substring(1), language),
                        found.languages(),
                        address -> inLanguage(address, language));
            case Prerendered.Missing missing -> {
                NotFoundView notFound = new NotFoundView();
                yield documents.document(notFound, notFound.getPageTitle(), notFound.description(), path);
            }
        });
        boolean found = page instanceof Prerendered.Page;
        response.setStatus(found ? HttpServletResponse.SC_OK : HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/html;charset=UTF-8");
        cachingHeaders(found, caching.sharedCacheSeconds()).forEach(response::setHeader);
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
