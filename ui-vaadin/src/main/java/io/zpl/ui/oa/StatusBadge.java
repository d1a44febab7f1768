package io.zpl.ui.oa;

import io.zpl.domain.oa.OaStatus;
import io.zpl.ui.layout.Badge;

final class StatusBadge {
    private StatusBadge() {}

    static Badge of(OaStatus status) {
        return new Badge(
                status.name(),
                switch (status) {
                    case CONNECTED -> Badge.Tone.SUCCESS;
                    case DRAFT -> Badge.Tone.NEUTRAL;
                    case EXPIRED, ERROR -> Badge.Tone.ERROR;
                });
    }
}
