package io.zpl.adapters.persistence;

import io.zpl.application.contract.RecipientsContract;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.Partners;
import io.zpl.application.port.out.Recipients;
import io.zpl.domain.partner.PartnerId;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiRecipientsTest extends RecipientsContract {

    @RegisterExtension
    static final FreshSchema db = new FreshSchema();

    @Override
    protected Partners partners() {
        return new JdbiPartners(db.jdbi());
    }

    @Override
    protected PartnerLinks links() {
        return new JdbiPartnerLinks(db.jdbi());
    }

    @Override
    protected Recipients recipients() {
        return new JdbiRecipients(db.jdbi());
    }

    @Override
    protected void duplicateGroup(String tier, String state, PartnerId... members) {
        String memberKey =
                Arrays.stream(members).map(PartnerId::toString).sorted().collect(Collectors.joining(","));
        db.jdbi().useTransaction(h -> {
            long group = h.createUpdate("""
                            INSERT INTO duplicate_group (tier, state, member_key, evidence, evidence_hash, created_at,
                                                         updated_at)
                            VALUES (:tier, :state, :key, '[]', REPEAT('0', 64), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
                            """)
                    .bind("tier", tier)
                    .bind("state", state)
                    .bind("key", memberKey)
                    .executeAndReturnGeneratedKeys("group_id")
                    .mapTo(Long.class)
                    .one();
            for (PartnerId member : members) {
                h.execute(
                        "INSERT INTO duplicate_group_member (group_id, partner_id) VALUES (?, ?)",
                        group,
                        member.value());
            }
        });
    }
}
