package org.spotthesigns.moderation.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.spotthesigns.security.Role;
import org.spotthesigns.security.SignOutEverywhere;

/** The frame of every moderation view: who is signed in, the way to the queue, and signing out. */
@Layout("/moderation")
@RolesAllowed(Role.MODERATOR_NAME)
class ModerationLayout extends Div implements RouterLayout {

    private final Main content = new Main();

    ModerationLayout(AuthenticationContext authentication, SignOutEverywhere signOutEverywhere) {
        addClassName("moderation");
        // a list, so the links are spaced apart and screen readers count them
        UnorderedList links = new UnorderedList(
                link(QueueView.ROUTE, "moderation.menu.queue"), link(DashboardView.ROUTE, "moderation.menu.dashboard"));
        if (authentication.hasRole(Role.ADMIN_NAME)) {
            links.add(link(AccountsView.ROUTE, "moderation.menu.accounts"));
        }
        Nav nav = new Nav(links);
        nav.setId("moderation-menu");
        nav.setAriaLabel(getTranslation("moderation.menu.label"));
        Span who = new Span(getTranslation(
                "moderation.menu.signedInAs", authentication.getPrincipalName().orElse("")));
        who.setId("signed-in-as");
        Button signOut = new Button(getTranslation("moderation.menu.signOut"), click -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        Button everywhere = new Button(getTranslation("moderation.menu.signOutEverywhere"), click -> {
            signOutEverywhere.signOutMyself();
            authentication.logout();
        });
        everywhere.setId("sign-out-everywhere");
        everywhere.addThemeVariants(ButtonVariant.TERTIARY);
        Header header = new Header(new Span(getTranslation("moderation.menu.portal")), nav, who, signOut, everywhere);
        header.addClassName("moderation-header");
        content.addClassName("moderation-content");
        add(header, content);
    }

    private ListItem link(String route, String wordsKey) {
        return new ListItem(new Anchor(route, getTranslation(wordsKey)));
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(view.getElement());
    }
}
