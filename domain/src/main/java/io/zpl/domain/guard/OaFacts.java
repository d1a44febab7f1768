package io.zpl.domain.guard;

import io.zpl.domain.oa.OaStatus;
import io.zpl.domain.zalo.OaId;
import org.jmolecules.ddd.annotation.ValueObject;

/** The OA the message would go out on, as far as the guard cares. */
@ValueObject
public record OaFacts(OaId id, String name, OaStatus status) {}
