package io.zpl.adapters.persistence;

import static io.zpl.adapters.persistence.Rows.instant;
import static io.zpl.adapters.persistence.Rows.utc;

import io.zpl.application.port.out.NewLink;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.MessageStats;
import io.zpl.domain.link.SyncOutcome;
import io.zpl.domain.link.SyncState;
import io.zpl.domain.link.ZaloPartnerLink;
import io.zpl.domain.link.ZaloProfile;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PhoneNumber;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.UserIdByApp;
import io.zpl.domain.zalo.ZaloAppId;
import io.zpl.domain.zalo.ZaloUserId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jspecify.annotations.Nullable;

public final class JdbiPartnerLinks implements PartnerLinks {

    static final RowMapper<ZaloPartnerLink> LINK = (rs, ctx) -> {
        String userIdByApp = rs.getString("user_id_by_app");
        String sharedPhone = rs.getString("shared_phone");
        String outcome = rs.getString("last_sync_outcome");
        return new ZaloPartnerLink(
                new LinkId(rs.getLong("link_id")),
                new OaId(rs.getString("oa_id")),
                new ZaloUserId(rs.getString("zalo_user_id")),
                new ZaloAppId(rs.getString("app_id")),
                userIdByApp == null ? null : new UserIdByApp(userIdByApp),
                new PartnerId(rs.getLong("partner_id")),
                new ZaloProfile(
                        rs.getString("display_name"),
                        rs.getString("avatar_url"),
                        rs.getString("alias"),
                        Rows.nullableBoolean(rs, "follower"),
                        instant(rs, "last_interaction_at"),
                        sharedPhone == null ? null : new PhoneNumber(sharedPhone),
                        rs.getString("shared_name"),
                        rs.getString("shared_address")),
                new MessageStats(
                        rs.getLong("message_count"), instant(rs, "first_message_at"), instant(rs, "last_message_at")),
                new SyncState(
                        instant(rs, "profile_synced_at"),
                        instant(rs, "last_sync_at"),
                        outcome == null ? null : SyncOutcome.valueOf(outcome),
                        Rows.nullableInt(rs, "last_sync_error_code"),
                        rs.getString("last_sync_error_message")));
    };

    private static final String COLUMNS = """
            display_name = :displayName, avatar_url = :avatarUrl, alias = :alias, follower = :follower,
            last_interaction_at = :lastInteractionAt, shared_phone = :sharedPhone, shared_name = :sharedName,
            shared_address = :sharedAddress, message_count = :messageCount, first_message_at = :firstMessageAt,
            last_message_at = :lastMessageAt, profile_synced_at = :profileSyncedAt, last_sync_at = :lastSyncAt,
            last_sync_outcome = :lastSyncOutcome, last_sync_error_code = :lastSyncErrorCode,
            last_sync_error_message = :lastSyncErrorMessage, user_id_by_app = :userIdByApp, partner_id = :partnerId
            """;

    private final Jdbi jdbi;

    public JdbiPartnerLinks(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public ZaloPartnerLink create(NewLink link) {
        long id = jdbi.withHandle(h -> bindState(
                        h.createUpdate("INSERT INTO partner_link SET oa_id = :oaId, zalo_user_id = :zaloUserId, "
                                + "app_id = :appId, created_at = UTC_TIMESTAMP(6), updated_at = UTC_TIMESTAMP(6), "
                                + COLUMNS),
                        link.userIdByApp(),
                        link.partnerId(),
                        link.profile(),
                        link.messages(),
                        link.sync())
                .bind("oaId", link.oaId().value())
                .bind("zaloUserId", link.zaloUserId().value())
                .bind("appId", link.appId().value())
                .executeAndReturnGeneratedKeys("link_id")
                .mapTo(Long.class)
                .one());
        return new ZaloPartnerLink(
                new LinkId(id),
                link.oaId(),
                link.zaloUserId(),
                link.appId(),
                link.userIdByApp(),
                link.partnerId(),
                link.profile(),
                link.messages(),
                link.sync());
    }

    @Override
    public Optional<ZaloPartnerLink> find(LinkId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM partner_link WHERE link_id = :id")
                .bind("id", id.value())
                .map(LINK)
                .findOne());
    }

