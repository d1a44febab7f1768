package io.zpl.application.port.out;

/** The App secret (OAuth) and the OA secret key (webhook signatures); never logged, never shown again. */
public record ZaloAppSecrets(String appSecret, String oaSecretKey) {

    public ZaloAppSecrets {
        if (appSecret == null || appSecret.isBlank() || oaSecretKey == null || oaSecretKey.isBlank()) {
            throw new IllegalArgumentException("a Zalo App needs its app secret and its OA secret key");
        }
    }

    @Override
    public String toString() {
        return "ZaloAppSecrets[hidden]";
    }
}
