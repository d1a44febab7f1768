package io.zpl.domain.duplicate;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Why partners are suspected to be one person: the rule and what matched (the phone, the name key, the avatar…). The
 * detail names the shared value, never a partner, so the same evidence found again compares equal.
 */
@ValueObject
public record Evidence(EvidenceRule rule, String detail) implements Comparable<Evidence> {

    public Evidence {
        if (detail == null || detail.isBlank()) {
            throw new IllegalArgumentException("evidence needs a detail");
        }
        detail = detail.strip().replaceAll("[\\t\\r\\n]+", " ");
    }

    public DuplicateTier tier() {
        return rule.tier();
    }

    @Override
    public int compareTo(Evidence other) {
        int byRule = rule.compareTo(other.rule);
        return byRule != 0 ? byRule : detail.compareTo(other.detail);
    }
}
