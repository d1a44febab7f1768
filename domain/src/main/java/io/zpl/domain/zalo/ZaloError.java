package io.zpl.domain.zalo;

import java.util.Map;
import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An error Zalo answered (its {@code error} code and {@code message}), with the class that decides what we do and an
 * explanation a person understands. Codes we do not know are treated as transient: retrying is bounded, and the
 * explanation still names the code.
 */
@ValueObject
public record ZaloError(int code, String message) {

    /** Our own codes for failures that carry no Zalo code: HTTP status, timeout, unreadable body. */
    public static final int HTTP_FAILURE = 1;

    public static final int TIMEOUT = 2;
    public static final int MALFORMED_ANSWER = 3;

    private static final Set<Integer> TRANSIENT = Set.of(-32, -200, -214, HTTP_FAILURE, TIMEOUT, MALFORMED_ANSWER);
    private static final Set<Integer> TOKEN = Set.of(-216, -220, -124);
    private static final Set<Integer> QUOTA = Set.of(-211, -218, -234);
    private static final Set<Integer> USER = Set.of(-213, -217, -227, -230, -232, -244, -201);
    private static final Set<Integer> OA_ADMIN =
            Set.of(-204, -205, -209, -212, -219, -221, -223, -224, -242, -320, -321);

    private static final Map<Integer, String> PLAIN_WORDS = Map.ofEntries(
            Map.entry(-32, "Zalo's rate limit for the App was reached"),
            Map.entry(-200, "Zalo had a temporary failure"),
            Map.entry(-214, "Zalo had a temporary failure"),
            Map.entry(HTTP_FAILURE, "Zalo answered with a server error"),
            Map.entry(TIMEOUT, "Zalo did not answer in time"),
            Map.entry(MALFORMED_ANSWER, "Zalo's answer could not be read"),
            Map.entry(-216, "the OA's access token is invalid"),
            Map.entry(-220, "the OA's access token has expired or was removed"),
            Map.entry(-124, "the OA's access token is invalid"),
            Map.entry(-211, "the OA's Zalo quota is used up for now"),
            Map.entry(-218, "the OA's Zalo quota is used up for now"),
            Map.entry(-234, "Zalo does not allow this between 22:00 and 06:00"),
            Map.entry(-213, "this person no longer follows the OA"),
            Map.entry(-217, "this person has blocked the OA"),
            Map.entry(-227, "this person's Zalo account is banned or inactive for 45 days"),
            Map.entry(-230, "this person has not interacted with the OA in the last 7 days"),
            Map.entry(-232, "this person has not interacted with the OA in the last 7 days"),
            Map.entry(-244, "this person's account is restricted by Zalo"),
            Map.entry(-201, "Zalo does not know this user id on the OA (or a parameter is invalid)"),
            Map.entry(-204, "the OA is disabled on Zalo"),
            Map.entry(-205, "the OA does not exist on Zalo"),
            Map.entry(-209, "the Zalo App is not approved for this call"),
            Map.entry(-212, "the OA has not registered this API"),
            Map.entry(-219, "the Zalo App was removed or disabled"),
            Map.entry(-221, "the OA is not verified on Zalo"),
            Map.entry(-223, "the OA has not authorised this API for the App"),
            Map.entry(-224, "the OA's Zalo package does not include this API"),
            Map.entry(-242, "Zalo refuses this call for the OA"),
            Map.entry(-320, "the OA's Zalo account needs attention (payment or package)"),
            Map.entry(-321, "the OA's Zalo account needs attention (payment or package)"));

    public ZaloError {
        message = message == null ? "" : message.strip();
        if (message.length() > 300) {
            message = message.substring(0, 300) + "…";
        }
    }

    public ZaloErrorClass kind() {
        if (TOKEN.contains(code)) {
            return ZaloErrorClass.TOKEN;
        }
        if (QUOTA.contains(code)) {
            return ZaloErrorClass.QUOTA;
        }
        if (USER.contains(code)) {
            return ZaloErrorClass.USER;
        }
        if (OA_ADMIN.contains(code)) {
            return ZaloErrorClass.OA_ADMIN;
        }
        return ZaloErrorClass.TRANSIENT;
    }

    public boolean isTransient() {
        return TRANSIENT.contains(code) || kind() == ZaloErrorClass.TRANSIENT;
    }

    public boolean isRateLimit() {
        return code == -32;
    }

    /** What happened, in plain words, with Zalo's code for whoever asks Zalo's support. */
    public String plainWords() {
        String words = PLAIN_WORDS.getOrDefault(code, "Zalo refused the call");
        return code < 0 ? words + " (Zalo error " + code + ")" : words;
    }

    public static ZaloError httpStatus(int status) {
        return new ZaloError(HTTP_FAILURE, "HTTP " + status);
    }

    public static ZaloError timeout(String what) {
        return new ZaloError(TIMEOUT, what);
    }

    public static ZaloError malformed(String what) {
        return new ZaloError(MALFORMED_ANSWER, what);
    }
}
