package io.zpl.application.service;

import io.zpl.application.port.in.AuditedLink;
import io.zpl.domain.audit.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The Zalo Partners list as RFC 4180 CSV in UTF-8 with a byte order mark, so that spreadsheets open Vietnamese names
 * intact. Text typed by people (names, aliases) that starts like a formula is prefixed with an apostrophe.
 */
final class AuditCsv {

    static final String HEADER = "link_id,oa_id,zalo_user_id,zalo_display_name,alias,partner_id,partner_name,"
            + "partner_status,shared_phone,follower,message_count,last_message_at,profile_synced_at,"
            + "last_sync_outcome,findings\r\n";

    private AuditCsv() {}

    static void writeHeader(Appendable out) {
        try {
            out.append('\uFEFF').append(HEADER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeRow(Appendable out, AuditedLink row) {
        var link = row.link();
        var p = link.profile();
        String[] fields = {
            link.id().toString(),
            link.oaId().value(),
            link.zaloUserId().value(),
            text(p.displayName()),
            text(p.alias()),
            row.partner().id().toString(),
            text(row.partner().name()),
            row.partner().status().name(),
            p.sharedPhone() == null ? "" : p.sharedPhone().e164(),
            p.follower() == null ? "" : p.follower().toString(),
            Long.toString(link.messages().count()),
            Objects.toString(link.messages().lastAt(), ""),
            Objects.toString(link.sync().profileSyncedAt(), ""),
            link.sync().lastOutcome() == null ? "" : link.sync().lastOutcome().name(),
            row.orderedFindings().stream().map(Finding::name).collect(Collectors.joining(";"))
        };
        try {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(quoted(fields[i]));
            }
            out.append("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
