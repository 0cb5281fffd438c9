package org.spotthesigns.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The town search finds a place by the start of any word of its name, names starting with it first. */
class TownSearchTest {

    private static final Map<String, String> TOWNS = new LinkedHashMap<>();

    static {
        TOWNS.put("aylestone", "Aylestone, Leicester");
        TOWNS.put("leicester", "Leicester");
        TOWNS.put("leicester-forest-east", "Leicester Forest East");
        TOWNS.put("loughborough", "Loughborough");
        TOWNS.put("market-harborough", "Market Harborough");
        TOWNS.put("somewhere-else", "Somewhere outside Leicester, Leicestershire and Rutland");
        TOWNS.put("not-sure", "I'm not sure where");
    }

    @Test
    void the_start_of_a_name_comes_before_the_start_of_a_later_word() {
        assertThat(TownSearch.matches(TOWNS, "leic"))
                .containsExactly("leicester", "leicester-forest-east", "aylestone", "somewhere-else");
    }

    @Test
    void case_spacing_and_apostrophes_do_not_count_and_the_middle_of_a_word_does_not_match() {
        assertThat(TownSearch.matches(TOWNS, "  LOUGH ")).containsExactly("loughborough");
        assertThat(TownSearch.matches(TOWNS, "harb")).containsExactly("market-harborough");
        assertThat(TownSearch.matches(TOWNS, "borough")).isEmpty();
        assertThat(TownSearch.matches(TOWNS, "im not")).containsExactly("not-sure");
        assertThat(TownSearch.matches(TOWNS, "not sure")).containsExactly("not-sure");
        assertThat(TownSearch.matches(TOWNS, "outside")).containsExactly("somewhere-else");
    }

    @Test
    void a_translated_choice_is_found_by_the_first_words_of_its_label_in_its_own_script() {
        Map<String, String> urdu = new LinkedHashMap<>(TOWNS);
        urdu.put("somewhere-else", "کہیں لیسٹر (Leicester)، لیسٹرشائر (Leicestershire) اور رٹلینڈ (Rutland) سے باہر");
        urdu.put("not-sure", "مجھے یقین نہیں کہ کہاں");

        assertThat(TownSearch.matches(urdu, "مجھے")).containsExactly("not-sure");
        assertThat(TownSearch.matches(urdu, " مجھے  یقین نہیں")).containsExactly("not-sure");
        assertThat(TownSearch.matches(urdu, "کہیں")).containsExactly("somewhere-else");
        assertThat(TownSearch.matches(urdu, "not sure")).isEmpty();
    }

    @Test
    void nothing_typed_offers_the_whole_list_in_its_order() {
        assertThat(TownSearch.matches(TOWNS, "")).containsExactlyElementsOf(TOWNS.keySet());
        assertThat(TownSearch.matches(TOWNS, null)).hasSize(TOWNS.size());
    }

    @Test
    void a_whole_name_typed_is_that_town_and_anything_else_is_no_town() {
        assertThat(TownSearch.exact(TOWNS, "market  harborough")).contains("market-harborough");
        assertThat(TownSearch.exact(TOWNS, "Leicester")).contains("leicester");
        assertThat(TownSearch.exact(TOWNS, "Narnia")).isEmpty();
        assertThat(TownSearch.exact(TOWNS, "Leic")).isEmpty();
    }
}
