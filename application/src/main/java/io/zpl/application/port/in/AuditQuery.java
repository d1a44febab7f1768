package io.zpl.application.port.in;

import io.zpl.domain.audit.AuditSort;
import io.zpl.domain.audit.Finding;
import io.zpl.domain.zalo.OaId;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One page of an OA's Zalo Partners: links having any of {@code findings} (all links when empty), matching
 * {@code text} (Zalo name, alias, partner name, Zalo user id or phone), after the opaque cursor {@code after}.
 */
public record AuditQuery(
        OaId oaId,
        Set<Finding> findings,
        @Nullable String text,
        AuditSort sort,
        @Nullable String after,
        int limit) {

    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 50;

    public AuditQuery {
        findings = findings.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(findings));
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > 200) {
            throw new IllegalArgumentException("the search text may have at most 200 characters");
        }
        after = after == null || after.isBlank() ? null : after.strip();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
    }

    public static AuditQuery firstPage(OaId oaId) {
        return new AuditQuery(oaId, Set.of(), null, AuditSort.LAST_MESSAGE, null, DEFAULT_LIMIT);
    }
}
