package io.zpl.domain.duplicate;

import io.zpl.domain.partner.PhoneNumber;
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

    public static Evidence sameUserIdByApp(String appId, String userIdByApp, boolean trusted) {
        return new Evidence(
                trusted ? EvidenceRule.SAME_USER_ID_BY_APP : EvidenceRule.SAME_USER_ID_BY_APP_UNTRUSTED,
                "Zalo App " + appId + " knows them as the same user (user_id_by_app " + userIdByApp + ")");
    }

    public static Evidence samePhone(PhoneNumber phone) {
        return new Evidence(EvidenceRule.SAME_PHONE, "Same phone " + phone.display() + " (" + phone.e164() + ")");
    }

    public static Evidence sameNameAndAvatar(String nameKey, String avatarUrl) {
        return new Evidence(EvidenceRule.SAME_NAME_AND_AVATAR, "Same name '" + nameKey + "' and avatar " + avatarUrl);
    }

    public static Evidence sameNameAndAddress(String nameKey, String address) {
        return new Evidence(
                EvidenceRule.SAME_NAME_AND_ADDRESS, "Same name '" + nameKey + "' and address '" + address + "'");
    }

    public static Evidence sameName(String nameKey, NameWeight weight) {
        return new Evidence(EvidenceRule.SAME_NAME, "Same name '" + nameKey + "' only (name weight " + weight + ")");
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
