package org.spotthesigns.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class ReaderDocumentsTest {

    @Test
    void a_guidance_page_is_never_stored_by_a_browser_and_held_by_shared_caches_for_the_configured_time() {
        assertThat(ReaderDocuments.cachingHeaders(true, 60))
                .containsExactly(
                        entry("Cache-Control", "no-store"),
                        entry("CDN-Cache-Control", "max-age=60"),
                        entry("Surrogate-Control", "max-age=60"));
    }

    @Test
    void no_cache_holds_a_guidance_page_when_the_time_is_zero_nor_ever_the_not_found_page() {
        assertThat(ReaderDocuments.cachingHeaders(true, 0)).containsOnlyKeys("Cache-Control");
        assertThat(ReaderDocuments.cachingHeaders(false, 60)).containsOnlyKeys("Cache-Control");
    }

    @Test
    void a_negative_time_stops_start_up() {
        assertThatThrownBy(() -> new GuidanceCacheProperties(-1))
                .hasMessageContaining("spotthesigns.guidance.shared-cache-seconds");
    }
}
