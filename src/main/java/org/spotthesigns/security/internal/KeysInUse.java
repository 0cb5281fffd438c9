package org.spotthesigns.security.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.spotthesigns.shared.FieldCipher;
import org.spotthesigns.shared.SealedValues;
import org.springframework.stereotype.Component;

/**
 * How many stored values each key seals, over every feature's sealed values; {@link
 * #countAndPublish} also sets the gauge {@value #GAUGE}, per key id, so an operator can see on a chart when an old key
 * seals nothing more and can be removed (counted at start-up and after each re-seal run).
 */
@Component
public class KeysInUse {

    static final String GAUGE = "spotthesigns.keys.sealed.values";

    private final List<SealedValues> sealed;
    private final FieldCipher cipher;
    private final MultiGauge gauge;

    KeysInUse(List<SealedValues> sealed, FieldCipher cipher, MeterRegistry meters) {
        this.sealed = sealed;
        this.cipher = cipher;
        this.gauge = MultiGauge.builder(GAUGE)
                .description("Stored values (contact details, second-factor secrets) sealed with each key")
                .register(meters);
    }

    /**
     * Counts what each key seals and sets the gauge from it: at start-up and after each re-seal
     * run, the only times the counts are taken.
     */
    public Map<String, Map<String, Long>> countAndPublish() {
        Map<String, Map<String, Long>> byKey = count();
        gauge.register(
                byKey.entrySet().stream()
                        .map(entry -> MultiGauge.Row.of(
                                Tags.of("key", entry.getKey()),
                                entry.getValue().values().stream()
                                        .mapToLong(Long::longValue)
                                        .sum()))
                        .toList(),
                true);
        return byKey;
    }

    /** Key id, then what it seals and how many: every key of the keyring, and any other id found. */
    public Map<String, Map<String, Long>> count() {
        Map<String, Map<String, Long>> byKey = new TreeMap<>();
        for (String id : cipher.keyIds()) {
            byKey.put(id, new TreeMap<>());
        }
        for (SealedValues values : sealed) {
            values.countByKey().forEach((id, count) -> {
                Map<String, Long> byWhat = byKey.computeIfAbsent(id, any -> new TreeMap<>());
                if (count > 0) {
                    byWhat.put(values.name(), count);
                }
            });
        }
        return byKey;
    }

    /** The ids of keys that seal stored values but are not in the keyring. */
    public Set<String> missing(Map<String, Map<String, Long>> counts) {
        Set<String> missing = new TreeSet<>();
        counts.forEach((id, byWhat) -> {
            if (!byWhat.isEmpty() && !cipher.keyIds().contains(id)) {
                missing.add(id);
            }
        });
        return missing;
    }

    /** One line: each key, what it seals, and whether it can be removed. */
    public String describe(Map<String, Map<String, Long>> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((id, byWhat) -> {
            long total = byWhat.values().stream().mapToLong(Long::longValue).sum();
            String what = byWhat.isEmpty()
                    ? ""
                    : byWhat.entrySet().stream()
                            .map(entry -> entry.getKey() + " " + entry.getValue())
                            .collect(Collectors.joining(", ", " (", ")"));
            String state;
            if (id.equals(cipher.activeKeyId())) {
                state = ", active";
            } else if (!cipher.keyIds().contains(id)) {
                state = ", NOT IN THE KEYRING";
            } else if (total == 0) {
                state = ", can be removed";
            } else {
                state = "";
            }
            parts.add("key " + id + " seals " + total + " values" + what + state);
        });
        return String.join("; ", parts);
    }
}
