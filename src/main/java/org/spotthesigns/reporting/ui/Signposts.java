package org.spotthesigns.reporting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.spotthesigns.guidance.Signpost;

/**
 * Where a case is dealt with faster than by a report here, from {@code content/<language>/options/routes.yml}:
 * the case in bold, what to do, and the number to call or the page to open. Links only: the
 * portal loads nothing from the services it names.
 */
final class Signposts {

    private Signposts() {}

    /** A list of signposts, each item marked with its id for styles and tests. */
    static UnorderedList list(List<Signpost> signposts) {
        UnorderedList list = new UnorderedList();
        list.addClassName("signposts");
        signposts.forEach(signpost -> {
            ListItem item = new ListItem(one(signpost));
            item.getElement().setAttribute("data-route", signpost.id());
            list.add(item);
        });
        return list;
    }

    /** One signpost's words and links, as a block of its own. */
    static Div one(Signpost signpost) {
        Paragraph situation = new Paragraph(signpost.situation());
        situation.addClassName("signpost-situation");
        Paragraph advice = new Paragraph(signpost.advice());
        Paragraph links = new Paragraph();
        links.addClassName("signpost-links");
        for (int i = 0; i < signpost.links().size(); i++) {
            Signpost.Link link = signpost.links().get(i);
            if (i > 0) {
                links.add(new Span(" "));
            }
            Anchor anchor = new Anchor(link.href(), link.text());
            // the services are reached by a plain link: no referrer goes with it
            anchor.getElement().setAttribute("rel", "noreferrer");
            links.add(anchor);
        }
        return new Div(situation, advice, links);
    }
}
