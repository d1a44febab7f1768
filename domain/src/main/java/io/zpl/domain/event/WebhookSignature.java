package io.zpl.domain.event;

import io.zpl.domain.oa.SignatureVariant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Zalo's webhook signature: header {@code X-ZEvent-Signature: mac=<hex>} with
 * {@code mac = sha256(app_id + raw body + timestamp + secret)}, plain SHA-256 of the concatenated bytes (not HMAC).
 * Which secret is hashed depends on the App's {@link SignatureVariant}.
 */
public final class WebhookSignature {

    private static final String PREFIX = "mac=";

    private WebhookSignature() {}

    /** The hex mac Zalo puts after {@code mac=} for this body. */
    public static String mac(String appId, byte[] rawBody, String timestamp, String secret) {
        MessageDigest sha256 = sha256();
        sha256.update(appId.getBytes(StandardCharsets.UTF_8));
        sha256.update(rawBody);
        sha256.update(timestamp.getBytes(StandardCharsets.UTF_8));
        sha256.update(secret.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** The whole header value Zalo sends. */
    public static String header(String appId, byte[] rawBody, String timestamp, String secret) {
        return PREFIX + mac(appId, rawBody, timestamp, secret);
    }

    /** The secret the variant hashes. */
    public static String secretFor(SignatureVariant variant, String oaSecretKey, String appSecret) {
        return switch (variant) {
            case APP_ID_BODY_TIMESTAMP_OA_SECRET -> oaSecretKey;
            case APP_ID_BODY_TIMESTAMP_APP_SECRET -> appSecret;
        };
    }

    /** Whether the header carries the right mac; compares in constant time and accepts upper- or lower-case hex. */
    public static boolean verify(
            @Nullable String header, String appId, byte[] rawBody, String timestamp, String secret) {
        if (header == null) {
            return false;
        }
        String value = header.strip();
        if (!value.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        byte[] given = value.substring(PREFIX.length())
                .strip()
                .toLowerCase(Locale.ROOT)
                .getBytes(StandardCharsets.US_ASCII);
        byte[] expected = mac(appId, rawBody, timestamp, secret).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, expected);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
