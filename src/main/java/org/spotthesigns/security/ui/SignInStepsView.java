package org.spotthesigns.security.ui;

import static java.util.Objects.requireNonNull;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.spotthesigns.security.AccountException;
import org.spotthesigns.security.ModeratorAccounts;
import org.spotthesigns.security.SecondFactorEnrolment;
import org.spotthesigns.security.SignIn;
import org.spotthesigns.security.SignInStep;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The steps after the password: setting up or giving the second factor, then replacing a
 * password an administrator set. Each step done re-issues the sign-in with what it earned;
 * the role comes only when none is left.
 */
@Route(value = SignInRoutes.NEXT_STEP, autoLayout = false)
@PageTitle("Finish signing in - Spot the Signs moderation")
@PermitAll
class SignInStepsView extends Main implements BeforeEnterObserver {

    private final SignIn signIn;
    private final ModeratorAccounts accounts;
    private final AuthenticationContext authenticationContext;
    private final Paragraph problem = new Paragraph();

    SignInStepsView(SignIn signIn, ModeratorAccounts accounts, AuthenticationContext authenticationContext) {
        this.signIn = signIn;
        this.accounts = accounts;
        this.authenticationContext = authenticationContext;
        addClassName("sign-in");
        problem.setId("sign-in-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("field-problem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // only signed-in people reach this view (its route is @PermitAll)
        Authentication authentication =
                requireNonNull(SecurityContextHolder.getContext().getAuthentication());
        SignInStep step = signIn.next(authentication);
        removeAll();
        switch (step) {
            case ENROL_SECOND_FACTOR -> enrol(authentication);
            case SECOND_FACTOR -> secondFactor(authentication);
            case CHANGE_PASSWORD -> changePassword(authentication);
            case DONE -> finish(signIn.afterStep(authentication, false));
        }
    }

    private void enrol(Authentication authentication) {
        SecondFactorEnrolment enrolment = accounts.startEnrolment(authentication.getName());
        Image qr = new Image(enrolment.qrCode(), "QR code to add Spot the Signs to an authenticator app");
        qr.setId("enrolment-qr");
        qr.addClassName("qr-code");
        Span secret = new Span(enrolment.groupedSecret());
        secret.setId("enrolment-secret");
        secret.addClassName("secret");
        TextField code = codeField();
        Button confirm = new Button("Confirm", click -> {
            if (accounts.confirmEnrolment(authentication.getName(), enrolment.secret(), code.getValue())) {
                finish(signIn.afterStep(authentication, true));
            } else {
                wrongCode(code);
            }
        });
        add(
                new H1("Set up your second step"),
                new Paragraph(
                        "Every sign-in needs a code from an authenticator app on your phone as well as your password. "
                                + "Scan this QR code with the app."),
                qr,
                new Paragraph(new Span("If you cannot scan it, type this key into the app: "), secret),
                new Paragraph("Then type the six-digit code the app shows."),
                problem,
                code,
                primary(confirm),
                signOut());
    }

    private void secondFactor(Authentication authentication) {
        TextField code = codeField();
        Button next = new Button("Continue", click -> {
            if (accounts.verifySecondFactor(authentication.getName(), code.getValue())) {
                finish(signIn.afterStep(authentication, true));
            } else {
                wrongCode(code);
            }
        });
        add(
                new H1("Enter your code"),
                new Paragraph(
                        "Open your authenticator app and type the six-digit code it shows " + "for Spot the Signs."),
                problem,
                code,
                primary(next),
                signOut());
    }

    private void changePassword(Authentication authentication) {
        PasswordField first = new PasswordField("New password");
        first.setId("new-password");
        first.setHelperText(ModeratorAccounts.PASSWORD_SHORTEST + " to " + ModeratorAccounts.PASSWORD_LONGEST
                + " characters. A few words you will remember make a good one.");
        first.setMaxLength(ModeratorAccounts.PASSWORD_LONGEST);
        first.getElement().setAttribute("autocomplete", "new-password");
        PasswordField again = new PasswordField("New password again");
        again.setId("new-password-again");
        again.setMaxLength(ModeratorAccounts.PASSWORD_LONGEST);
        again.getElement().setAttribute("autocomplete", "new-password");
        Button save = new Button("Save password", click -> {
            try {
                accounts.changeOwnPassword(authentication.getName(), first.getValue(), again.getValue());
                finish(signIn.afterStep(authentication, false));
            } catch (AccountException refused) {
                problem.setText(refused.getMessage());
                first.focus();
            }
        });
        add(
                new H1("Choose your own password"),
                new Paragraph("Your password was set by an administrator. Choose one "
                        + "that only you know before you go on."),
                problem,
                first,
                again,
                primary(save),
                signOut());
    }

    private static TextField codeField() {
        TextField code = new TextField("Six-digit code");
        code.setId("one-time-code");
        code.setMaxLength(12);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        code.focus();
        return code;
    }

    private void wrongCode(TextField code) {
        problem.setText("That code did not work. Codes change every 30 seconds: type the one the app shows now. "
                + "After several tries, signing in is paused for a while.");
        code.clear();
        code.focus();
    }

    private static Component primary(Button button) {
        button.setId("sign-in-continue");
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.addClickShortcut(Key.ENTER);
        return new Div(button);
    }

    private Button signOut() {
        Button out = new Button("Sign out", click -> authenticationContext.logout());
        out.setId("sign-out");
        out.addThemeVariants(ButtonVariant.TERTIARY);
        return out;
    }

    /**
     * Holds the new sign-in for the rest of the session and reloads, so every check sees it.
     * The session gets a new id with each step, as it did at the password, so an id seen before
     * the step is worth nothing after it.
     */
    private static void finish(Authentication next) {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            request.getHttpServletRequest().changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(next);
        SecurityContextHolder.setContext(context);
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        boolean done = next.getAuthorities().stream().noneMatch(a -> SignIn.IN_PROGRESS.equals(a.getAuthority()));
        UI.getCurrent().getPage().setLocation(done ? SignInRoutes.QUEUE : SignInRoutes.NEXT_STEP);
    }
}
