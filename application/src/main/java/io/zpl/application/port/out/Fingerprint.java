package io.zpl.application.port.out;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a merge saw: for each part (a partner's version and status, the rows of one table that reference one partner)
 * a digest. Comparing two fingerprints names the parts that changed.
 */
public record Fingerprint(SortedMap<String, String> parts) {

    public Fingerprint {
        parts = new TreeMap<>(parts);
    }

    public static Fingerprint of(Map<String, String> parts) {
        return new Fingerprint(new TreeMap<>(parts));
    }

    /** The parts that differ, in words: "partner 12", "invoice rows of partner 12". */
    public List<String> changesSince(Fingerprint earlier) {
        List<String> changed = new ArrayList<>();
        for (var part : parts.entrySet()) {
            if (!Objects.equals(earlier.parts.get(part.getKey()), part.getValue())) {
                changed.add(part.getKey());
            }
        }
        for (String key : earlier.parts.keySet()) {
            if (!parts.containsKey(key)) {
                changed.add(key);
            }
        }
        return changed;
    }
}
