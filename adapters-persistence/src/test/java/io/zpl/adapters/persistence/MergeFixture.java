package io.zpl.adapters.persistence;

import io.zpl.application.port.in.Actor;
import io.zpl.application.port.out.NewLink;
import io.zpl.application.service.AuditPolicy;
import io.zpl.application.service.DuplicateDetectionService;
import io.zpl.application.service.DuplicatePolicy;
import io.zpl.application.service.MergePolicy;
import io.zpl.application.service.MergeService;
import io.zpl.application.service.Reaudit;
import io.zpl.application.service.ShadowReviewService;
import io.zpl.domain.access.Role;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.MessageStats;
import io.zpl.domain.link.SyncState;
import io.zpl.domain.link.ZaloProfile;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.partner.PhoneNumber;
import io.zpl.domain.record.BusinessRecord;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.UserIdByApp;
import io.zpl.domain.zalo.ZaloAppId;
import io.zpl.domain.zalo.ZaloUserId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

/** The duplicate and merge use cases wired on the MariaDB adapters of one test schema, with a clock tests can move. */
public final class MergeFixture {

    public static final Actor LEAD = new Actor("lead", Set.of(Role.CS_LEAD, Role.AGENT));
    public static final Actor AGENT = new Actor("agent", Set.of(Role.AGENT));

    public final Jdbi jdbi;
    public final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-25T08:00:00Z"));
    public final JdbiPartners partners;
    public final JdbiPartnerLinks links;
    public final JdbiBusinessRecords records;
    public final JdbiMerges merges;
    public final DuplicateDetectionService detection;
    public final MergeService merge;
    public final ShadowReviewService shadows;
    private final AtomicLong zaloIds = new AtomicLong(3_100_000_000_000_000_000L);
    private final AtomicLong refs = new AtomicLong();

    public MergeFixture(Jdbi jdbi) {
        this.jdbi = jdbi;
        partners = new JdbiPartners(jdbi);
        links = new JdbiPartnerLinks(jdbi);
        records = new JdbiBusinessRecords(jdbi);
        merges = new JdbiMerges(jdbi);
        var groups = new JdbiDuplicateGroups(jdbi);
        var cards = new JdbiPartnerCards(jdbi);
        detection = new DuplicateDetectionService(
                new JdbiDuplicateCandidates(jdbi), groups, now::get, DuplicatePolicy.defaults());
        var reaudit =
                new Reaudit(new JdbiOfficialAccounts(jdbi), new JdbiLinkAudits(jdbi), now::get, AuditPolicy.defaults());
        merge = new MergeService(
                merges,
                cards,
                new JdbiMergePreviews(jdbi),
                groups,
                detection,
                reaudit,
                now::get,
                MergePolicy.defaults());
        shadows = new ShadowReviewService(partners, cards, detection);
    }

    public void advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    public Partner partner(PartnerStatus status, String name, String... phones) {
        return partners.create(
                status,
                new PartnerDetails(
                        name,
                        java.util.Arrays.stream(phones).map(PhoneNumber::parse).toList(),
                        null,
                        null),
                "test");
    }

    public LinkId link(
            PartnerId partner,
            OaId oa,
            @Nullable String userIdByApp,
            @Nullable String sharedPhone,
            @Nullable String avatar) {
        ZaloAppId app = oa.equals(TestData.SALES_OA) ? TestData.APP_B : TestData.APP_A;
        return links.create(new NewLink(
                        oa,
                        new ZaloUserId(Long.toString(zaloIds.incrementAndGet())),
                        app,
                        userIdByApp == null ? null : new UserIdByApp(userIdByApp),
                        partner,
                        new ZaloProfile(
                                "Zalo name",
                                avatar,
                                null,
                                true,
                                null,
                                sharedPhone == null ? null : PhoneNumber.parse(sharedPhone),
                                null,
                                null),
                        MessageStats.none(),
                        SyncState.never()))
                .id();
    }

    public void invoice(PartnerId partner, String due) {
        var amount = new BigDecimal(due);
        records.upsert(List.of(new BusinessRecord.Invoice(
                "INV-" + refs.incrementAndGet(), partner, amount, amount, Instant.parse("2026-10-01T00:00:00Z"))));
    }

    public void quote(PartnerId partner) {
        records.upsert(List.of(new BusinessRecord.SalesOrder(
                "QUO-" + refs.incrementAndGet(),
                partner,
                BusinessRecord.SalesOrder.Stage.QUOTE,
                "Quote",
                BigDecimal.TEN,
                Instant.parse("2026-10-01T00:00:00Z"))));
    }

    public void ticket(PartnerId partner) {
        records.upsert(List.of(new BusinessRecord.Ticket(
                "TIC-" + refs.incrementAndGet(),
                partner,
                "Help",
                BusinessRecord.Ticket.State.OPEN,
                Instant.parse("2026-10-01T00:00:00Z"))));
    }
}
