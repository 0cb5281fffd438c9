package org.spotthesigns.reporting;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.guidance.Choice;
import org.spotthesigns.guidance.GuidanceService;
import org.spotthesigns.shared.PlainText;

/**
 * Every answer of a report as text, question by question: what the reporter checks before
 * sending, and what a moderator reads. Free text is as the reporter typed it, normalised exactly
 * as it is stored, and is only ever shown as text.
 */
public final class AnsweredQuestions {

    /** Turns a message key and its arguments into words, as Vaadin's {@code getTranslation} does. */
    @FunctionalInterface
    public interface Words {
        String of(String key, Object... arguments);
    }

    /** One question and its answer; an empty answer was not given. */
    public record Row(ReportStep step, String questionKey, String answer) {}

    private AnsweredQuestions() {}

    /** A draft's answers, cleaned exactly as they will be stored. */
    public static List<Row> of(ReportDraft draft, GuidanceService guidance, Locale locale, Words words) {
        return rows(draft, guidance, locale, words, PlainText::clean, false);
    }

    /** A stored report's answers, as stored: they were cleaned on the way in. */
    public static List<Row> stored(ReportDraft answers, GuidanceService guidance, Locale locale, Words words) {
        return rows(answers, guidance, locale, words, text -> text == null ? "" : text, true);
    }

    private static List<Row> rows(
            ReportDraft draft,
            GuidanceService guidance,
            Locale locale,
            Words words,
            java.util.function.Function<@Nullable String, String> text,
            boolean stored) {
        Map<String, String> signTitles = new HashMap<>();
        guidance.signs(locale).forEach(sign -> signTitles.put(sign.id(), sign.title()));
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(
                ReportStep.DANGER, "report.field.dangerNow", answer(words, "report.answer.", draft.getDangerNow())));
        rows.add(new Row(
                ReportStep.WHO, "report.field.concernFor", answer(words, "report.concernFor.", draft.getConcernFor())));
        rows.add(new Row(ReportStep.WHO, "report.field.ageBand", answer(words, "report.ageBand.", draft.getAgeBand())));
        rows.add(new Row(
                ReportStep.WHAT,
                "report.field.signs",
                draft.getSigns().stream()
                        .map(id -> signTitles.getOrDefault(id, id))
                        .collect(Collectors.joining("\n"))));
        rows.add(new Row(ReportStep.WHAT, "report.field.noticed", text.apply(draft.getNoticed())));
        rows.add(new Row(
                ReportStep.WHERE, "report.field.placeKind", label(guidance.placeKinds(locale), draft.getPlaceKind())));
        List<Choice> towns = guidance.towns(locale);
        if (draft.isJourney()) {
            rows.add(new Row(
                    ReportStep.WHERE,
                    "report.field.journey",
                    words.of(
                            "report.check.journey",
                            label(towns, text.apply(draft.getTown())),
                            label(towns, text.apply(draft.getJourneyTo())))));
        } else {
            rows.add(new Row(ReportStep.WHERE, "report.field.town", label(towns, text.apply(draft.getTown()))));
        }
        if (stored) {
            // moderators read the areas the report is filed under; the reporter chose towns alone
            List<Choice> areas = guidance.areas(locale);
            String area = label(areas, draft.getArea());
            String journeyToArea = draft.getJourneyToArea();
            rows.add(new Row(
                    ReportStep.WHERE,
                    "report.field.area",
                    journeyToArea == null || journeyToArea.equals(draft.getArea())
                            ? area
                            : words.of("report.check.journey", area, label(areas, journeyToArea))));
        }
        rows.add(new Row(ReportStep.WHERE, "report.field.postcodeDistrict", text.apply(draft.getPostcodeDistrict())));
        rows.add(new Row(ReportStep.WHERE, "report.field.location", text.apply(draft.getLocation())));
        rows.add(new Row(
                ReportStep.WHEN,
                "report.field.seenOn",
                draft.getSeenOn() == null
                        ? ""
                        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(locale)
                                .format(draft.getSeenOn())));
        rows.add(new Row(
                ReportStep.WHEN,
                "report.field.seenAt",
                draft.getSeenAt() == null
                        ? ""
                        : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                                .withLocale(locale)
                                .format(draft.getSeenAt())));
        rows.add(new Row(
                ReportStep.WHEN,
                "report.field.stillHappening",
                answer(words, "report.answer.", draft.getStillHappening())));
        rows.add(new Row(
                ReportStep.WHEN,
                "report.field.happenedBefore",
                answer(words, "report.answer.", draft.getHappenedBefore())));
        rows.add(new Row(
                ReportStep.DETAILS,
                "report.step.details.title",
                draft.getDetails().stream()
                        .map(detail -> words.of(
                                "report.check.detail",
                                words.of("report.detailKind." + detail.kind().name()),
                                detail(detail, words, text)))
                        .collect(Collectors.joining("\n"))));
        rows.add(new Row(
                ReportStep.ABOUT_YOU,
                "report.field.contactMe",
                draft.isContactMe()
                        ? List.of(
                                        draft.getContactName(),
                                        draft.getContactPhone(),
                                        draft.getContactEmail(),
                                        draft.getContactNotes())
                                .stream()
                                .map(text)
                                .filter(given -> !given.isEmpty())
                                .collect(Collectors.joining("\n"))
                        : words.of("report.check.anonymous")));
        return rows;
    }

    /**
     * A vehicle's parts, each named ("registration AB12 CDE, colour silver"), as any of them may
     * be missing; a booking's number and firm; any other detail as given.
     */
    private static String detail(
            ReportDraft.Detail detail, Words words, java.util.function.Function<@Nullable String, String> text) {
        List<String> parts = new ArrayList<>();
        if (detail.kind().isVehicle()) {
            named(parts, words, "report.check.vehicle.registration", text.apply(detail.value()));
            named(parts, words, "report.check.vehicle.colour", text.apply(detail.colour()));
            named(parts, words, "report.check.vehicle.make", text.apply(detail.make()));
        } else {
            parts.add(text.apply(detail.value()));
            if (detail.kind().isBooking()) {
                named(parts, words, "report.check.booking.firm", text.apply(detail.firm()));
            }
        }
        return String.join(", ", parts);
    }

    private static void named(List<String> parts, Words words, String key, String given) {
        if (!given.isEmpty()) {
            parts.add(words.of(key, given));
        }
    }

    /** The label of a chosen option, such as an area's name; an id no option has is shown as it is. */
    public static String label(List<Choice> choices, @Nullable String id) {
        return choices.stream()
                .filter(choice -> choice.id().equals(id))
                .map(Choice::label)
                .findFirst()
                .orElse(id == null ? "" : id);
    }

    private static String answer(Words words, String prefix, @Nullable Enum<?> value) {
        return value == null ? "" : words.of(prefix + value.name());
    }
}
