package io.zpl.application.port.in;

import io.zpl.domain.audit.Finding;
import java.util.EnumMap;
import java.util.Map;

/** How many of an OA's links carry each finding, and how many links it has. */
public record FindingCounts(String oaName, long links, Map<Finding, Long> perFinding) {

    public FindingCounts {
        var all = new EnumMap<Finding, Long>(Finding.class);
        for (Finding finding : Finding.values()) {
            all.put(finding, perFinding.getOrDefault(finding, 0L));
        }
        perFinding = Map.copyOf(all);
    }

    public long of(Finding finding) {
        return perFinding.get(finding);
    }
}
