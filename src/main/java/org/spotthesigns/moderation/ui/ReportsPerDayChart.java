package org.spotthesigns.moderation.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spotthesigns.reporting.AnsweredQuestions.Words;

/**
 * Reports per day as a bar chart, drawn on the server as SVG: no chart library, nothing for the
 * browser to download. Only numbers and dates go into it, never anything a reporter typed. The
 * scale and dates are written beside it as ordinary text (see {@link #scaleTop}), which every
 * reader can size and read, with the first day and each week's under the bars ({@link #labelled}); the
 * picture itself says what it shows in its title and description.
 */
final class ReportsPerDayChart {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 248;
    private static final int LEFT = 0;
    /** Room under the bars for the days' names. */
    private static final int BOTTOM = 12;

    private static final int TOP = 12;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private ReportsPerDayChart() {}

    static String svg(Map<LocalDate, Long> perDay, Words words) {
        long most = Math.max(
                1, perDay.values().stream().mapToLong(Long::longValue).max().orElse(1));
        long scaleTop = niceCeiling(most);
        int plotHeight = HEIGHT - BOTTOM - TOP;
        double slot = (double) (WIDTH - LEFT) / Math.max(1, perDay.size());
        long total = perDay.values().stream().mapToLong(Long::longValue).sum();
        List<LocalDate> days = new ArrayList<>(perDay.keySet());
        String description = words.of(
                "moderation.chart.description",
                total,
                perDay.size(),
                DAY.format(days.getFirst()),
                DAY.format(days.getLast()),
                most);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"per-day-title per-day-desc\" class=\"per-day-chart\">")
                .append("<title id=\"per-day-title\">")
                .append(words.of("moderation.chart.title"))
                .append("</title>")
                .append("<desc id=\"per-day-desc\">")
                .append(description)
                .append("</desc>");
        for (long tick : List.of(0L, scaleTop / 2, scaleTop)) {
            double y = TOP + plotHeight - (double) tick / scaleTop * plotHeight;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#6f777b\" stroke-width=\"1\"/>",
                    LEFT,
                    WIDTH,
                    y,
                    y));
        }
        for (int i = 0; i < days.size(); i++) {
            long count = perDay.getOrDefault(days.get(i), 0L);
            double barHeight = (double) count / scaleTop * plotHeight;
            double x = LEFT + i * slot + slot * 0.15;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#1d4f91\">"
                            + "<title>%s: %d</title></rect>",
                    x,
                    TOP + plotHeight - barHeight,
                    slot * 0.7,
                    barHeight,
                    DAY.format(days.get(i)),
                    count));
        }
        // a tick under each day named beside the chart (see labelled)
        for (int i : labelled(days.size())) {
            double centre = LEFT + i * slot + slot / 2;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#0b0c0c\" " + "stroke-width=\"2\"/>",
                    centre,
                    centre,
                    TOP + plotHeight,
                    TOP + plotHeight + 8));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * The days named under the bars, by position: the first, and each week back from the last (today). They are
     * written as ordinary text under the picture, where every reader can size them and axe can check their contrast.
     */
    static List<Integer> labelled(int days) {
        List<Integer> labelled = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            if (i == 0 || (days - 1 - i) % 7 == 0) {
                labelled.add(i);
            }
        }
        return labelled;
    }

    /** The count the top of the chart stands for. */
    static long scaleTop(Map<LocalDate, Long> perDay) {
        return niceCeiling(Math.max(
                1, perDay.values().stream().mapToLong(Long::longValue).max().orElse(1)));
    }

    /** A round number at or above the largest count, for the top of the scale. */
    static long niceCeiling(long most) {
        long step = 1;
        while (step * 10 < most) {
            step *= 10;
        }
        for (long multiple : List.of(1L, 2L, 5L, 10L)) {
            if (step * multiple >= most) {
                return step * multiple;
            }
        }
        return step * 10;
    }
}
