package io.zpl.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.application.port.out.PartnerSurvivors;
import io.zpl.application.port.out.Partners;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** What every {@link PartnerSurvivors} must answer; run in memory and on MariaDB. */
public abstract class PartnerSurvivorsContract {

    protected abstract Partners partners();

    protected abstract PartnerSurvivors survivors();

    private Partner partner(String name) {
        return partners().create(PartnerStatus.VERIFIED, new PartnerDetails(name, List.of(), null, null), "test");
    }

    @Test
    void live_ids_lead_to_themselves_merged_ids_to_the_survivor_of_every_merge_and_unknown_ids_nowhere() {
        var survivor = partner("Nguyễn Văn Sơn");
        var middle = partner("Nguyen Van Son");
        var oldest = partner("Son Nguyen");
        var bystander = partner("Trần Thị Lan");
        partners().save(oldest.tombstoneInto(middle.id()));
        partners().save(partners().find(middle.id()).orElseThrow().tombstoneInto(survivor.id()));
        var unknown = new PartnerId(987_654_321);

        var answer = survivors().survivorsOf(List.of(oldest.id(), middle.id(), survivor.id(), bystander.id(), unknown));

        assertThat(answer)
                .isEqualTo(Map.of(
                        oldest.id(), survivor.id(),
                        middle.id(), survivor.id(),
                        survivor.id(), survivor.id(),
                        bystander.id(), bystander.id()));
    }

    @Test
    void thousands_of_ids_are_answered_at_once() {
        var first = partner("Lê Văn Nam");
        var ids = LongStream.range(0, 2_500)
                .mapToObj(i -> new PartnerId(first.id().value() + 1_000_000 + i))
                .toList();
        var asked = new java.util.ArrayList<>(ids);
        asked.add(first.id());

        assertThat(survivors().survivorsOf(asked)).containsOnlyKeys(first.id());
    }
}
