package org.spotthesigns.guidance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.spotthesigns.guidance.GuidancePage;
import org.spotthesigns.guidance.GuidancePage.Section;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Pages for young people must read easily: reading age about 9 to 11. */
class YoungPeoplesPagesTest {

    private static final double EASY_READING = 70;

    private final ContentLibrary content = new ContentLoader(new PathMatchingResourcePatternResolver())
            .load(Path.of("content").toUri().toString());

    @Test
    void every_help_page_scores_at_least_70_for_reading_ease() {
        List<GuidancePage> pages = content.pages(Section.HELP, Locale.UK);

        assertThat(pages).hasSizeGreaterThanOrEqualTo(4).allSatisfy(page -> {
            double score = ReadingEase.of(page.title() + ".\n" + page.summary() + "\n" + page.text());
            assertThat(score)
                    .as("reading ease of content/en/help/%s.md", page.id())
                    .isGreaterThanOrEqualTo(EASY_READING);
        });
    }

    @Test
    void a_page_gives_steps_to_keep_a_visit_private_in_each_common_phone_browser() {
        GuidancePage page =
                content.page(Section.HELP, "keep-your-visit-private", Locale.UK).orElseThrow();

        assertThat(page.text())
                .contains("Chrome", "Android", "Safari", "iPhone", "Samsung Internet", "History", "private");
    }
}
