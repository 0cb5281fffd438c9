package org.spotthesigns.moderation.internal;

/**
 * Makes a cell safe to open in a spreadsheet: text that a spreadsheet would run as a formula
 * (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so it is shown
 * as the words that were typed.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {}

    public static String cell(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
