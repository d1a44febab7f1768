package io.zpl.application.port.in;

import io.zpl.domain.guard.Resolution;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.zalo.OaId;
import java.time.Instant;

/**
 * "Send test message" on the partner page: asks the send guard for business content first and sends nothing when it
 * blocks; otherwise sends a text through Zalo's {@code message/cs} once and records it on the link. Zalo Admins and
 * CS Leads only.
 */
public interface SendTestMessage {

    int MAX_TEXT = 2000;

    Outcome send(Actor actor, Command command);

    /**
     * @param attemptKey one per attempt (the dialog makes a new one each time it opens): a second call with the same
     *     key sends nothing, whatever happened to the first
     */
    record Command(PartnerId partnerId, OaId oaId, String text, String attemptKey) {
        public Command {
            text = text == null ? "" : text.strip();
            if (text.isEmpty()) {
                throw new IllegalArgumentException("write the test message");
            }
            if (text.length() > MAX_TEXT) {
                throw new IllegalArgumentException(
                        "Zalo takes at most " + MAX_TEXT + " characters, the text has " + text.length());
            }
            if (attemptKey == null || !attemptKey.matches("[A-Za-z0-9_-]{8,64}")) {
                throw new IllegalArgumentException("the attempt key must be 8 to 64 letters, digits, '-' or '_'");
            }
        }
    }

    /** How the attempt ended, always with the guard's answer it was made under. */
    sealed interface Outcome {
        Resolution resolution();

        /** The guard blocked: nothing was sent; the resolution's reasons say why. */
        record Blocked(Resolution resolution) implements Outcome {}

        /** Zalo took the message; its delivery state follows from Zalo's webhooks. */
        record Sent(Resolution resolution, String zaloMsgId, Instant sentAt) implements Outcome {}

        /** Certainly not sent (Zalo refused, or could not be called): {@code reason} in plain words. */
        record NotSent(Resolution resolution, String reason) implements Outcome {}

        /** Zalo did not say whether it went out: unknown, check Zalo Events; it is not sent again. */
        record Unknown(Resolution resolution, String reason) implements Outcome {}

        /** This attempt key was used before: nothing was sent again. */
        record AlreadyAttempted(Resolution resolution) implements Outcome {}
    }
}
