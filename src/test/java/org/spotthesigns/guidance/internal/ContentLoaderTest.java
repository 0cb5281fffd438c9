package org.spotthesigns.guidance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spotthesigns.guidance.Choice;
import org.spotthesigns.guidance.GuidancePage;
import org.spotthesigns.guidance.GuidancePage.Audience;
import org.spotthesigns.guidance.GuidancePage.Section;
import org.spotthesigns.guidance.InvalidContentException;
import org.spotthesigns.guidance.Signpost;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Content files are checked at start-up: a broken one names its file, its line and the problem. */
class ContentLoaderTest {

    @TempDir
    Path root;

    private final ContentLoader loader = new ContentLoader(new PathMatchingResourcePatternResolver());

    @BeforeEach
    void writeSmallestValidSite() throws IOException {
        write("en/signs/two-phones.md", page("two-phones", "Carrying two phones", 20, "[lots-of-cash]"));
        write("en/signs/lots-of-cash.md", page("lots-of-cash", "Carrying lots of cash", 10, "[]"));
        write("en/places/banks.md", page("banks", "Banks", 10, "[lots-of-cash]"));
        write("en/help/not-your-fault.md", page("not-your-fault", "It is not your fault", 10, "[]"));
        for (String id : ContentLoader.REQUIRED_PAGES) {
            write("en/pages/" + id + ".md", page(id, "Page " + id, 10, "[]"));
        }
        write("en/options/place-kinds.yml", """
                options:
                  - id: banks
                    label: A bank
                    place: banks
                  - id: online
                    label: Online
                """);
        write("en/options/areas.yml", """
                options:
                  - id: leicester
                    label: Leicester
                """);
        write("en/options/agencies.yml", """
                options:
                  - id: police
                    label: Police
                """);
        write("en/options/towns.yml", """
                options:
                  - {id: leicester, label: "Leicester", area: leicester}
                  - id: narborough
                    label: Narborough
                    area: leicester
                """);
        write("en/options/routes.yml", ROUTES);
    }

    private static final String ROUTES = """
            # where to go first
            routes:
              - id: danger-now
                situation: Someone is in danger right now
                advice: Call 999 first.
                links:
                  - text: Call 999
                    href: tel:999
                first-step: when-in-danger
              - id: online
                situation: Abuse online
                advice: Report it to them.
                links:
                  - text: Report online
                    href: https://www.example.org/report/
                  - text: Or call
                    href: tel:08001111
                first-step: always
            """;

    @Test
    void a_valid_site_is_loaded_in_the_order_its_files_set() {
        ContentLibrary library = load();

        assertThat(library.pages(Section.SIGNS, Locale.UK))
                .extracting(GuidancePage::id)
                .containsExactly("lots-of-cash", "two-phones");
        GuidancePage sign = library.page(Section.SIGNS, "two-phones", Locale.UK).orElseThrow();
        assertThat(sign.title()).isEqualTo("Carrying two phones");
        assertThat(sign.audience()).isEqualTo(Audience.EVERYONE);
        assertThat(sign.relatedSigns()).containsExactly("lots-of-cash");
        assertThat(sign.path()).isEqualTo("/signs/two-phones");
        assertThat(sign.html()).contains("<h2>What it looks like</h2>");
        assertThat(library.choices("place-kinds", Locale.UK))
                .extracting(c -> c.placePage())
                .containsExactly("banks", null);
    }

