package org.spotthesigns.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Any address the portal does not know, in the same frame as every other page. The same page,
 * with its own words, answers any other request that cannot be served (see {@link ErrorPages}).
 */
@ParentLayout(PublicLayout.class)
@AnonymousAllowed
class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private final String title;
    private final String description;

    NotFoundView() {
        this(HttpServletResponse.SC_NOT_FOUND);
    }

    /** @param status the response's status, 400 or more: not found, another refused request, or a failure */
    NotFoundView(int status) {
        String kind = status == HttpServletResponse.SC_NOT_FOUND
                ? "notfound"
                : status < 500 ? "error.request" : "error.service";
        title = getTranslation(kind + ".title");
        description = getTranslation(kind + ".text");
        addClassName("page");
        add(new H1(title), new Paragraph(description), new Paragraph(new Anchor("/", getTranslation("notfound.home"))));
    }

    /** What went wrong and what to do, under the heading: also the page's meta description. */
    String description() {
        return description;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.title", title);
    }
}
