package io.zpl.adapters.rest;

import io.zpl.application.port.in.SyncProfile.SyncResult;
import io.zpl.domain.link.ZaloPartnerLink;
import io.zpl.domain.zalo.ZaloError;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The answer of {@code POST /partner-links/{id}/sync}: outcome, Zalo's error if any, plain words, the link. */
record SyncResultJson(String outcome, @Nullable ZaloErrorJson zaloError, String detail, SyncedLinkJson link) {

    static SyncResultJson of(SyncResult result) {
        return new SyncResultJson(
                result.outcome().name(),
                ZaloErrorJson.of(result.zaloError()),
                result.detail(),
                SyncedLinkJson.of(result.link()));
    }

    record ZaloErrorJson(int code, String message) {
        static @Nullable ZaloErrorJson of(@Nullable ZaloError error) {
            return error == null ? null : new ZaloErrorJson(error.code(), error.message());
        }
    }

    /** The link's fields that Sync Profile maintains, named as in API.md's {@code Link}. */
    record SyncedLinkJson(
            String linkId,
            String oaId,
            String zaloUserId,
            @Nullable String userIdByApp,
            @Nullable String zaloDisplayName,
            @Nullable String avatarUrl,
            @Nullable String alias,
            @Nullable Boolean follower,
            @Nullable Instant lastInteractionAt,
            @Nullable String sharedPhone,
            PartnerRef partner,
            long messageCount,
            @Nullable Instant lastMessageAt,
            @Nullable Instant profileSyncedAt,
            @Nullable LastSync lastSync) {

        record PartnerRef(String partnerId) {}

        record LastSync(
                @Nullable Instant at,
                String outcome,
                @Nullable ZaloErrorJson zaloError) {}

        static SyncedLinkJson of(ZaloPartnerLink link) {
            var profile = link.profile();
            var sync = link.sync();
            return new SyncedLinkJson(
                    link.id().toString(),
                    link.oaId().value(),
                    link.zaloUserId().value(),
                    link.userIdByApp() == null ? null : link.userIdByApp().value(),
                    profile.displayName(),
                    profile.avatarUrl(),
                    profile.alias(),
                    profile.follower(),
                    profile.lastInteractionAt(),
                    profile.sharedPhone() == null ? null : profile.sharedPhone().e164(),
                    new PartnerRef(link.partnerId().toString()),
                    link.messages().count(),
                    link.messages().lastAt(),
                    sync.profileSyncedAt(),
                    sync.lastOutcome() == null
                            ? null
                            : new LastSync(
                                    sync.lastAttemptAt(),
                                    sync.lastOutcome().name(),
                                    sync.zaloErrorCode() == null
                                            ? null
                                            : new ZaloErrorJson(
                                                    sync.zaloErrorCode(),
                                                    sync.zaloErrorMessage() == null ? "" : sync.zaloErrorMessage())));
        }
    }
}
