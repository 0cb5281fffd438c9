package org.spotthesigns.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotthesigns.reporting.FollowUp;
import org.spotthesigns.reporting.InvalidReportException;
import org.spotthesigns.reporting.PublicStatus;
import org.spotthesigns.reporting.RateLimitedException;
import org.spotthesigns.reporting.ReportService;
import org.spotthesigns.security.RateLimits;
import org.spotthesigns.shared.AreaTime;
import org.spotthesigns.shared.LanguageAddresses;

/**
 * A reporter comes back with their reference and key: the report's status, the messages with
 * the safeguarding team, and a box to add more. Still anonymous: the key is the only proof.
 */
@Route(FollowUpView.ROUTE)
@RouteAlias(LanguageAddresses.PREFIX + FollowUpView.ROUTE)
@StyleSheet("context://styles/keeping.css")
@AnonymousAllowed
class FollowUpView extends Div implements HasDynamicTitle {

    static final String ROUTE = "follow-up";
    static final String PATH = "/" + ROUTE;
    private static final Logger log = LoggerFactory.getLogger(FollowUpView.class);

    private final ReportService reports;
    private final RateLimits limits;
    private final ErrorSummary errors = new ErrorSummary();
    private final TextField reference = new TextField();
    private final PasswordField key = new PasswordField();
    private final Div thread = new Div();
    private boolean showingErrors;

    FollowUpView(ReportService reports, RateLimits limits) {
        this.reports = reports;
        this.limits = limits;
        addClassName("page");
        reference.setLabel(getTranslation("followup.field.reference"));
        reference.setId("reference");
        key.setLabel(getTranslation("followup.field.key"));
        key.setId("key");
        // nothing for a shared phone's browser to remember or offer to the next person
        reference.getElement().setAttribute("autocomplete", "off");
        key.getElement().setAttribute("autocomplete", "off");
        Button open = new Button(getTranslation("followup.open"), click -> open());
        open.setId("open-report");
        open.addThemeVariants(ButtonVariant.PRIMARY);
        thread.setId("thread");
        add(
                errors,
                new H1(getTranslation("followup.title")),
                new Paragraph(getTranslation("followup.intro")),
                reference,
                key,
                new Div(open),
                thread);
    }

    private void open() {
        errors.show(java.util.Map.of());
        showingErrors = false;
        try {
            reports.open(reference.getValue(), key.getValue(), ClientKey.of(limits))
                    .ifPresentOrElse(this::show, () -> {
                        thread.removeAll();
                        noMatch();
                    });
        } catch (RateLimitedException refused) {
            thread.removeAll();
            refused();
        } catch (RuntimeException unavailable) {
            log.error("A follow-up could not be opened; the visitor was asked to try again", unavailable);
            unavailable();
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void refused() {
        showingErrors = true;
        errors.showMessage(getTranslation("followup.error.limited"));
    }

    private void unavailable() {
        showingErrors = true;
        errors.showMessage(getTranslation("followup.error.unavailable"));
    }

    /** The key no longer matches: said at the key field; anything typed in the reply box stays. */
    private void noMatch() {
        showingErrors = true;
        key.setInvalid(true);
        key.setErrorMessage(getTranslation("followup.error.nomatch"));
        errors.show(java.util.Map.of("key", getTranslation("followup.error.nomatch")));
    }

    private void show(FollowUp followUp) {
        key.setInvalid(false);
        thread.removeAll();
        Paragraph status = new Paragraph(getTranslation(
                "followup.status",
                getTranslation("followup.status." + followUp.status().name())));
        status.setId("status");
        Div meaning = new Div(explanation(followUp.status(), "means"), explanation(followUp.status(), "when"));
        meaning.setId("status-meaning");
        meaning.addClassName("info-panel");
        UnorderedList messages = new UnorderedList();
        messages.addClassName("messages");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(AreaTime.ZONE);
        for (FollowUp.Message message : followUp.messages()) {
            Span author = new Span(
                    getTranslation("followup.author." + message.author().name()));
            author.addClassName("author");
            Span sent = new Span(getTranslation("followup.sent", when.format(message.sentAt())));
            sent.addClassName("sent");
            Paragraph body = new Paragraph(message.body());
            body.addClassName("body");
            ListItem item = new ListItem(author, sent, body);
            item.addClassName(message.author() == FollowUp.Author.REPORTER ? "from-reporter" : "from-team");
            messages.add(item);
        }
        TextArea reply = new TextArea(getTranslation("followup.field.message"));
        reply.setId("message");
        reply.setHelperText(getTranslation("report.limit", ReportService.MESSAGE_LIMIT));
        Button send = new Button(getTranslation("followup.send"), click -> send(reply));
        send.setId("send-message");
        thread.add(
                status,
                meaning,
                everyStatus(),
                new H2(getTranslation("followup.thread.title")),
                followUp.messages().isEmpty() ? new Paragraph(getTranslation("followup.thread.none")) : messages,
                reply,
                new Div(send));
    }

    /** What a status means for the reporter ("means"), or how long it usually lasts ("when"). */
    private Paragraph explanation(PublicStatus status, String part) {
        Paragraph words = new Paragraph(getTranslation("followup.status." + status.name() + "." + part));
        words.addClassName("status-" + part);
        return words;
    }

    /** Every status a report can show, so a reporter knows what may come next. */
    private Details everyStatus() {
        DescriptionList list = new DescriptionList();
        for (PublicStatus each : PublicStatus.values()) {
            list.add(
                    new DescriptionList.Term(getTranslation("followup.status." + each.name())),
                    new DescriptionList.Description(explanation(each, "means"), explanation(each, "when")));
        }
        list.addClassName("status-list");
        Details details = new Details(getTranslation("followup.status.all"), list);
        details.setId("every-status");
        return details;
    }

    private void send(TextArea reply) {
        try {
            Optional<FollowUp> updated =
                    reports.reply(reference.getValue(), key.getValue(), reply.getValue(), ClientKey.of(limits));
            updated.ifPresentOrElse(this::show, this::noMatch);
        } catch (RateLimitedException refused) {
            refused();
        } catch (InvalidReportException invalid) {
            var problem = invalid.problems().get(0);
            reply.setErrorMessage(
                    getTranslation(problem.messageKey(), problem.arguments().toArray()));
            reply.setInvalid(true);
            showingErrors = true;
            errors.show(java.util.Map.of("message", reply.getErrorMessage()));
        } catch (RuntimeException unavailable) {
            log.error("A reply could not be stored; the visitor was asked to try again", unavailable);
            unavailable();
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        String page = getTranslation("site.title", getTranslation("followup.title"));
        return showingErrors ? getTranslation("report.title.error", page) : page;
    }
}
