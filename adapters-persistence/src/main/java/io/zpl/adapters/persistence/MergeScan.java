package io.zpl.adapters.persistence;

import io.zpl.adapters.persistence.PartnerReferences.Catalog;
import io.zpl.adapters.persistence.PartnerReferences.Reference;
import io.zpl.adapters.persistence.PartnerReferences.Treatment;
import io.zpl.application.port.out.Fingerprint;
import io.zpl.domain.partner.PartnerId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Reads what a merge of some partners touches: each partner's status and version, and every row that references them
 * (its id and version), digested per table and partner. Inside the merge transaction the same reads lock the rows.
 */
final class MergeScan {

    record Result(Fingerprint fingerprint, Map<String, Map<PartnerId, Long>> rowsPerReference) {}

    private MergeScan() {}

    static Result of(Handle h, List<Long> ids, Catalog catalog, boolean lock) {
        String forUpdate = lock ? " FOR UPDATE" : "";
        Map<String, String> parts = new HashMap<>();
        h.createQuery("SELECT partner_id, status, version, merged_into FROM partner WHERE partner_id IN (<ids>) "
                        + "ORDER BY partner_id" + forUpdate)
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(
                        "partner " + rs.getLong(1), rs.getString(2) + " v" + rs.getInt(3) + " into " + rs.getString(4)))
                .forEach(e -> parts.put(e.getKey(), e.getValue()));
        Map<String, Map<PartnerId, Long>> rows = new HashMap<>();
        for (Reference ref : catalog.references()) {
            if (ref.treatment() == Treatment.KEEP_ON_TOMBSTONE) {
                continue;
            }
            Map<Long, MessageDigest> digests = new HashMap<>();
            Map<PartnerId, Long> counts = new HashMap<>();
            String version = ref.versioned() ? "version" : "0";
            h.createQuery("SELECT " + ref.primaryKey() + " AS pk, " + ref.column() + " AS owner, " + version
                            + " AS v FROM " + ref.table() + " WHERE " + ref.column()
                            + " IN (<ids>) ORDER BY " + ref.primaryKey() + forUpdate)
                    .bindList("ids", ids)
                    .map((rs, ctx) -> new long[] {rs.getLong("owner"), rs.getLong("pk"), rs.getLong("v")})
                    .forEach(row -> {
                        digests.computeIfAbsent(row[0], k -> sha256())
                                .update((row[1] + ":" + row[2] + ";").getBytes(StandardCharsets.UTF_8));
                        counts.merge(new PartnerId(row[0]), 1L, Long::sum);
                    });
            digests.forEach((owner, digest) -> parts.put(
                    ref.table() + " rows of partner " + owner, HexFormat.of().formatHex(digest.digest())));
            rows.put(ref.name(), counts);
        }
        return new Result(Fingerprint.of(parts), rows);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
