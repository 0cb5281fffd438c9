package org.spotthesigns.moderation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * A referral letter as a PDF of A4 pages: the letter's text drawn line by line with fonts the
 * portal ships (Noto Sans for Latin, Greek and Cyrillic; Noto Sans Arabic, Gujarati and Gurmukhi
 * for the area's other scripts), each character in the first font that has it, embedded as
 * subsets. The text is only ever drawn: nothing in it is read as markup or as a PDF instruction.
 *
 * <p>What it does not do: PDFBox lays glyphs out one after another, so Arabic letters are drawn
 * in their isolated forms, left to right, and Gujarati and Gurmukhi conjuncts are not formed; the
 * text extracts back correctly, and the plain-text letter is the one to send for those scripts.
 * A character no shipped font has (emoji, Chinese) is drawn as a replacement mark.
 */
public final class ReferralPdf {

    private static final String[] FONTS = {
        "NotoSans-Regular", "NotoSansArabic-Regular", "NotoSansGujarati-Regular", "NotoSansGurmukhi-Regular"
    };
    private static final float SIZE = 11;
    private static final float LEADING = 15;
    private static final float MARGIN = 56;

    private record Run(PDType0Font font, String text) {}

    private ReferralPdf() {}

    /** The letter as a PDF document, titled {@code title}. */
    public static byte[] of(String title, String letter) {
        try (PDDocument document = new PDDocument()) {
            List<PDType0Font> fonts = new ArrayList<>();
            for (String name : FONTS) {
                try (InputStream in = ReferralPdf.class.getResourceAsStream("/fonts/referral/" + name + ".ttf")) {
                    if (in == null) {
                        throw new IllegalStateException("The font " + name + " is missing from the portal");
                    }
                    fonts.add(PDType0Font.load(document, in, true));
                }
            }
            PDDocumentInformation information = new PDDocumentInformation();
            information.setTitle(title);
            document.setDocumentInformation(information);
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String> lines = new ArrayList<>();
            for (String paragraph : letter.split("\n", -1)) {
                lines.addAll(wrap(printable(paragraph), width, fonts));
            }
            @Nullable PDPageContentStream page = null;
            float y = 0;
            try {
                for (String line : lines) {
                    if (page == null || y < MARGIN) {
                        if (page != null) {
                            page.endText();
                            page.close();
                        }
                        PDPage next = new PDPage(PDRectangle.A4);
                        document.addPage(next);
                        page = new PDPageContentStream(document, next);
                        page.beginText();
                        y = PDRectangle.A4.getHeight() - MARGIN;
                        page.newLineAtOffset(MARGIN, y);
                    } else {
                        page.newLineAtOffset(0, -LEADING);
                    }
                    for (Run run : runs(line, fonts)) {
                        page.setFont(run.font(), SIZE);
                        page.showText(run.text());
                    }
                    y -= LEADING;
                }
            } finally {
                if (page != null) {
                    page.endText();
                    page.close();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Tabs as spaces, and no control characters: a PDF string draws glyphs, nothing else. */
    private static String printable(String line) {
        StringBuilder kept = new StringBuilder();
        line.replace('\t', ' ')
                .codePoints()
                .filter(c -> !Character.isISOControl(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** The line broken at spaces to fit {@code width}; a word longer than a line is broken where it must. */
    private static List<String> wrap(String line, float width, List<PDType0Font> fonts) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.split("(?<= )")) {
            if (width(current + word, fonts) <= width) {
                current.append(word);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
            }
            for (int i = 0; i < word.length(); ) {
                int next = i + Character.charCount(word.codePointAt(i));
                if (!current.isEmpty() && width(current + word.substring(i, next), fonts) > width) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                current.append(word, i, next);
                i = next;
            }
        }
        lines.add(current.toString());
        return lines;
    }

    private static float width(String text, List<PDType0Font> fonts) throws IOException {
        float width = 0;
        for (Run run : runs(text, fonts)) {
            width += run.font().getStringWidth(run.text()) / 1000 * SIZE;
        }
        return width;
    }

    /** The text cut into runs each drawn in one font: the first font that has the character. */
    private static List<Run> runs(String text, List<PDType0Font> fonts) {
        List<Run> runs = new ArrayList<>();
        @Nullable PDType0Font font = null;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            String given = new String(Character.toChars(c));
            PDType0Font found =
                    fonts.stream().filter(f -> has(f, given)).findFirst().orElse(fonts.getFirst());
            String character = has(found, given) ? given : has(found, "\uFFFD") ? "\uFFFD" : "?";
            if (font != null && found != font && !run.isEmpty()) {
                runs.add(new Run(font, run.toString()));
                run.setLength(0);
            }
            font = found;
            run.append(character);
        }
        if (font != null && !run.isEmpty()) {
            runs.add(new Run(font, run.toString()));
        }
        return runs;
    }

    private static boolean has(PDType0Font font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException missing) {
            return false;
        }
    }
}
