package io.zpl.domain.link;

import java.time.Instant;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** A message stored on a link; {@code direction} is {@code IN} (from the person) or {@code OUT} (from the OA). */
@ValueObject
public record LinkMessage(
        Instant sentAt,
        String direction,
        String eventName,
        @Nullable String text) {}
