package io.zpl.application.service;

import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.ImportBusinessRecords;
import io.zpl.application.port.out.BusinessRecords;
import io.zpl.application.port.out.Clock;
import io.zpl.application.port.out.PartnerSurvivors;
import io.zpl.domain.access.Role;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.record.BusinessRecord;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

public final class BusinessRecordImportService implements ImportBusinessRecords {

    private final PartnerSurvivors survivors;
    private final BusinessRecords records;
    private final Clock clock;

    public BusinessRecordImportService(PartnerSurvivors survivors, BusinessRecords records, Clock clock) {
        this.survivors = survivors;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public List<RecordRow> readCsv(Reader csv) {
        return CsvRecordRows.read(csv);
    }

    @Override
    public Check check(Actor actor, List<RecordRow> rows) {
        actor.require(Role.ZALO_ADMIN);
        var read = read(rows);
        var perKind = new HashMap<String, Integer>();
        for (RecordRow row : rows) {
            String kind = row.kind() == null ? "" : row.kind().strip().toUpperCase(java.util.Locale.ROOT);
            if (RecordRowReader.KINDS.contains(kind)) {
                perKind.merge(kind, 1, Integer::sum);
            }
        }
        return new Check(rows.size(), perKind, read.errors());
    }

    @Override
    public Outcome importRows(Actor actor, List<RecordRow> rows) {
        actor.require(Role.ZALO_ADMIN);
        var read = read(rows);
        if (!read.errors().isEmpty()) {
            return new Outcome.Rejected(read.errors());
        }
        var counts = records.upsert(read.records());
        return new Outcome.Imported(rows.size(), counts.inserted(), counts.updated());
    }

    private Read read(List<RecordRow> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("there are no records to import");
        }
        if (rows.size() > MAX_ROWS) {
            throw new IllegalArgumentException(
                    "at most " + MAX_ROWS + " records at once, got " + rows.size() + ": split them into batches");
        }
        Map<PartnerId, PartnerId> survivorOf = survivors.survivorsOf(partnerIds(rows));
        var errors = new ArrayList<RowError>();
        var reader = new RecordRowReader(survivorOf, clock.now(), errors);
        var valid = new ArrayList<BusinessRecord>(rows.size());
        Map<String, Integer> firstRowOfRef = new HashMap<>();
        for (RecordRow row : rows) {
            BusinessRecord record = reader.read(row);
            if (record == null) {
                continue;
            }
            String key = record.getClass().getSimpleName() + ":" + record.externalRef();
            Integer first = firstRowOfRef.putIfAbsent(key, row.row());
            if (first != null) {
                errors.add(new RowError(
                        row.row(),
                        record.externalRef(),
                        "externalRef",
                        "duplicate reference " + record.externalRef() + " (also on row " + first + ")"));
            } else {
                valid.add(record);
            }
        }
        errors.sort(Comparator.comparingInt(RowError::row));
        return new Read(valid, errors);
    }

    private static Set<PartnerId> partnerIds(List<RecordRow> rows) {
        var ids = new HashSet<PartnerId>();
        for (RecordRow row : rows) {
            try {
                if (row.partnerId() != null && !row.partnerId().isBlank()) {
                    ids.add(PartnerId.parse(row.partnerId()));
                }
            } catch (IllegalArgumentException e) {
                // reported per row by RecordRowReader
            }
        }
        return ids;
    }

    private record Read(List<BusinessRecord> records, List<RowError> errors) {}
}
