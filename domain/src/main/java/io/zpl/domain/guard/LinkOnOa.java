package io.zpl.domain.guard;

import io.zpl.domain.link.LinkId;
import io.zpl.domain.zalo.ZaloUserId;
import java.time.Instant;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** A Zalo partner link of the resolved partner on the OA, with what the guard checks on it. */
@ValueObject
public record LinkOnOa(
        LinkId linkId,
        ZaloUserId zaloUserId,
        @Nullable Boolean follower,
        @Nullable Instant lastInteractionAt,
        @Nullable Instant profileSyncedAt) {}
