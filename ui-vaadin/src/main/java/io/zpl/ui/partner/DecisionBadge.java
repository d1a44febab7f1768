package io.zpl.ui.partner;

import io.zpl.domain.guard.Decision;
import io.zpl.ui.layout.Badge;

final class DecisionBadge {
    private DecisionBadge() {}

    static Badge of(Decision decision) {
        return switch (decision) {
            case ALLOW -> new Badge("Can receive business content", Badge.Tone.SUCCESS);
            case WARN -> new Badge("Can receive, with warnings", Badge.Tone.WARNING);
            case BLOCK -> new Badge("Blocked", Badge.Tone.ERROR);
        };
    }
}
