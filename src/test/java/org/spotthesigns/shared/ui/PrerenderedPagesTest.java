package org.spotthesigns.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrerenderedPagesTest {

    @Test
    void an_address_is_read_as_the_router_reads_it_without_leading_or_trailing_slashes() {
        assertThat(PrerenderedPages.routePath(null)).isEmpty();
        assertThat(PrerenderedPages.routePath("/")).isEmpty();
        assertThat(PrerenderedPages.routePath("/signs/")).isEqualTo("signs");
        assertThat(PrerenderedPages.routePath("//signs/two-phones")).isEqualTo("signs/two-phones");
    }
}