    @Override
    public List<ZaloPartnerLink> find(List<LinkId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(
                h -> h.createQuery("SELECT * FROM partner_link WHERE link_id IN (<ids>) ORDER BY link_id")
                        .bindList("ids", ids.stream().map(LinkId::value).toList())
                        .map(LINK)
                        .list());
    }

    @Override
    public Optional<ZaloPartnerLink> find(OaId oa, ZaloUserId user) {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT * FROM partner_link WHERE oa_id = :oa AND zalo_user_id = :user")
                        .bind("oa", oa.value())
                        .bind("user", user.value())
                        .map(LINK)
                        .findOne());
    }

    @Override
    public List<ZaloPartnerLink> ofPartner(PartnerId partner) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM partner_link WHERE partner_id = :p ORDER BY link_id")
                .bind("p", partner.value())
                .map(LINK)
                .list());
    }

    @Override
    public List<ZaloPartnerLink> withUserIdByApp(ZaloAppId app, UserIdByApp userIdByApp) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM partner_link WHERE app_id = :app AND user_id_by_app = :u ORDER BY link_id")
                .bind("app", app.value())
                .bind("u", userIdByApp.value())
                .map(LINK)
                .list());
    }

    @Override
    public void save(ZaloPartnerLink link) {
        int updated = jdbi.withHandle(h -> bindState(
                        h.createUpdate("UPDATE partner_link SET version = version + 1, updated_at = UTC_TIMESTAMP(6), "
                                + COLUMNS + " WHERE link_id = :id"),
                        link.userIdByApp(),
                        link.partnerId(),
                        link.profile(),
                        link.messages(),
                        link.sync())
                .bind("id", link.id().value())
                .execute());
        if (updated == 0) {
            throw new IllegalStateException("link " + link.id() + " does not exist");
        }
    }

    private static <S extends SqlStatement<S>> S bindState(
            S statement,
            @Nullable UserIdByApp userIdByApp,
            PartnerId partner,
            ZaloProfile profile,
            MessageStats messages,
            SyncState sync) {
        return bindSync(
                bindProfile(statement, profile)
                        .bind("userIdByApp", userIdByApp == null ? null : userIdByApp.value())
                        .bind("partnerId", partner.value())
                        .bind("messageCount", messages.count())
                        .bind("firstMessageAt", utc(messages.firstAt()))
                        .bind("lastMessageAt", utc(messages.lastAt())),
                sync);
    }

    /** Binds the profile columns' parameters, named like the columns in camel case. */
    static <S extends SqlStatement<S>> S bindProfile(S statement, ZaloProfile profile) {
        return statement
                .bind("displayName", profile.displayName())
                .bind("avatarUrl", profile.avatarUrl())
                .bind("alias", profile.alias())
                .bind("follower", profile.follower())
                .bind("lastInteractionAt", utc(profile.lastInteractionAt()))
                .bind(
                        "sharedPhone",
                        profile.sharedPhone() == null
                                ? null
                                : profile.sharedPhone().e164())
                .bind("sharedName", profile.sharedName())
                .bind("sharedAddress", profile.sharedAddress());
    }

    /** Binds the sync columns' parameters, named like the columns in camel case. */
    static <S extends SqlStatement<S>> S bindSync(S statement, SyncState sync) {
        return statement
                .bind("profileSyncedAt", utc(sync.profileSyncedAt()))
                .bind("lastSyncAt", utc(sync.lastAttemptAt()))
                .bind(
                        "lastSyncOutcome",
                        sync.lastOutcome() == null ? null : sync.lastOutcome().name())
                .bind("lastSyncErrorCode", sync.zaloErrorCode())
                .bind("lastSyncErrorMessage", sync.zaloErrorMessage());
    }
}
