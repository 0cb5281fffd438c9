package org.spotthesigns.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PortalTranslationsTest {

    private final PortalTranslations translations = new PortalTranslations();

    @Test
    void british_english_comes_first_so_a_page_built_outside_any_ui_reads_the_original_words() {
        assertThat(translations.getProvidedLocales()).first().isEqualTo(Locale.UK);
        assertThat(translations.getProvidedLocales())
                .contains(Locale.of("pl"), Locale.of("ur"), Locale.of("ar"), Locale.of("gu"), Locale.of("pa"))
                .doesNotContain(Locale.ROOT, Locale.ENGLISH);
    }

    @Test
    void each_language_reads_its_own_words_and_british_english_the_original_file() {
        assertThat(translations.getTranslation("site.exit", Locale.UK)).isEqualTo("Exit this page");
        assertThat(translations.getTranslation("site.exit", Locale.of("pl"))).isEqualTo("Opuść tę stronę");
    }
}
