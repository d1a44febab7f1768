package io.zpl.adapters.persistence;

import io.zpl.application.port.out.Fingerprint;
import io.zpl.application.port.out.MergePreviews;
import io.zpl.domain.merge.MergeField;
import io.zpl.domain.merge.MergePlan;
import io.zpl.domain.partner.PartnerId;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/** Previews in the database (table {@code merge_preview}), so a merge previewed on one node can run on another. */
public final class JdbiMergePreviews implements MergePreviews {

    /** Previews older than this are removed when a new one is saved; executing one that old means previewing again. */
    static final Duration KEPT_FOR = Duration.ofDays(1);

    private final Jdbi jdbi;

    public JdbiMergePreviews(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void save(StoredPreview preview) {
        var image = new MergeImage();
        preview.fingerprint().parts().forEach(image::put);
        MergePlan plan = preview.plan();
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM merge_preview WHERE created_at < :old")
                    .bind("old", Rows.utc(preview.createdAt().minus(KEPT_FOR)))
                    .execute();
            h.createUpdate("""
                            INSERT INTO merge_preview (preview_id, survivor_id, merged_ids, name_from, email_from,
                                address_from, fingerprint, created_by, created_at)
                            VALUES (:id, :survivor, :merged, :name, :email, :address, :fingerprint, :by, :at)""")
                    .bind("id", preview.previewId())
                    .bind("survivor", plan.survivor().value())
                    .bind(
                            "merged",
                            plan.merged().stream().map(PartnerId::toString).collect(Collectors.joining(",")))
                    .bind("name", source(plan, MergeField.NAME))
                    .bind("email", source(plan, MergeField.EMAIL))
                    .bind("address", source(plan, MergeField.ADDRESS))
                    .bind("fingerprint", image.text())
                    .bind("by", preview.createdBy())
                    .bind("at", Rows.utc(preview.createdAt()))
                    .execute();
        });
    }

    private static Long source(MergePlan plan, MergeField field) {
        PartnerId source = plan.fieldSources().get(field);
        return source == null ? null : source.value();
    }

    @Override
    public Optional<StoredPreview> find(String previewId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM merge_preview WHERE preview_id = :id")
                .bind("id", previewId)
                .map((rs, ctx) -> {
                    Map<MergeField, PartnerId> sources = new EnumMap<>(MergeField.class);
                    for (MergeField field : MergeField.values()) {
                        long id = rs.getLong(field.name().toLowerCase(java.util.Locale.ROOT) + "_from");
                        if (!rs.wasNull()) {
                            sources.put(field, new PartnerId(id));
                        }
                    }
                    var plan = new MergePlan(
                            new PartnerId(rs.getLong("survivor_id")),
                            Arrays.stream(rs.getString("merged_ids").split(","))
                                    .map(PartnerId::parse)
                                    .toList(),
                            sources);
                    MergeImage image = MergeImage.parse(rs.getString("fingerprint"));
                    Map<String, String> parts = new HashMap<>();
                    image.keys().forEach(key -> parts.put(key, image.get(key)));
                    return new StoredPreview(
                            rs.getString("preview_id"),
                            plan,
                            Fingerprint.of(parts),
                            rs.getString("created_by"),
                            Rows.instant(rs, "created_at"));
                })
                .findOne());
    }

    @Override
    public void delete(String previewId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM merge_preview WHERE preview_id = :id")
                .bind("id", previewId)
                .execute());
    }
}
