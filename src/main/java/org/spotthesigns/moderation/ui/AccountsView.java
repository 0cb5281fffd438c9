package org.spotthesigns.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.spotthesigns.moderation.ModerationService;
import org.spotthesigns.security.Account;
import org.spotthesigns.security.AccountException;
import org.spotthesigns.security.ModeratorAccounts;
import org.spotthesigns.security.Role;

/**
 * For administrators: adding moderators, disabling and re-enabling them, resetting a password
 * (to be changed at the next sign-in), and re-scoring open reports after the rules changed.
 */
@Route(AccountsView.ROUTE)
@PageTitle("Accounts - Spot the Signs moderation")
@RolesAllowed(Role.ADMIN_NAME)
class AccountsView extends Div {

    static final String ROUTE = "moderation/accounts";

    private final ModeratorAccounts accounts;
    private final Grid<Account> grid = new Grid<>();
    private final Paragraph outcome = new Paragraph();
    private final TextField username = new TextField("User name");
    private final RadioButtonGroup<Role> role = new RadioButtonGroup<>("Role");
    private final PasswordField temporary = new PasswordField("Temporary password");
    private final TextField selected = new TextField("Account to change");
    private final PasswordField resetTo = new PasswordField("New temporary password");

    AccountsView(ModeratorAccounts accounts, ModerationService moderation) {
        this.accounts = accounts;
        addClassName("accounts");
        outcome.setId("accounts-outcome");
        outcome.getElement().setAttribute("role", "status");
        grid.setId("accounts");
        grid.addColumn(Account::username).setHeader("User name").setAutoWidth(true);
        grid.addColumn(account -> account.role() == Role.ADMIN ? "Administrator" : "Moderator")
                .setHeader("Role");
        grid.addColumn(account -> account.enabled() ? "Active" : "Disabled").setHeader("State");
        grid.addColumn(account -> account.secondFactorEnrolled() ? "Set up" : "Not yet")
                .setHeader("Second step");
        grid.addColumn(account -> account.mustChangePassword() ? "At next sign-in" : "")
                .setHeader("Password change");
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(
                selection -> selection.getFirstSelectedItem().ifPresent(a -> selected.setValue(a.username())));

        username.setId("new-username");
        username.setMaxLength(100);
        role.setId("new-role");
        role.setItems(Role.MODERATOR, Role.ADMIN);
        role.setItemLabelGenerator(r -> r == Role.ADMIN ? "Administrator" : "Moderator");
        role.setValue(Role.MODERATOR);
        temporary.setId("new-temporary-password");
        temporary.setMaxLength(ModeratorAccounts.PASSWORD_LONGEST);
        temporary.setHelperText("Tell them in person or by phone. They choose their own when they first sign in.");
        Button add = action("Add account", "add-account", () -> {
            Account created = accounts.create(username.getValue(), role.getValue(), temporary.getValue());
            username.clear();
            temporary.clear();
            return "Added " + created.username()
                    + ". They must choose a new password and set up the second step when they sign in.";
        });

        selected.setId("selected-account");
        selected.setMaxLength(100);
        resetTo.setId("reset-password");
        resetTo.setMaxLength(ModeratorAccounts.PASSWORD_LONGEST);
        Button disable = action("Disable", "disable-account", () -> {
            accounts.setEnabled(selected.getValue(), false);
            return "Disabled " + selected.getValue() + " and signed them out everywhere.";
        });
        Button enable = action("Enable again", "enable-account", () -> {
            accounts.setEnabled(selected.getValue(), true);
            return "Enabled " + selected.getValue() + ".";
        });
        Button reset = action("Reset password", "reset-account", () -> {
            accounts.resetPassword(selected.getValue(), resetTo.getValue());
            resetTo.clear();
            return "Reset the password of " + selected.getValue() + ". They must change it when they next sign in.";
        });
        Button rescore = action(
                "Re-score open reports",
                "rescore",
                () -> "Re-scored " + moderation.rescoreOpenReports() + " open reports with the rules in force.");

        add(
                new H1("Accounts"),
                outcome,
                grid,
                section("Add a moderator or administrator", username, role, temporary, new Div(add)),
                section(
                        "Change an account",
                        new Paragraph("Choose an account in the table, or type its user name."),
                        selected,
                        new Div(disable, enable),
                        resetTo,
                        new Div(reset)),
                section(
                        "Triage rules",
                        new Paragraph("After the rules file has changed and the portal has restarted, "
                                + "re-score the open reports. Each keeps its earlier scores."),
                        new Div(rescore)));
        refresh();
    }

    private Button action(String text, String id, java.util.function.Supplier<String> change) {
        Button button = new Button(text, click -> {
            try {
                outcome.setText(change.get());
                refresh();
            } catch (AccountException refused) {
                outcome.setText(refused.getMessage());
            }
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.PRIMARY);
        return button;
    }

    private void refresh() {
        grid.setItems(accounts.list());
    }

    private static Section section(String heading, com.vaadin.flow.component.Component... parts) {
        Section section = new Section(new H2(heading));
        section.add(parts);
        return section;
    }
}
