package io.zpl.application.port.out;

import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.record.BusinessRecord;
import java.util.Collection;
import java.util.List;

public interface BusinessRecords {
    /** Inserts or updates by external reference, all or nothing; answers how many were inserted and updated. */
    UpsertCounts upsert(Collection<? extends BusinessRecord> records);

    /** The partner's quotes and orders, invoices and tickets, newest first. */
    List<BusinessRecord> ofPartner(PartnerId partner);

    record UpsertCounts(int inserted, int updated) {}
}
