package io.zpl.application.service;

import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.FindPartners;
import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.out.PartnerDirectory;
import io.zpl.application.port.out.PartnerDirectory.PartnerHoldings;
import io.zpl.application.port.out.SearchText;
import io.zpl.domain.partner.PartnerId;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

public final class PartnerQueryService implements FindPartners {

    /** A merge chain longer than this is corrupt data, not a reason to loop forever. */
    private static final int MAX_HOPS = 20;

    private final PartnerDirectory directory;

    public PartnerQueryService(PartnerDirectory directory) {
        this.directory = directory;
    }

    @Override
    public PartnerPage search(Actor actor, PartnerQuery query) {
        actor.requireAnyRole();
        long after = query.after() == null ? 0 : decode(query.after());
        List<PartnerHoldings> found = directory.search(
                query.text() == null ? null : SearchText.of(query.text()), query.status(), after, query.limit() + 1);
        boolean more = found.size() > query.limit();
        List<PartnerHoldings> shown = more ? found.subList(0, query.limit()) : found;
        return new PartnerPage(
                shown.stream().map(h -> card(h, null)).toList(),
                more ? encode(shown.getLast().partner().id().value()) : null);
    }

    @Override
    public PartnerCard get(Actor actor, PartnerId id) {
        actor.requireAnyRole();
        PartnerHoldings holdings = existing(id);
        for (int hop = 0; holdings.partner().mergedInto() != null; hop++) {
            if (hop == MAX_HOPS) {
                throw new IllegalStateException(
                        "partner " + id + " resolves through more than " + MAX_HOPS + " merges");
            }
            holdings = existing(holdings.partner().mergedInto());
        }
        return card(holdings, holdings.partner().id().equals(id) ? null : id);
    }

    private PartnerHoldings existing(PartnerId id) {
        return directory
                .find(id)
                .orElseThrow(() -> new NotFound("PARTNER_NOT_FOUND", "There is no partner " + id + "."));
    }

    private static PartnerCard card(PartnerHoldings h, @Nullable PartnerId resolvedFrom) {
        return new PartnerCard(
                h.partner(),
                h.links().stream()
                        .map(l -> new LinkRef(l.id(), l.oaId(), l.zaloUserId()))
                        .toList(),
                h.openBalance(),
                h.documentCount(),
                resolvedFrom);
    }

    private static String encode(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("p" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static long decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!plain.startsWith("p")) {
                throw new IllegalArgumentException();
            }
            return Long.parseLong(plain.substring(1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + cursor + "' is not a cursor this server gave out");
        }
    }
}
