package io.zpl.application.port.out;

import io.zpl.domain.audit.AuditSort;
import io.zpl.domain.link.ZaloPartnerLink;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Where a page of the Zalo Partners list ended: the sort key of its last row and that row's id. Opaque to clients
 * (base64url); a cursor of another sort order is refused.
 */
public record LinkCursor(AuditSort sort, @Nullable String key, long linkId) {

    private static final String NULL_KEY = "-";

    public static LinkCursor after(AuditSort sort, ZaloPartnerLink last) {
        Object key = switch (sort) {
            case LAST_MESSAGE -> last.messages().lastAt();
            case NAME -> last.profile().displayName();
            case LAST_SYNC -> last.sync().profileSyncedAt();
        };
        return new LinkCursor(
                sort, key == null ? null : key.toString(), last.id().value());
    }

    public @Nullable Instant instantKey() {
        return key == null ? null : Instant.parse(key);
    }

    public String encode() {
        String plain = sort.ordinal() + ":" + linkId + ":" + (key == null ? NULL_KEY : "=" + key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    public static LinkCursor decode(String cursor, AuditSort expected) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = plain.split(":", 3);
            AuditSort sort = AuditSort.values()[Integer.parseInt(parts[0])];
            long linkId = Long.parseLong(parts[1]);
            String key = parts[2].equals(NULL_KEY) ? null : parts[2].substring(1);
            if (!parts[2].equals(NULL_KEY) && !parts[2].startsWith("=")) {
                throw new IllegalArgumentException("bad key");
            }
            var decoded = new LinkCursor(sort, key, linkId);
            if (sort != AuditSort.NAME) {
                decoded.instantKey();
            }
            if (sort != expected) {
                throw new IllegalArgumentException(
                        "this cursor belongs to the " + sort + " order; start again from the first page");
            }
            return decoded;
        } catch (IllegalArgumentException | IndexOutOfBoundsException | java.time.DateTimeException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("this cursor")) {
                throw (IllegalArgumentException) e;
            }
            throw new IllegalArgumentException("'" + cursor + "' is not a cursor this server gave out");
        }
    }
}
