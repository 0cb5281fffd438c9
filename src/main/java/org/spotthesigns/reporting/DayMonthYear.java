package org.spotthesigns.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A date as a person typed it into three boxes, day, month and year (GOV.UK's date input). The
 * text is kept as typed, so a refused answer stays on screen to be corrected; {@link #date()} is
 * the date it names, when it names a real one. Digits of any script count, and spaces are ignored.
 */
public record DayMonthYear(String day, String month, String year) {

    /** More than this in one box is not a number of the date, whatever its digits. */
    private static final int LONGEST = 8;

    public DayMonthYear {
        day = day == null ? "" : day;
        month = month == null ? "" : month;
        year = year == null ? "" : year;
    }

    public static DayMonthYear empty() {
        return new DayMonthYear("", "", "");
    }

    /** The three boxes filled in with a date, as the quick choices "Today" and "Yesterday" do. */
    public static DayMonthYear of(@Nullable LocalDate date) {
        return date == null
                ? empty()
                : new DayMonthYear(
                        String.valueOf(date.getDayOfMonth()),
                        String.valueOf(date.getMonthValue()),
                        String.valueOf(date.getYear()));
    }

    public boolean isEmpty() {
        return blank(day) && blank(month) && blank(year);
    }

    /** The date named, when each box holds a number and together they make a real date. */
    public Optional<LocalDate> date() {
        OptionalInt d = number(day);
        OptionalInt m = number(month);
        OptionalInt y = number(year);
        if (d.isEmpty() || m.isEmpty() || y.isEmpty() || !fourDigits(year)) {
            return Optional.empty();
        }
        if (m.getAsInt() < 1 || m.getAsInt() > 12 || d.getAsInt() < 1) {
            return Optional.empty();
        }
        YearMonth yearMonth = YearMonth.of(y.getAsInt(), m.getAsInt());
        return yearMonth.isValidDay(d.getAsInt()) ? Optional.of(yearMonth.atDay(d.getAsInt())) : Optional.empty();
    }

    static boolean blank(String part) {
        return part.codePoints().allMatch(Character::isWhitespace);
    }

    /** The box's number, when it holds digits alone (spaces aside). */
    static OptionalInt number(String part) {
        int value = 0;
        int digits = 0;
        for (int i = 0; i < part.length(); ) {
            int c = part.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c)) {
                continue;
            }
            int digit = Character.digit(c, 10);
            if (digit < 0 || ++digits > LONGEST) {
                return OptionalInt.empty();
            }
            value = value * 10 + digit;
        }
        return digits == 0 ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /** A year written in full, such as 2026: "26" could be any century. */
    static boolean fourDigits(String part) {
        return part.codePoints().filter(c -> !Character.isWhitespace(c)).count() == 4;
    }
}
