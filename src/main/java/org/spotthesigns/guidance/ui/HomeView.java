package org.spotthesigns.guidance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.spotthesigns.guidance.GuidanceService;

/** What county lines exploitation is, and three doors: learn the signs, report, get help. */
class HomeView extends GeneralPageView {

    HomeView(GuidanceService guidance, PageLanguage language) {
        super(guidance, "home", language);
        // after the heading and the text, before the date of the guidance
        addComponentAtIndex(2, GuidanceArticle.interfaceWords(doors(), language.locale()));
    }

    private Nav doors() {
        UnorderedList list = new UnorderedList(
                door("/signs", "home.door.signs"),
                door("/report", "home.door.report"),
                door("/help", "home.door.help"));
        list.addClassName("doors");
        Nav nav = new Nav(list);
        nav.setAriaLabel(getTranslation("home.doors.label"));
        return nav;
    }

    private ListItem door(String path, String key) {
        ListItem door = new ListItem(
                new H2(new Anchor(path, getTranslation(key + ".title"))), new Paragraph(getTranslation(key + ".text")));
        door.addClassName("door");
        return door;
    }
}
