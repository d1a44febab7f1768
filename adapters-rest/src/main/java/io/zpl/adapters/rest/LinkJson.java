package io.zpl.adapters.rest;

import io.zpl.application.port.in.AuditedLink;
import io.zpl.domain.audit.Finding;
import io.zpl.domain.link.LinkMessage;
import io.zpl.domain.link.SyncState;
import io.zpl.domain.link.ZaloPartnerLink;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The {@code Link} of API.md. */
record LinkJson(
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
        @Nullable LastSync lastSync,
        List<FindingJson> findings) {

    record PartnerRef(String partnerId, String name, String status) {}

    record LastSync(
            @Nullable Instant at, String outcome, @Nullable ZaloError zaloError) {}

    record ZaloError(@Nullable Integer code, @Nullable String message) {}

    record FindingJson(String code, String risk, String action) {
        static FindingJson of(Finding finding) {
            return new FindingJson(finding.name(), finding.risk(), finding.action());
        }
    }

    /** A {@code Link} plus its latest messages, for {@code GET /partner-links/{id}}. */
    record WithMessages(
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
            @Nullable LastSync lastSync,
            List<FindingJson> findings,
            List<MessageJson> messages) {

        static WithMessages of(LinkJson l, List<LinkMessage> messages) {
            return new WithMessages(
                    l.linkId,
                    l.oaId,
                    l.zaloUserId,
                    l.userIdByApp,
                    l.zaloDisplayName,
                    l.avatarUrl,
                    l.alias,
                    l.follower,
                    l.lastInteractionAt,
                    l.sharedPhone,
                    l.partner,
                    l.messageCount,
                    l.lastMessageAt,
                    l.profileSyncedAt,
                    l.lastSync,
                    l.findings,
                    messages.stream().map(MessageJson::of).toList());
        }
    }

    record MessageJson(
            Instant sentAt,
            String direction,
            String eventName,
            @Nullable String text) {
        static MessageJson of(LinkMessage m) {
            return new MessageJson(m.sentAt(), m.direction(), m.eventName(), m.text());
        }
    }

    static LinkJson of(AuditedLink audited) {
        ZaloPartnerLink link = audited.link();
        var profile = link.profile();
        return new LinkJson(
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
                new PartnerRef(
                        audited.partner().id().toString(),
                        audited.partner().name(),
                        audited.partner().status().name()),
                link.messages().count(),
                link.messages().lastAt(),
                link.sync().profileSyncedAt(),
                lastSync(link.sync()),
                audited.orderedFindings().stream().map(FindingJson::of).toList());
    }

    private static @Nullable LastSync lastSync(SyncState sync) {
        if (sync.lastOutcome() == null) {
            return null;
        }
        ZaloError error = sync.zaloErrorCode() == null && sync.zaloErrorMessage() == null
                ? null
                : new ZaloError(sync.zaloErrorCode(), sync.zaloErrorMessage());
        return new LastSync(sync.lastAttemptAt(), sync.lastOutcome().name(), error);
    }
}
