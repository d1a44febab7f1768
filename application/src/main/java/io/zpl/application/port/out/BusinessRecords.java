package io.zpl.application.port.out;

import io.zpl.domain.record.BusinessRecord;
import java.util.Collection;

public interface BusinessRecords {
    /** Inserts or updates by external reference, all or nothing; answers how many were inserted and updated. */
    UpsertCounts upsert(Collection<? extends BusinessRecord> records);

    record UpsertCounts(int inserted, int updated) {}
}
