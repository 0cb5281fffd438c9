package org.spotthesigns.shared.ui;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error the container hands to {@code /error} (a request the firewall refuses, a method an
 * endpoint does not take, a download that no longer exists, a failure) answers with the portal's
 * own page in its frame, never Spring's or Tomcat's: it names no class, exception or status text.
 * The page is HTML whatever the request asked for, since the portal has no API that reads errors;
 * the status says what happened.
 */
@Controller
class ErrorPages implements ErrorController {

    private final PlainDocuments documents;

    ErrorPages(PlainDocuments documents) {
        this.documents = documents;
    }

    /** The not-found view's words for the status, in the public frame, as a plain document. */
    private String page(int status) {
        return documents.outsideVaadin(() -> {
            NotFoundView view = new NotFoundView(status);
            return documents.document(view, view.getPageTitle(), view.description(), null);
        });
    }

    /**
     * Tomcat answers a request it cannot even read (a character no address may hold, say) before
     * any of the portal's code runs, with its own page: it sends the portal's instead. Tomcat reads
     * such pages from files, so they are written once the portal has started.
     */
    @EventListener
    void answerForTomcat(ServletWebServerInitializedEvent started) throws IOException {
        if (!(started.getWebServer() instanceof TomcatWebServer tomcat)) {
            return;
        }
        Map<String, Integer> pagesByCode = Map.of(
                "errorCode.0",
                HttpServletResponse.SC_BAD_REQUEST,
                "errorCode.500",
                HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        for (Map.Entry<String, Integer> code : pagesByCode.entrySet()) {
            Path file = Files.createTempFile("spot-the-signs-error-", ".html");
            file.toFile().deleteOnExit();
            Files.writeString(file, page(code.getValue()));
            for (Valve valve : tomcat.getTomcat().getHost().getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve report) {
                    report.setProperty(code.getKey(), file.toAbsolutePath().toString());
                }
            }
        }
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // visited directly, /error is just an address with no page
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400
                ? code
                : HttpServletResponse.SC_NOT_FOUND;
        String page = page(status);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
