package org.spotthesigns.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.spotthesigns.shared.ExitThisPageProperties;

class PublicLayoutTest {

    private final PublicLayout layout = new PublicLayout(new ExitThisPageProperties("https://www.bbc.co.uk/weather"));

    @Test
    void the_skip_link_points_at_the_page_itself() {
        layout.showAddress("/signs/two-phones", "sign=lots-of-cash");

        assertThat(skipLink()).isEqualTo("/signs/two-phones?sign=lots-of-cash#main-content");
    }

    @Test
    void an_address_with_control_characters_still_gives_a_skip_link_that_keeps_them_encoded() {
        layout.showAddress("/signs/\tx", "");
        assertThat(skipLink()).isEqualTo("/signs/%09x#main-content");

        layout.showAddress("/\u0007", "");
        assertThat(skipLink()).isEqualTo("/%07#main-content");

        layout.showAddress("/\u007f", "");
        assertThat(skipLink()).isEqualTo("/%7F#main-content");
    }

    private String skipLink() {
        return layout.getElement().getChild(0).getAttribute("href");
    }
}
