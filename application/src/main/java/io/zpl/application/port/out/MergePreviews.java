package io.zpl.application.port.out;

import io.zpl.domain.merge.MergePlan;
import java.time.Instant;
import java.util.Optional;

/** Previews kept in the database so that any node can execute what another node previewed. */
public interface MergePreviews {

    void save(StoredPreview preview);

    Optional<StoredPreview> find(String previewId);

    void delete(String previewId);

    /** What was previewed and the fingerprint of the rows it saw. */
    record StoredPreview(
            String previewId, MergePlan plan, Fingerprint fingerprint, String createdBy, Instant createdAt) {}
}
