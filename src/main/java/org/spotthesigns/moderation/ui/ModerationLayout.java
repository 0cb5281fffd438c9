package org.spotthesigns.moderation.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
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
        Nav nav = new Nav(new Anchor(QueueView.ROUTE, "Queue"), new Anchor(DashboardView.ROUTE, "Dashboard"));
        if (authentication.hasRole(Role.ADMIN_NAME)) {
            nav.add(new Anchor(AccountsView.ROUTE, "Accounts"));
        }
        nav.setAriaLabel("Moderation");
        Span who = new Span("Signed in as " + authentication.getPrincipalName().orElse(""));
        who.setId("signed-in-as");
        Button signOut = new Button("Sign out", click -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        Button everywhere = new Button("Sign out everywhere", click -> {
            signOutEverywhere.signOutMyself();
            authentication.logout();
        });
        everywhere.setId("sign-out-everywhere");
        everywhere.addThemeVariants(ButtonVariant.TERTIARY);
        Header header = new Header(new Span("Spot the Signs moderation"), nav, who, signOut, everywhere);
        header.addClassName("moderation-header");
        content.addClassName("moderation-content");
        add(header, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(view.getElement());
    }
}
