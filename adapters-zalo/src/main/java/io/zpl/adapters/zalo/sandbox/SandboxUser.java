package io.zpl.adapters.zalo.sandbox;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A Zalo user as one OA sees them in the sandbox. */
record SandboxUser(
        String oaId,
        String userId,
        String userIdByApp,
        String displayName,
        @Nullable String avatar,
        @Nullable String alias,
        boolean follower,
        @Nullable Instant lastInteraction,
        Map<String, String> sharedInfo) {

    SandboxUser {
        sharedInfo = Map.copyOf(sharedInfo);
    }

    SandboxUser interactedAt(Instant at) {
        return new SandboxUser(oaId, userId, userIdByApp, displayName, avatar, alias, follower, at, sharedInfo);
    }

    SandboxUser following(boolean follows) {
        return new SandboxUser(
                oaId, userId, userIdByApp, displayName, avatar, alias, follows, lastInteraction, sharedInfo);
    }

    SandboxUser sharing(Map<String, String> info) {
        return new SandboxUser(oaId, userId, userIdByApp, displayName, avatar, alias, follower, lastInteraction, info);
    }
}
