package io.zpl.application.fakes;

import io.zpl.application.port.out.BusinessRecords;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.record.BusinessRecord;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Business records by kind and external reference, as the tables keep them. */
public final class InMemoryBusinessRecords implements BusinessRecords {

    private final Map<String, BusinessRecord> records = new ConcurrentHashMap<>();

    @Override
    public synchronized UpsertCounts upsert(Collection<? extends BusinessRecord> batch) {
        int updated = 0;
        for (BusinessRecord record : batch) {
            if (records.put(key(record), record) != null) {
                updated++;
            }
        }
        return new UpsertCounts(batch.size() - updated, updated);
    }

    @Override
    public List<BusinessRecord> ofPartner(PartnerId partner) {
        return records.values().stream()
                .filter(r -> r.partnerId().equals(partner))
                .toList();
    }

    public List<BusinessRecord> all() {
        return List.copyOf(records.values());
    }

    private static String key(BusinessRecord record) {
        return record.getClass().getSimpleName() + ":" + record.externalRef();
    }
}
