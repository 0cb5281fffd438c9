package org.spotthesigns.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spotthesigns.Application;
import org.spotthesigns.guidance.GuidancePage.Section;
import org.spotthesigns.guidance.internal.ContentReleaseRepository;
import org.spotthesigns.guidance.internal.ContentReleases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The portal starts on its embedded H2 file database with the packaged content published. */
@SpringBootTest
@ActiveProfiles("test")
class GuidanceServiceIntegrationTest {

    @Autowired
    GuidanceService guidance;

    @Autowired
    ContentReleases releases;

    @Autowired
    ContentReleaseRepository repository;

    @Test
    void start_up_publishes_the_packaged_content_and_records_its_release() {
        ContentRelease release = guidance.currentRelease();

        assertThat(guidance.signs(Locale.UK)).hasSizeGreaterThanOrEqualTo(7);
        assertThat(guidance.places(Locale.UK)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(guidance.page(Section.SIGNS, "two-phones", Locale.UK)).isPresent();
        assertThat(guidance.placeKinds(Locale.UK)).isNotEmpty();
        assertThat(repository.findByFingerprint(release.fingerprint())).isPresent();
    }

    @Test
    void publishing_the_same_content_again_keeps_its_first_date() {
        ContentRelease release = guidance.currentRelease();

        var again = releases.publish(release.fingerprint(), 1);

        assertThat(again.getFirstPublished()).isEqualTo(release.firstPublished());
        assertThat(repository.findAll())
                .filteredOn(r -> r.getFingerprint().equals(release.fingerprint()))
                .hasSize(1);
    }

    @Test
    void a_broken_content_file_stops_start_up_naming_the_file(@TempDir Path content) throws IOException {
        Path sign = content.resolve("en/signs/two-phones.md");
        Files.createDirectories(sign.getParent());
        Files.writeString(sign, "---\nid: two-phones\nsummary: no title\norder: 1\naudience: everyone\n---\nText.\n");

        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                        .profiles("test")
                        .run("--spotthesigns.content.location=" + content.toUri(), "--server.port=0")
                        .close())
                .hasRootCauseInstanceOf(InvalidContentException.class)
                .rootCause()
                .hasMessage("content/en/signs/two-phones.md: the required field 'title' is missing");
    }
}
