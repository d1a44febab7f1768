package io.zpl.adapters.persistence;

import static io.zpl.adapters.persistence.Rows.instant;
import static io.zpl.adapters.persistence.Rows.utc;

import io.zpl.application.port.out.LinkSyncs;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.ProfileChange;
import io.zpl.domain.link.ZaloPartnerLink;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Sync Profile's writes: only the profile and sync columns (ingest and merges change the others concurrently). */
public final class JdbiLinkSyncs implements LinkSyncs {

    private final Jdbi jdbi;

    public JdbiLinkSyncs(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void store(ZaloPartnerLink link, Optional<ProfileChange> replaced) {
        jdbi.useTransaction(h -> {
            var update = h.createUpdate("""
                            UPDATE partner_link SET display_name = :displayName, avatar_url = :avatarUrl, alias = :alias,
                                follower = :follower, last_interaction_at = :lastInteractionAt,
                                shared_phone = :sharedPhone, shared_name = :sharedName, shared_address = :sharedAddress,
                                user_id_by_app = COALESCE(:userIdByApp, user_id_by_app),
                                profile_synced_at = :profileSyncedAt, last_sync_at = :lastSyncAt,
                                last_sync_outcome = :lastSyncOutcome, last_sync_error_code = :lastSyncErrorCode,
                                last_sync_error_message = :lastSyncErrorMessage, version = version + 1,
                                updated_at = UTC_TIMESTAMP(6)
                            WHERE link_id = :id
                            """)
                    .bind("id", link.id().value())
                    .bind(
                            "userIdByApp",
                            link.userIdByApp() == null
                                    ? null
                                    : link.userIdByApp().value());
            JdbiPartnerLinks.bindSync(JdbiPartnerLinks.bindProfile(update, link.profile()), link.sync())
                    .execute();
            if (replaced.isEmpty()) {
                return;
            }
            h.createUpdate("""
                            INSERT INTO link_profile_history (link_id, display_name, avatar_url, replaced_at)
                            VALUES (:id, :name, :avatar, :at)
                            """)
                    .bind("id", link.id().value())
                    .bind("name", replaced.get().displayName())
                    .bind("avatar", replaced.get().avatarUrl())
                    .bind("at", utc(replaced.get().replacedAt()))
                    .execute();
            h.createUpdate("""
                            DELETE FROM link_profile_history WHERE link_id = :id AND history_id NOT IN (
                                SELECT history_id FROM (SELECT history_id FROM link_profile_history WHERE link_id = :id
                                                        ORDER BY replaced_at DESC, history_id DESC LIMIT :kept) newest)
                            """)
                    .bind("id", link.id().value())
                    .bind("kept", HISTORY_KEPT)
                    .execute();
        });
    }

    @Override
    public List<ProfileChange> history(LinkId link, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT display_name, avatar_url, replaced_at FROM link_profile_history WHERE link_id = :id
                        ORDER BY replaced_at DESC, history_id DESC LIMIT :limit
                        """)
                .bind("id", link.value())
                .bind("limit", limit)
                .map((rs, ctx) -> new ProfileChange(
                        rs.getString("display_name"), rs.getString("avatar_url"), instant(rs, "replaced_at")))
                .list());
    }
}
