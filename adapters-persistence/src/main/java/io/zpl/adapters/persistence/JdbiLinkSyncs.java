package io.zpl.adapters.persistence;

import static io.zpl.adapters.persistence.Rows.instant;
import static io.zpl.adapters.persistence.Rows.utc;

import io.zpl.application.port.out.LinkSyncs;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.ProfileChange;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sync Profile's writes: only the profile and sync columns (ingest and merges change the others concurrently). A bulk
 * sync writes many links per transaction, as batched statements: one commit instead of one per link.
 */
public final class JdbiLinkSyncs implements LinkSyncs {

    private static final Logger log = LoggerFactory.getLogger(JdbiLinkSyncs.class);

    private static final String UPDATE_LINK = """
            UPDATE partner_link SET display_name = :displayName, avatar_url = :avatarUrl, alias = :alias,
                follower = :follower, last_interaction_at = :lastInteractionAt,
                shared_phone = :sharedPhone, shared_name = :sharedName, shared_address = :sharedAddress,
                user_id_by_app = COALESCE(:userIdByApp, user_id_by_app),
                profile_synced_at = :profileSyncedAt, last_sync_at = :lastSyncAt,
                last_sync_outcome = :lastSyncOutcome, last_sync_error_code = :lastSyncErrorCode,
                last_sync_error_message = :lastSyncErrorMessage, version = version + 1,
                updated_at = UTC_TIMESTAMP(6)
            WHERE link_id = :id
            """;

    private static final String ADD_HISTORY = """
            INSERT INTO link_profile_history (link_id, display_name, avatar_url, replaced_at)
            VALUES (:id, :name, :avatar, :at)
            """;

    /**
     * Everything but each link's newest {@code HISTORY_KEPT} rows, for all the given links: read without locks, then
     * deleted by primary key. A single DELETE with this as its subquery scanned the whole (then small) table and took
     * row locks on other batches' new rows, so concurrent batches of a bulk sync deadlocked.
     */
    private static final String SURPLUS_HISTORY = """
            SELECT history_id FROM (
                SELECT history_id, ROW_NUMBER() OVER (
                    PARTITION BY link_id ORDER BY replaced_at DESC, history_id DESC) AS newer
                FROM link_profile_history WHERE link_id IN (<ids>)) ranked
            WHERE newer > :kept
            """;

    private final Jdbi jdbi;

    public JdbiLinkSyncs(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void store(SyncWrite write) {
        jdbi.useTransaction(h -> write(h, List.of(write)));
    }

    @Override
    public Set<LinkId> storeAll(List<SyncWrite> writes) {
        if (writes.isEmpty()) {
            return Set.of();
        }
        try {
            jdbi.useTransaction(h -> write(h, writes));
            return Set.of();
        } catch (RuntimeException batchFailed) {
            return storeOneByOne(writes, batchFailed);
        }
    }

    private Set<LinkId> storeOneByOne(List<SyncWrite> writes, RuntimeException batchFailed) {
        Set<LinkId> unstored = new LinkedHashSet<>();
        for (SyncWrite write : writes) {
            try {
                store(write);
            } catch (RuntimeException e) {
                unstored.add(write.link().id());
                log.warn(
                        "Sync Profile could not store link {}'s outcome",
                        write.link().id(),
                        e);
            }
        }
        if (unstored.isEmpty()) {
            log.info("Stored {} synced links one by one after their batch failed", writes.size(), batchFailed);
        }
        return unstored;
    }

    private static void write(Handle h, List<SyncWrite> writes) {
        var updates = h.prepareBatch(UPDATE_LINK);
        for (SyncWrite write : writes) {
            var link = write.link();
            JdbiPartnerLinks.bindSync(JdbiPartnerLinks.bindProfile(updates, link.profile()), link.sync())
                    .bind("id", link.id().value())
                    .bind(
                            "userIdByApp",
                            link.userIdByApp() == null
                                    ? null
                                    : link.userIdByApp().value())
                    .add();
        }
        updates.execute();
        List<SyncWrite> replacing =
                writes.stream().filter(write -> write.replaced().isPresent()).toList();
        if (replacing.isEmpty()) {
            return;
        }
        var history = h.prepareBatch(ADD_HISTORY);
        for (SyncWrite write : replacing) {
            ProfileChange replaced = write.replaced().orElseThrow();
            history.bind("id", write.link().id().value())
                    .bind("name", replaced.displayName())
                    .bind("avatar", replaced.avatarUrl())
                    .bind("at", utc(replaced.replacedAt()))
                    .add();
        }
        history.execute();
        List<Long> surplus = h.createQuery(SURPLUS_HISTORY)
                .bindList(
                        "ids",
                        replacing.stream()
                                .map(write -> write.link().id().value())
                                .toList())
                .bind("kept", HISTORY_KEPT)
                .mapTo(Long.class)
                .list();
        if (!surplus.isEmpty()) {
            h.createUpdate("DELETE FROM link_profile_history WHERE history_id IN (<ids>)")
                    .bindList("ids", surplus)
                    .execute();
        }
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
