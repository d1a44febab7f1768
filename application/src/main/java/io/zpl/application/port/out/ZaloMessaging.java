package io.zpl.application.port.out;

import io.zpl.domain.zalo.ZaloUserId;

/**
 * Zalo's customer-service send ({@code message/cs}). Never retried: a send is not idempotent, so an answer that does
 * not say what happened is {@link SendAnswer.Unknown}, not a reason to try again. Rate limited per App and circuit
 * broken per OA like every other call.
 */
public interface ZaloMessaging {

    SendAnswer sendText(OaCall call, ZaloUserId user, String text);
}
