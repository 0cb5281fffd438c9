package org.spotthesigns.security.internal;

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

/** How many stored values each key seals, over every feature's sealed values. */
@Component
public class KeysInUse {

    private final List<SealedValues> sealed;
    private final FieldCipher cipher;

    KeysInUse(List<SealedValues> sealed, FieldCipher cipher) {
        this.sealed = sealed;
        this.cipher = cipher;
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
