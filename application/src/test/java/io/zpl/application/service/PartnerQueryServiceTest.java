package io.zpl.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.FindPartners.PartnerQuery;
import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.in.PermissionDenied;
import io.zpl.application.port.out.PartnerDirectory;
import io.zpl.application.port.out.SearchText;
import io.zpl.domain.access.Role;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PartnerQueryServiceTest {

    private static final Actor AGENT = new Actor("agent", Set.of(Role.AGENT));
    private static final Partner SURVIVOR =
            new Partner(new PartnerId(1), PartnerStatus.VERIFIED, "Nguyễn Văn Sơn", Set.of(), null, null, "ERP", null);
    private static final Partner TOMBSTONE = new Partner(
            new PartnerId(2), PartnerStatus.MERGED, "Son Nguyen", Set.of(), null, null, "Zalo", new PartnerId(1));

    private final Map<PartnerId, Partner> partners = Map.of(SURVIVOR.id(), SURVIVOR, TOMBSTONE.id(), TOMBSTONE);
    private final PartnerQueryService service = new PartnerQueryService(new PartnerDirectory() {
        @Override
        public List<PartnerHoldings> search(
                @Nullable SearchText text, @Nullable PartnerStatus status, long afterId, int limit) {
            return partners.values().stream()
                    .filter(p -> p.id().value() > afterId)
                    .sorted((a, b) -> Long.compare(a.id().value(), b.id().value()))
                    .limit(limit)
                    .map(p -> new PartnerHoldings(p, List.of(), BigDecimal.ZERO, 0))
                    .toList();
        }

        @Override
        public Optional<PartnerHoldings> find(PartnerId id) {
            return Optional.ofNullable(partners.get(id)).map(p -> new PartnerHoldings(p, List.of(), BigDecimal.TEN, 3));
        }
    });

    @Test
    void an_old_merged_id_answers_the_survivor_and_says_where_it_came_from() {
        var card = service.get(AGENT, TOMBSTONE.id());
        assertThat(card.partner()).isEqualTo(SURVIVOR);
        assertThat(card.resolvedFrom()).isEqualTo(TOMBSTONE.id());
        assertThat(service.get(AGENT, SURVIVOR.id()).resolvedFrom()).isNull();
    }

    @Test
    void an_unknown_id_is_not_found_and_someone_without_a_role_is_refused() {
        assertThatThrownBy(() -> service.get(AGENT, new PartnerId(99))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.get(new Actor("nobody", Set.of()), SURVIVOR.id()))
                .isInstanceOf(PermissionDenied.class);
    }

    @Test
    void pages_carry_an_opaque_cursor_until_the_end() {
        var first = service.search(AGENT, new PartnerQuery(null, null, null, 1));
        assertThat(first.items()).hasSize(1);
        var second = service.search(AGENT, new PartnerQuery(null, null, first.next(), 1));
        assertThat(second.items().getFirst().partner().id()).isEqualTo(TOMBSTONE.id());
        assertThat(second.next()).isNull();
        assertThatThrownBy(() -> service.search(AGENT, new PartnerQuery(null, null, "nonsense", 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
