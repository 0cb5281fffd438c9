package org.spotthesigns.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sealed columns of one table, counted and re-sealed in plain SQL that H2 and PostgreSQL both
 * run: the key id is the start of each stored value ({@code v1:<id>:}), so a count per key is a
 * {@code like} on the header and a batch to re-seal is found through the primary key. Values are
 * re-sealed as stored text (opened and sealed again in memory), never through the feature's
 * entities, and each update names the old value, so a row written meanwhile is left alone.
 */
public class SealedColumns implements SealedValues {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");
    /** Probes for key ids that are not in the keyring stop after this many. */
    private static final int MOST_UNKNOWN_KEYS = 20;

    private final String name;
    private final String table;
    private final String idColumn;
    private final List<String> columns;
    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;

    public SealedColumns(
            String name, String table, String idColumn, List<String> columns, JdbcTemplate jdbc, FieldCipher cipher) {
        for (String identifier : concat(List.of(table, idColumn), columns)) {
            if (!IDENTIFIER.matcher(identifier).matches()) {
                throw new IllegalArgumentException("not a plain SQL name: " + identifier);
            }
        }
        this.name = name;
        this.table = table;
        this.idColumn = idColumn;
        this.columns = List.copyOf(columns);
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Map<String, Long> countByKey() {
        Set<String> ids = new LinkedHashSet<>(cipher.keyIds());
        ids.add(FieldCipher.LEGACY_KEY_ID);
        Map<String, Long> counts = count(ids);
        for (int probe = 0; probe < MOST_UNKNOWN_KEYS && counts.getOrDefault("", 0L) > 0; probe++) {
            Set<String> found = unknownKeyIds(ids);
            if (found.isEmpty()) {
                break;
            }
            ids.addAll(found);
            counts = count(ids);
        }
        Long unaccounted = counts.remove("");
        if (unaccounted != null && unaccounted > 0) {
            counts.merge("?", unaccounted, Long::sum);
        }
        if (!cipher.keyIds().contains(FieldCipher.LEGACY_KEY_ID)
                && counts.getOrDefault(FieldCipher.LEGACY_KEY_ID, 0L) == 0) {
            counts.remove(FieldCipher.LEGACY_KEY_ID);
        }
        return counts;
    }

    /** One pass over the table: a count per key id, and under "" the values none of them sealed. */
    private Map<String, Long> count(Set<String> ids) {
        List<String> sums = new ArrayList<>();
        List<Object> patterns = new ArrayList<>();
        for (String id : ids) {
            sums.add(sum(column -> sealedWith(column, id, patterns)));
        }
        sums.add(sum(column -> column + " is not null"));
        String sql = "select " + String.join(", ", sums) + " from " + table;
        return jdbc.query(
                sql,
                rows -> {
                    rows.next();
                    Map<String, Long> counts = new LinkedHashMap<>();
                    int index = 1;
                    long accounted = 0;
                    for (String id : ids) {
                        long count = rows.getLong(index++);
                        counts.put(id, count);
                        accounted += count;
                    }
                    counts.put("", rows.getLong(index) - accounted);
                    return counts;
                },
                patterns.toArray());
    }

    private String sum(java.util.function.Function<String, String> condition) {
        return "coalesce(sum("
                + columns.stream()
                        .map(column -> "case when " + condition.apply(column) + " then 1 else 0 end")
                        .collect(Collectors.joining(" + "))
                + "), 0)";
    }

    private String sealedWith(String column, String id, List<Object> patterns) {
        if (FieldCipher.LEGACY_KEY_ID.equals(id)) {
            // a value with no header, or one that names the legacy key
            patterns.add(FieldCipher.FORMAT_PREFIX + "%");
            patterns.add(FieldCipher.FORMAT_PREFIX + id + ":%");
            return "(" + column + " not like ? or " + column + " like ?)";
        }
        patterns.add(FieldCipher.FORMAT_PREFIX + id + ":%");
        return column + " like ?";
    }

    /** Key ids found in values that none of {@code ids} sealed, from the first such row. */
    private Set<String> unknownKeyIds(Set<String> ids) {
        List<Object> patterns = new ArrayList<>();
        String sealedByNone = columns.stream()
                .map(column -> "(" + column + " is not null and not ("
                        + ids.stream()
                                .map(id -> sealedWith(column, id, patterns))
                                .collect(Collectors.joining(" or "))
                        + "))")
                .collect(Collectors.joining(" or "));
        List<String> found = jdbc
                .query(
                        "select " + String.join(", ", columns) + " from " + table + " where " + sealedByNone
                                + " fetch first 1 rows only",
                        (row, number) -> {
                            List<String> keyIds = new ArrayList<>();
                            for (int i = 1; i <= columns.size(); i++) {
                                String stored = row.getString(i);
                                if (stored != null) {
                                    keyIds.add(cipher.keyId(stored));
                                }
                            }
                            return keyIds;
                        },
                        patterns.toArray())
                .stream()
                .flatMap(List::stream)
                .filter(id -> !ids.contains(id))
                .toList();
        return new LinkedHashSet<>(found);
    }

    @Override
    public Batch resealAfter(long afterId, int size) {
        String active = cipher.activeKeyId();
        List<Object> arguments = new ArrayList<>();
        arguments.add(afterId);
        String needsResealing = columns.stream()
                .map(column -> {
                    arguments.add(FieldCipher.FORMAT_PREFIX + active + ":%");
                    return "(" + column + " is not null and " + column + " not like ?)";
                })
                .collect(Collectors.joining(" or "));
        arguments.add(size);
        List<StoredRow> rows = jdbc.query(
                "select " + idColumn + ", " + String.join(", ", columns) + " from " + table + " where " + idColumn
                        + " > ? and (" + needsResealing + ") order by " + idColumn + " fetch first ? rows only",
                (row, number) -> {
                    List<@Nullable String> values = new ArrayList<>();
                    for (int i = 0; i < columns.size(); i++) {
                        values.add(row.getString(i + 2));
                    }
                    return new StoredRow(row.getLong(1), values);
                },
                arguments.toArray());
        long lastId = afterId;
        int resealed = 0;
        int failed = 0;
        for (StoredRow row : rows) {
            lastId = row.id();
            for (int i = 0; i < columns.size(); i++) {
                String stored = row.values().get(i);
                if (stored == null || stored.startsWith(FieldCipher.FORMAT_PREFIX + active + ":")) {
                    continue;
                }
                String again;
                try {
                    again = cipher.reseal(stored);
                } catch (IllegalStateException unreadable) {
                    failed++;
                    continue;
                }
                String column = columns.get(i);
                resealed += jdbc.update(
                        "update " + table + " set " + column + " = ? where " + idColumn + " = ? and " + column + " = ?",
                        again,
                        row.id(),
                        stored);
            }
        }
        return new Batch(lastId, rows.size(), resealed, failed);
    }

    private record StoredRow(long id, List<@Nullable String> values) {}

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
