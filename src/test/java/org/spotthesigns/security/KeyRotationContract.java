package org.spotthesigns.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.spotthesigns.Application;
import org.spotthesigns.reporting.ReportDraft;
import org.spotthesigns.reporting.ReportDrafts;
import org.spotthesigns.reporting.ReportService;
import org.spotthesigns.security.internal.AccountRecord;
import org.spotthesigns.security.internal.AccountRepository;
import org.spotthesigns.security.internal.Keyring;
import org.spotthesigns.security.internal.KeysInUse;
import org.spotthesigns.security.internal.ResealJob;
import org.spotthesigns.security.internal.SealedBeforeKeyIds;
import org.spotthesigns.shared.FieldCipher;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A key rotation from end to end on one database: values sealed with key a (and one from before
 * key ids, sealed with the single key of old), key b added to the key directory while the portal
 * runs, the re-seal job moving every value to b, a start without b refused with what to do, and a
 * start with b alone reading everything.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class KeyRotationContract {

    private static final String LEGACY = key(7);
    private static final String A = key(1);
    private static final String B = key(2);
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    /** Arguments that point the portal at a database of this test's own, emptied first. */
    abstract List<String> database();

    @Test
    void values_move_to_a_new_key_and_the_old_one_can_be_removed(@TempDir Path keys, CapturedOutput output)
            throws Exception {
        Files.writeString(keys.resolve("a"), A);
        Files.writeString(keys.resolve("active"), "a");
        Map<String, String> expected;
        String moderator = "keys" + UUID.randomUUID().toString().substring(0, 8);
        try (ConfigurableApplicationContext portal = start(keys, "--spotthesigns.contact-details.key=" + LEGACY)) {
            JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
            ReportService reports = portal.getBean(ReportService.class);
            String first = send(reports);
            send(reports);
            // a value stored before key ids, sealed with the single key
            jdbc.update(
                    "update report set contact_phone = ? where reference = ?",
                    SealedBeforeKeyIds.seal(LEGACY, "07700 900111"),
                    first);
            AccountRecord account = new AccountRecord(moderator, "{noop}x", Role.MODERATOR, Instant.now());
            account.enrolSecondFactor(SECRET, 1);
            portal.getBean(AccountRepository.class).save(account);

            assertThat(stored(jdbc))
                    .hasSize(9)
                    .filteredOn(value -> value.startsWith("v1:a:"))
                    .hasSize(8);
            assertThat(jdbc.queryForObject("select contact_phone from report where reference = ?", String.class, first))
                    .doesNotStartWith("v1:");
            assertThat(portal.getBean(KeysInUse.class).count())
                    .containsEntry("a", Map.of("contact details", 7L, "second-factor secrets", 1L))
                    .containsEntry("legacy", Map.of("contact details", 1L));

            Files.writeString(keys.resolve("b"), B);
            Files.writeString(keys.resolve("active"), "b");
            portal.getBean(Keyring.class).reload();
            send(reports);

            List<ResealJob.Resealed> run = portal.getBean(ResealJob.class).reseal();

            assertThat(run)
                    .containsExactlyInAnyOrder(
                            new ResealJob.Resealed("contact details", 8, 0),
                            new ResealJob.Resealed("second-factor secrets", 1, 0));
            assertThat(stored(jdbc))
                    .hasSize(13)
                    .allSatisfy(value -> assertThat(value).startsWith("v1:b:"));
            assertThat(portal.getBean(KeysInUse.class).count())
                    .containsEntry("a", Map.of())
                    .containsEntry("legacy", Map.of())
                    .containsEntry("b", Map.of("contact details", 12L, "second-factor secrets", 1L));
            assertThat(jdbc.queryForList(
                            "select after_value from audit_event where action = 'values-resealed'", String.class))
                    .containsExactly(
                            "with key b: contact details: 8 re-sealed, 0 could not be opened; second-factor secrets: "
                                    + "1 re-sealed, 0 could not be opened");
            assertThat(output).contains("key a seals 0 values, can be removed");
            expected = opened(jdbc, portal.getBean(FieldCipher.class));
            assertThat(expected.values()).contains("Sam", "07700 900111", "07700 900456", SECRET);
        }

        Files.delete(keys.resolve("b"));
        Files.writeString(keys.resolve("active"), "a");
        assertThatThrownBy(() -> start(keys)).hasMessageContaining("Stored values are sealed with key b");
        assertThat(output).contains("Put key b back into the keyring");

        Files.delete(keys.resolve("a"));
        Files.writeString(keys.resolve("b"), B);
        Files.writeString(keys.resolve("active"), "b");
        try (ConfigurableApplicationContext portal = start(keys)) {
            assertThat(opened(portal.getBean(JdbcTemplate.class), portal.getBean(FieldCipher.class)))
                    .isEqualTo(expected);
            assertThat(portal.getBean(AccountRepository.class)
                            .findByUsername(moderator)
                            .orElseThrow()
                            .getTotpSecret())
                    .isEqualTo(SECRET);
        }
    }

    private ConfigurableApplicationContext start(Path keys, String... more) {
        List<String> arguments = new ArrayList<>(database());
        arguments.addAll(List.of(
                "--server.port=0",
                "--spotthesigns.keys.directory=" + keys,
                "--spotthesigns.contact-details.development-key-file=",
                "--spotthesigns.keys.reload-interval=PT1H",
                "--spotthesigns.keys.reseal-interval=PT1H",
                "--spotthesigns.keys.reseal-batch=2",
                "--spotthesigns.follow-up.key-hash-strength=4",
                "--spotthesigns.rate-limits.reports-per-hour=100000",
                "--spotthesigns.rate-limits.client-key-secret=for this test only"));
        arguments.addAll(more.length > 0 ? Arrays.asList(more) : List.of("--spotthesigns.contact-details.key="));
        return new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new));
    }

    private static String send(ReportService reports) {
        ReportDraft draft = ReportDrafts.complete(Instant.now());
        return reports.submit(draft, UUID.randomUUID().toString()).reference().value();
    }

    /** Every sealed value as stored, after checking that none holds the words in clear. */
    private static List<String> stored(JdbcTemplate jdbc) {
        List<String> values = new ArrayList<>();
        for (Map<String, Object> row :
                jdbc.queryForList("select contact_name, contact_phone, contact_email, contact_notes from report")) {
            row.values().forEach(value -> values.add((String) value));
        }
        values.addAll(jdbc.queryForList(
                "select totp_secret from moderator_account where totp_secret is not null", String.class));
        for (String value : values) {
            assertThat(value).doesNotContain("Sam", "07700", "example.org", "Weekday", "JBSWY");
        }
        return values;
    }

    private static Map<String, String> opened(JdbcTemplate jdbc, FieldCipher cipher) {
        Map<String, String> opened = new java.util.TreeMap<>();
        for (Map<String, Object> row : jdbc.queryForList(
                "select reference, contact_name, contact_phone, contact_email, contact_notes from report")) {
            String reference = (String) row.get("reference");
            for (String column : List.of("contact_name", "contact_phone", "contact_email", "contact_notes")) {
                opened.put(reference + " " + column, cipher.decrypt((String) row.get(column)));
            }
        }
        jdbc.query("select username, totp_secret from moderator_account where totp_secret is not null", row -> {
            opened.put(row.getString(1), cipher.decrypt(row.getString(2)));
        });
        return opened;
    }

    private static String key(int fill) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) fill);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
