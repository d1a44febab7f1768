package io.zpl.application.service;

import io.zpl.application.port.in.UndoMerge;
import io.zpl.domain.merge.MergePlan;
import java.time.Duration;

/** How many partners one merge may take (2..max) and how long a merge can be undone. */
public record MergePolicy(int maxPartners, Duration undoWindow) {

    public MergePolicy {
        if (maxPartners < 2) {
            throw new IllegalArgumentException(
                    "a merge takes at least 2 partners, the maximum cannot be " + maxPartners);
        }
        if (undoWindow.isNegative() || undoWindow.isZero()) {
            throw new IllegalArgumentException("the undo window must be positive, got " + undoWindow);
        }
    }

    public static MergePolicy defaults() {
        return new MergePolicy(MergePlan.DEFAULT_MAX_PARTNERS, UndoMerge.DEFAULT_WINDOW);
    }
}
