package io.zpl.domain.link;

import java.time.Instant;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** A display name and avatar a link showed until {@code replacedAt}, so CS can see "was: …". */
@ValueObject
public record ProfileChange(
        @Nullable String displayName, @Nullable String avatarUrl, Instant replacedAt) {}
