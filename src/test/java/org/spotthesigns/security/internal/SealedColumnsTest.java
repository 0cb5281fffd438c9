package org.spotthesigns.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.spotthesigns.security.ContactDetailsProperties;
import org.spotthesigns.security.KeyProperties;
import org.spotthesigns.shared.SealedColumns;
import org.spotthesigns.shared.SealedValues.Batch;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Counting and re-sealing a table's sealed columns in SQL, on an in-memory H2 table. */
class SealedColumnsTest {

    private final JdbcTemplate jdbc = new JdbcTemplate(
            new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));

    SealedColumnsTest() {
        jdbc.execute("create table sealed (id bigint primary key, name varchar(200), phone varchar(200))");
    }

    @Test
    void values_from_before_key_ids_get_a_header_when_the_legacy_key_is_still_the_active_one() throws Exception {
        Keyring legacy = keyring(Map.of(), null, KeyringTest.ZEROS);
        jdbc.update("insert into sealed values (1, ?, null)", SealedBeforeKeyIds.seal(KeyringTest.ZEROS, "one"));
        jdbc.update("insert into sealed values (2, ?, ?)", legacy.encrypt("two"), legacy.encrypt("three"));
        SealedColumns sealed = columns(legacy);

        assertThat(sealed.countByKey()).isEqualTo(Map.of("legacy", 3L));
        Batch batch = sealed.resealAfter(0, 10);

        assertThat(batch).isEqualTo(new Batch(1, 1, 1, 0));
        assertThat(jdbc.queryForObject("select name from sealed where id = 1", String.class))
                .startsWith("v1:legacy:")
                .satisfies(value -> assertThat(legacy.decrypt(value)).isEqualTo("one"));
    }

    @Test
    void a_key_that_is_not_in_the_keyring_is_counted_under_its_own_id() {
        Keyring other = keyring(Map.of("c", KeyringTest.ONES), "c", null);
        Keyring ring = keyring(Map.of("a", KeyringTest.ZEROS), "a", null);
        jdbc.update("insert into sealed values (1, ?, ?)", ring.encrypt("one"), other.encrypt("two"));
        jdbc.update("insert into sealed values (2, null, ?)", other.encrypt("three"));
        SealedColumns sealed = columns(ring);

        assertThat(sealed.countByKey()).isEqualTo(Map.of("a", 1L, "c", 2L));
        assertThat(sealed.resealAfter(0, 1)).isEqualTo(new Batch(1, 1, 0, 1));
    }

    @Test
    void batches_walk_the_table_in_id_order_and_stop_when_none_are_left() {
        Keyring before = keyring(Map.of("a", KeyringTest.ZEROS), "a", null);
        for (int id = 1; id <= 5; id++) {
            jdbc.update("insert into sealed values (?, ?, null)", id, before.encrypt("value " + id));
        }
        Keyring after = keyring(Map.of("a", KeyringTest.ZEROS, "b", KeyringTest.ONES), "b", null);
        SealedColumns sealed = columns(after);

        assertThat(sealed.resealAfter(0, 2)).isEqualTo(new Batch(2, 2, 2, 0));
        assertThat(sealed.resealAfter(2, 2)).isEqualTo(new Batch(4, 2, 2, 0));
        assertThat(sealed.resealAfter(4, 2)).isEqualTo(new Batch(5, 1, 1, 0));
        assertThat(sealed.resealAfter(0, 2)).isEqualTo(new Batch(0, 0, 0, 0));
        assertThat(sealed.countByKey()).isEqualTo(Map.of("a", 0L, "b", 5L));
    }

    private SealedColumns columns(Keyring cipher) {
        return new SealedColumns("things", "sealed", "id", List.of("name", "phone"), jdbc, cipher);
    }

    private static Keyring keyring(Map<String, String> keys, @Nullable String active, @Nullable String singleKey) {
        return new Keyring(
                new KeyProperties(null, active, keys, Duration.ofMinutes(1), Duration.ofMinutes(10), 100),
                new ContactDetailsProperties(singleKey, null));
    }
}
