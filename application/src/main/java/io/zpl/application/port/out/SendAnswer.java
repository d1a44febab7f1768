package io.zpl.application.port.out;

import io.zpl.domain.zalo.ZaloError;
import java.time.Instant;

/** How one {@code message/cs} call ended. Only {@link Unknown} leaves open whether the message went out. */
public sealed interface SendAnswer {

    /** Zalo took the message. */
    record Accepted(String zaloMsgId, Instant sentAt) implements SendAnswer {}

    /** Zalo answered with an error: nothing went out. */
    record Refused(ZaloError error) implements SendAnswer {}

    /** No readable answer (timeout, broken connection, server error, unreadable body): it may or may not be out. */
    record Unknown(String detail) implements SendAnswer {}

    /** No call was made: the OA's circuit is open or the App's rate budget stayed exhausted. */
    record Unavailable(String reason) implements SendAnswer {}
}
