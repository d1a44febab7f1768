package io.zpl.ui.partner;

import io.zpl.domain.partner.PartnerStatus;
import io.zpl.ui.layout.Badge;

final class StatusBadge {
    private StatusBadge() {}

    static Badge of(PartnerStatus status) {
        return switch (status) {
            case VERIFIED -> new Badge("Verified", Badge.Tone.SUCCESS);
            case SHADOW -> new Badge("Shadow, under review", Badge.Tone.WARNING);
            case MERGED -> new Badge("Merged", Badge.Tone.NEUTRAL);
        };
    }
}
