package io.zpl.adapters.rest;

import io.zpl.application.port.in.SyncProfile.SyncResult;
import io.zpl.domain.zalo.ZaloError;
import org.jspecify.annotations.Nullable;

/** The answer of {@code POST /partner-links/{id}/sync}: outcome, Zalo's error if any, plain words, the link. */
record SyncResultJson(String outcome, @Nullable ZaloErrorJson zaloError, String detail, LinkJson link) {

    /** {@code link} is the API's {@code Link} as the audit shows it after the sync, findings included. */
    static SyncResultJson of(SyncResult result, LinkJson link) {
        return new SyncResultJson(result.outcome().name(), ZaloErrorJson.of(result.zaloError()), result.detail(), link);
    }

    record ZaloErrorJson(int code, String message) {
        static @Nullable ZaloErrorJson of(@Nullable ZaloError error) {
            return error == null ? null : new ZaloErrorJson(error.code(), error.message());
        }
    }
}
