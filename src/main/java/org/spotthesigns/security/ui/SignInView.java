package org.spotthesigns.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The first step of signing in for moderators and administrators: name and password. A wrong
 * name, a wrong password, a disabled account and too many tries all get the same message.
 */
@Route(value = SignInRoutes.LOGIN, autoLayout = false)
@PageTitle("Sign in - Spot the Signs moderation")
@AnonymousAllowed
class SignInView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    SignInView() {
        addClassName("sign-in");
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Your details");
        i18n.getForm().setUsername("User name");
        i18n.getErrorMessage().setTitle("Those details did not work");
        i18n.getErrorMessage()
                .setMessage("Check your user name and password and try again. After several tries, "
                        + "signing in is paused for a while.");
        form.setI18n(i18n);
        form.setAction(SignInRoutes.LOGIN);
        form.setForgotPasswordButtonVisible(false);
        add(new H1("Sign in to moderate reports"), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
