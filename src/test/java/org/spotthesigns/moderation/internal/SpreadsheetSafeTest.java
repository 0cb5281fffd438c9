package org.spotthesigns.moderation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would run as formulas are shown as the words typed; everything else is unchanged. */
class SpreadsheetSafeTest {

    @Test
    void a_cell_starting_like_a_formula_gets_a_leading_apostrophe() {
        for (String formula :
                new String[] {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1"}) {
            assertThat(SpreadsheetSafe.cell(formula)).as(formula).isEqualTo("'" + formula);
        }
    }

    @Test
    void other_text_is_left_as_it_was() {
        for (String text : new String[] {"He said =1+1", "07700 900123", "", "'quoted'", "Two phones, lots of cash"}) {
            assertThat(SpreadsheetSafe.cell(text)).as(text).isEqualTo(text);
        }
    }
}