    @Test
    void the_packaged_content_holds_the_signs_places_and_help_pages_the_site_promises() {
        ContentLibrary library = loader.load(Path.of("content").toUri().toString());

        assertThat(library.pages(Section.SIGNS, Locale.UK))
                .extracting(GuidancePage::id)
                .contains(
                        "anxious-or-lost",
                        "travelling-alone",
                        "two-phones",
                        "lots-of-cash",
                        "under-the-influence",
                        "controlled-by-others",
                        "begging");
        assertThat(library.pages(Section.PLACES, Locale.UK)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(library.pages(Section.HELP, Locale.UK))
                .extracting(GuidancePage::id)
                .contains("am-i-being-exploited", "not-your-fault", "who-to-talk-to", "what-happens-if-i-tell");
        assertThat(library.pages(Section.HELP, Locale.UK)).allMatch(page -> page.audience() == Audience.YOUNG_PEOPLE);
        assertThat(library.choices("areas", Locale.UK)).isNotEmpty();
        assertThat(library.signposts(Locale.UK))
                .as("the right place first: danger now, online sexual abuse, a young person asking for themselves")
                .extracting(Signpost::id)
                .containsExactly("danger-now", "online-sexual-abuse", "young-person-asking-for-themselves");
        assertThat(library.signposts(Locale.UK))
                .flatExtracting(Signpost::links)
                .extracting(Signpost.Link::href)
                .containsExactly(
                        "tel:999",
                        "https://www.ceop.police.uk/Safety-Centre/",
                        "tel:08001111",
                        "https://www.fearless.org");
        assertThat(library.signposts(Locale.UK).get(0).firstStep()).isEqualTo(Signpost.FirstStep.WHEN_IN_DANGER);
    }

    @Test
    void the_routes_are_read_in_their_order_with_their_links_and_a_translation_without_them_reads_english()
            throws IOException {
        ContentLibrary library = load();

        assertThat(library.signposts(Locale.UK)).hasSize(2);
        Signpost online = library.signposts(Locale.UK).get(1);
        assertThat(online.situation()).isEqualTo("Abuse online");
        assertThat(online.links())
                .containsExactly(
                        new Signpost.Link("Report online", "https://www.example.org/report/"),
                        new Signpost.Link("Or call", "tel:08001111"));
        assertThat(online.firstStep()).isEqualTo(Signpost.FirstStep.ALWAYS);
        assertThat(library.signposts(Locale.of("cy", "GB"))).isEqualTo(library.signposts(Locale.UK));
    }

    @Test
    void a_missing_routes_file_is_named() throws IOException {
        Files.delete(root.resolve("en/options/routes.yml"));

        assertThatThrownBy(this::load)
                .isInstanceOf(InvalidContentException.class)
                .hasMessageStartingWith("content/en/options/routes.yml: this list is missing");
    }

    @Test
    void a_route_link_that_is_neither_a_number_nor_an_https_address_names_its_line() throws IOException {
        write(
                "en/options/routes.yml",
                ROUTES.replace("href: https://www.example.org/report/", "href: javascript:alert(1)"));

        assertThatThrownBy(this::load)
                .hasMessageContaining("routes.yml:15: the link 'javascript:alert(1)' must be tel: and digits");
    }

    @Test
    void a_route_without_advice_or_with_an_unknown_first_step_or_field_names_its_line() throws IOException {
        write("en/options/routes.yml", ROUTES.replace("    advice: Report it to them.\n", ""));
        assertThatThrownBy(this::load).hasMessageContaining("routes.yml:10: the route has no 'advice'");

        write("en/options/routes.yml", ROUTES.replace("first-step: always", "first-step: sometimes"));
        assertThatThrownBy(this::load)
                .hasMessageContaining("routes.yml:18: the first-step must be one of always, when-in-danger, never");

        write("en/options/routes.yml", ROUTES.replace("situation: Abuse online", "situaton: Abuse online"));
        assertThatThrownBy(this::load).hasMessageContaining("routes.yml:11: unknown field 'situaton'");
    }

    @Test
    void each_town_names_its_area() {
        ContentLibrary library = load();

        assertThat(library.choices("towns", Locale.UK))
                .extracting(c -> c.id() + ":" + c.area())
                .containsExactly("leicester:leicester", "narborough:leicester");
    }

    @Test
    void a_town_in_an_unknown_area_names_the_file_and_line() throws IOException {
        write("en/options/towns.yml", """
                options:
                  - {id: leicester, label: "Leicester", area: leicester}
                  - {id: loughborough, label: "Loughborough", area: charnwod}
                """);

        assertThatThrownBy(this::load)
                .isInstanceOf(InvalidContentException.class)
                .hasMessageStartingWith("content/en/options/towns.yml:3: unknown area 'charnwod'");
    }

    @Test
    void a_town_without_an_area_names_the_file_and_line() throws IOException {
        write("en/options/towns.yml", """
                options:
                  - {id: leicester, label: "Leicester", area: leicester}

                  - id: oakham
                    label: Oakham
                """);

        assertThatThrownBy(this::load)
                .isInstanceOf(InvalidContentException.class)
                .hasMessage(
                        "content/en/options/towns.yml:4: the place 'oakham' needs 'area': the id of its district in areas.yml");
    }

    @Test
    void a_town_listed_twice_names_the_file_and_line() throws IOException {
        write("en/options/towns.yml", """
                options:
                  - {id: leicester, label: "Leicester", area: leicester}
                  - {id: leicester, label: "Leicester again", area: leicester}
                """);

        assertThatThrownBy(this::load)
                .isInstanceOf(InvalidContentException.class)
                .hasMessage("content/en/options/towns.yml:3: the option id 'leicester' is not a unique lower-case id");
    }

    @Test
    void the_packaged_towns_cover_the_county_and_lie_in_its_areas() {
        ContentLibrary library = loader.load(Path.of("content").toUri().toString());

        var towns = library.choices("towns", Locale.UK);
        assertThat(towns).hasSizeGreaterThan(150);
        assertThat(towns)
                .extracting(c -> c.label() + ":" + c.area())
                .contains(
                        "Leicester:leicester",
                        "Loughborough:charnwood",
                        "Market Harborough:harborough",
                        "Hinckley:hinckley-and-bosworth",
                        "Melton Mowbray:melton",
                        "Coalville:north-west-leicestershire",
                        "Oadby:oadby-and-wigston",
                        "Narborough:blaby",
                        "Oakham:rutland",
                        "Uppingham:rutland");
        // every area of the county has its towns, and the list ends with the two ways out
        assertThat(towns.stream().map(c -> c.area()).distinct())
                .containsAll(library.choices("areas", Locale.UK).stream()
                        .map(c -> c.id())
                        .toList());
        assertThat(towns.subList(towns.size() - 2, towns.size()))
                .extracting(c -> c.area())
                .containsExactly("outside-the-area", "not-sure");
    }

    @Test
    void a_missing_title_names_the_file() throws IOException {
        write("en/signs/two-phones.md", """
                ---
                id: two-phones
                summary: s
                order: 1
                audience: everyone
                ---
                Text.
                """);

        assertThatThrownBy(this::load)
                .isInstanceOf(InvalidContentException.class)
                .hasMessage("content/en/signs/two-phones.md: the required field 'title' is missing");
    }

    @Test
    void an_unknown_related_sign_names_the_file_and_its_line() throws IOException {
        write("en/places/banks.md", """
                ---
                id: banks
                title: Banks
                summary: s
                order: 1
                audience: workers
                related-signs:
                  - lots-of-cash
                  - three-phones
                ---
                Text.
                """);

        assertThatThrownBy(this::load)
                .isInstanceOf(InvalidContentException.class)
                .hasMessageStartingWith("content/en/places/banks.md:9: unknown related sign 'three-phones'")
                .satisfies(e -> assertThat(((InvalidContentException) e).line()).isEqualTo(9));
    }

    @Test
    void front_matter_that_is_not_yaml_names_the_line() throws IOException {
        write("en/signs/lots-of-cash.md", """
                ---
                id: lots-of-cash
                title: [unclosed
                summary: s
                ---
                Text.
                """);

        assertThatThrownBy(this::load)
                .isInstanceOf(InvalidContentException.class)
                .hasMessageStartingWith("content/en/signs/lots-of-cash.md:")
                .hasMessageContaining("the YAML cannot be read");
    }

    @Test
    void a_file_without_front_matter_is_refused() throws IOException {
        write("en/help/not-your-fault.md", "Just text.\n");

        assertThatThrownBy(this::load)
                .hasMessage(
                        "content/en/help/not-your-fault.md:1: the file must start with front matter between two '---' lines");
    }

    @Test
    void a_misspelt_field_is_refused_rather_than_ignored() throws IOException {
        write("en/signs/lots-of-cash.md", page("lots-of-cash", "Cash", 1, "[]").replace("summary:", "sumary:"));

        assertThatThrownBy(this::load).hasMessageContaining("lots-of-cash.md:4: unknown field 'sumary'");
    }

    @Test
    void the_id_must_be_the_file_name() throws IOException {
        write("en/signs/lots-of-cash.md", page("much-cash", "Cash", 1, "[]"));

        assertThatThrownBy(this::load)
                .hasMessageContaining("lots-of-cash.md:2: the id 'much-cash' must be the file name");
    }

    @Test
    void an_order_that_is_not_a_number_is_refused() throws IOException {
        write("en/signs/lots-of-cash.md", page("lots-of-cash", "Cash", 1, "[]").replace("order: 1", "order: first"));

        assertThatThrownBy(this::load)
                .hasMessageContaining("lots-of-cash.md:5: the field 'order' must be a whole number");
    }

    @Test
    void an_unknown_audience_is_refused() throws IOException {
        write(
                "en/signs/lots-of-cash.md",
                page("lots-of-cash", "Cash", 1, "[]").replace("audience: everyone", "audience: adults"));

        assertThatThrownBy(this::load).hasMessageContaining("lots-of-cash.md:6: the audience must be one of");
    }

    @Test
    void a_top_level_heading_in_the_body_names_its_line() throws IOException {
        write("en/signs/lots-of-cash.md", page("lots-of-cash", "Cash", 1, "[]") + "\n# A second title\n");

        assertThatThrownBy(this::load).hasMessageContaining("lots-of-cash.md:13: use '##' headings");
    }

    @Test
    void raw_html_in_the_body_is_refused() throws IOException {
        write("en/signs/lots-of-cash.md", page("lots-of-cash", "Cash", 1, "[]") + "\n<script>alert(1)</script>\n");

        assertThatThrownBy(this::load).hasMessageContaining("lots-of-cash.md:13: raw HTML is not allowed");
    }

    @Test
    void a_link_to_a_page_the_portal_does_not_have_is_refused() throws IOException {
        write(
                "en/signs/lots-of-cash.md",
                page("lots-of-cash", "Cash", 1, "[]") + "\nSee [this](/signs/three-phones).\n");

        assertThatThrownBy(this::load)
                .hasMessageContaining("lots-of-cash.md:13: the link '/signs/three-phones' points to no page");
    }

    @Test
    void links_to_sections_pages_and_phone_numbers_are_accepted() throws IOException {
        write(
                "en/signs/lots-of-cash.md",
                page("lots-of-cash", "Cash", 1, "[]")
                        + "\n[All signs](/signs), [report](/report?sign=lots-of-cash), [call](tel:101), [banks](/where-it-happens/banks).\n");

        assertThat(load().page(Section.SIGNS, "lots-of-cash", Locale.UK)
                        .orElseThrow()
                        .html())
                .contains("href=\"tel:101\"", "href=\"/where-it-happens/banks\"");
    }

    @Test
    void a_missing_option_list_is_named() throws IOException {
        Files.delete(root.resolve("en/options/areas.yml"));

        assertThatThrownBy(this::load)
                .hasMessage("content/en/options/areas.yml: this option list is missing: the portal needs it");
    }

    @Test
    void an_option_pointing_to_an_unknown_place_names_its_line() throws IOException {
        write("en/options/place-kinds.yml", """
                options:
                  - id: banks
                    label: A bank
                    place: bank
                """);

        assertThatThrownBy(this::load).hasMessageContaining("place-kinds.yml:4: unknown place 'bank'");
    }

    @Test
    void a_translation_falls_back_to_english_page_by_page() throws IOException {
        write("cy/signs/two-phones.md", translated(page("two-phones", "Cario dau ffôn", 20, "[lots-of-cash]"), false));

        ContentLibrary library = load();
        Locale welsh = Locale.of("cy", "GB");

        assertThat(library.pages(Section.SIGNS, welsh))
                .extracting(GuidancePage::title, GuidancePage::reviewed)
                .containsExactly(tuple("Carrying lots of cash", true), tuple("Cario dau ffôn", false));
        assertThat(library.choices("areas", welsh)).extracting(c -> c.label()).containsExactly("Leicester");
    }

    @Test
    void a_translation_without_an_english_page_is_refused() throws IOException {
        write("cy/signs/three-phones.md", translated(page("three-phones", "Tri ffôn", 20, "[]"), false));

        assertThatThrownBy(this::load)
                .hasMessageContaining("content/cy/signs/three-phones.md: a translation needs an English page");
    }

    @Test
    void a_translated_option_the_english_list_lacks_names_the_line_of_its_id() throws IOException {
        write("cy/options/agencies.yml", """
                options:
                  - id: police
                    label: Heddlu
                  - label: Ysgol
                    id: school
                """);

        assertThatThrownBy(this::load)
                .isInstanceOf(InvalidContentException.class)
                .hasMessageStartingWith(
                        "content/cy/options/agencies.yml:5: the option id 'school' is not in the English list");
    }

    @Test
    void a_translated_option_list_english_does_not_have_is_refused() throws IOException {
        write("cy/options/colours.yml", """
                options:
                  - id: red
                    label: Coch
                """);

        assertThatThrownBy(this::load)
                .hasMessage("content/cy/options/colours.yml: a translated option list needs an English list "
                        + "with the same file name in content/en/options");
    }

    @Test
    void a_translated_option_with_another_place_or_area_than_english_names_its_line() throws IOException {
        write("cy/options/place-kinds.yml", """
                options:
                  - id: online
                    label: Ar-lein
                  - id: banks
                    label: Banc
                """);
        assertThatThrownBy(this::load)
                .hasMessage("content/cy/options/place-kinds.yml:4: the option 'banks' must name the same place and "
                        + "area as in English (place: banks, area: none)");

        write("cy/options/place-kinds.yml", """
                options:
                  - {id: banks, label: Banc, place: banks}
                  - {id: online, label: Ar-lein}
                """);
        write("cy/options/towns.yml", """
                options:
                  - {id: leicester, label: "Caerlŷr", area: leicester}
                  - {id: narborough, label: Narborough, area: narborough}
                """);
        assertThatThrownBy(this::load)
                .hasMessage("content/cy/options/towns.yml:3: the option 'narborough' must name the same place and "
                        + "area as in English (place: none, area: leicester)");
    }

    @Test
    void an_option_a_translated_list_does_not_hold_yet_reads_in_english_in_englishs_order() throws IOException {
        write("cy/options/place-kinds.yml", """
                options:
                  - {id: banks, label: Banc, place: banks}
                """);

        assertThat(load().choices("place-kinds", Locale.of("cy")))
                .extracting(Choice::id, Choice::label)
                .isEqualTo(load().choices("place-kinds", Locale.UK).stream()
                        .map(choice -> tuple(choice.id(), choice.id().equals("banks") ? "Banc" : choice.label()))
                        .toList());
    }

    @Test
    void a_translated_route_english_lacks_names_the_line_of_its_id() throws IOException {
        write("cy/options/routes.yml", ROUTES + """
                  - id: lost-pet
                    situation: Anifail ar goll
                    advice: Ffoniwch y cyngor.
                    links:
                      - text: Ffoniwch
                        href: tel:101
                    first-step: never
                """);

        assertThatThrownBy(this::load)
                .hasMessageStartingWith(
                        "content/cy/options/routes.yml:19: the route id 'lost-pet' is not in the English routes.yml");
    }

    @Test
    void a_translated_route_keeps_englishs_numbers_addresses_and_first_step_or_names_the_line() throws IOException {
        write("cy/options/routes.yml", ROUTES.replace("Abuse online", "Cam-drin ar-lein"));
        assertThat(load().signposts(Locale.of("cy")).get(1).situation()).isEqualTo("Cam-drin ar-lein");

        write("cy/options/routes.yml", ROUTES.replace("href: tel:08001111", "href: tel:08001112"));
        assertThatThrownBy(this::load)
                .hasMessageStartingWith(
                        "content/cy/options/routes.yml:17: the link 'tel:08001112' must be 'tel:08001111' as in English");

        write("cy/options/routes.yml", ROUTES.replace("""
                      - text: Or call
                        href: tel:08001111
                """, ""));
        assertThatThrownBy(this::load)
                .hasMessage("content/cy/options/routes.yml:14: the route needs the 2 links it has in English");

        write("cy/options/routes.yml", ROUTES.replace("first-step: when-in-danger", "first-step: always"));
        assertThatThrownBy(this::load)
                .hasMessageStartingWith(
                        "content/cy/options/routes.yml:9: the first-step must be 'when-in-danger' as in English");
    }

    @Test
    void a_route_a_translation_does_not_hold_yet_still_shows_in_english() throws IOException {
        write("cy/options/routes.yml", ROUTES.substring(0, ROUTES.indexOf("  - id: online")));

        assertThat(load().signposts(Locale.of("cy")))
                .extracting(Signpost::id)
                .isEqualTo(
                        load().signposts(Locale.UK).stream().map(Signpost::id).toList());
    }

    @Test
    void a_translated_page_may_link_to_any_english_page_but_not_to_one_english_lacks() throws IOException {
        String welsh = translated(page("two-phones", "Cario dau ffôn", 20, "[]"), false);
        write("cy/signs/two-phones.md", welsh + "\nGweler [arian](/signs/lots-of-cash).\n");
        assertThat(load().page(Section.SIGNS, "two-phones", Locale.of("cy"))
                        .orElseThrow()
                        .html())
                .contains("href=\"/signs/lots-of-cash\"");

        write("cy/signs/two-phones.md", welsh + "\nGweler [tri](/signs/three-phones).\n");
        assertThatThrownBy(this::load)
                .hasMessage("content/cy/signs/two-phones.md:14: the link '/signs/three-phones' points to no page "
                        + "of the portal");
    }

    @Test
    void a_translation_says_whether_a_native_speaker_has_reviewed_it_and_an_original_does_not() throws IOException {
        write("cy/signs/two-phones.md", page("two-phones", "Cario dau ffôn", 20, "[]"));
        assertThatThrownBy(this::load)
                .hasMessage("content/cy/signs/two-phones.md: the required field 'reviewed' is missing");

        write("cy/signs/two-phones.md", translated(page("two-phones", "Cario dau ffôn", 20, "[]"), true));
        assertThat(load().page(Section.SIGNS, "two-phones", Locale.of("cy")))
                .hasValueSatisfying(page -> assertThat(page.reviewed()).isTrue());

        write(
                "cy/signs/two-phones.md",
                page("two-phones", "Cario dau ffôn", 20, "[]").replace("order:", "reviewed: yes\norder:"));
        assertThatThrownBy(this::load)
                .hasMessage("content/cy/signs/two-phones.md:5: the field 'reviewed' must be true or false, not 'yes'");

        write("cy/signs/two-phones.md", translated(page("two-phones", "Cario dau ffôn", 20, "[]"), false));
        write("en/signs/lots-of-cash.md", translated(page("lots-of-cash", "Carrying lots of cash", 10, "[]"), true));
        assertThatThrownBy(this::load)
                .hasMessage("content/en/signs/lots-of-cash.md:5: only a translation says whether it has been reviewed");
    }

    @Test
    void any_edit_changes_the_fingerprint() throws IOException {
        String before = load().fingerprint();
        write("en/signs/lots-of-cash.md", page("lots-of-cash", "Carrying a lot of cash", 10, "[]"));

        assertThat(load().fingerprint()).isNotEqualTo(before).hasSize(64);
    }

    private ContentLibrary load() {
        return loader.load(root.toUri().toString());
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** A page with the front matter a translation needs. */
    private static String translated(String page, boolean reviewed) {
        return page.replace("order:", "reviewed: " + reviewed + "\norder:");
    }

    private static String page(String id, String title, int order, String related) {
        return """
                ---
                id: %s
                title: %s
                summary: A one-line summary.
                order: %d
                audience: everyone
                related-signs: %s
                ---
                ## What it looks like

                Some words.
                """.formatted(id, title, order, related);
    }
}
