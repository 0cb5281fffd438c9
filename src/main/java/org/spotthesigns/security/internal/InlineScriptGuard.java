package org.spotthesigns.security.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Keeps text that people typed inside the first page's inline scripts. With
 * {@code vaadin.eagerServerLoad} (off since the public pages are pre-rendered, but one setting
 * away) the first response carries the view's initial state as a script; Vaadin 25.2 writes a
 * reporter's "&lt;/script&gt;" into it as it is, which would end the script early and let the
 * markup after it run (a stored XSS a browser test caught on the moderators' report page).
 * Writing "&lt;\/" instead changes nothing for JavaScript and ends nothing early.
 */
@Component
class InlineScriptGuard implements VaadinServiceInitListener {

    private static final Pattern SCRIPT_END = Pattern.compile("(?i)</(script)");
    private static final Pattern COMMENT_START = Pattern.compile("<!--");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> guard(response.getDocument()));
    }

    static void guard(Document document) {
        for (Element script : document.getElementsByTag("script")) {
            if (script.hasAttr("src")) {
                continue;
            }
            String data = script.data();
            String guarded = COMMENT_START
                    .matcher(SCRIPT_END.matcher(data).replaceAll("<\\\\/$1"))
                    .replaceAll("<\\\\!--");
            if (!guarded.equals(data)) {
                script.empty();
                script.appendChild(new DataNode(guarded));
            }
        }
    }
}
