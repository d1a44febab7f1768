package io.zpl.adapters.zalo.sandbox;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the sandbox knows of the world, from configuration: the Apps with their secrets and OAs, and where our webhook
 * listens (null: this server's own {@code /zalo/webhook}).
 *
 * <p>An OA's {@code initialAccessToken}/{@code initialRefreshToken} are a pair the sandbox accepts from the start, so a
 * demo can call it before any OAuth round trip; an OA without them must be connected through the permission page.
 */
public record SandboxSettings(List<App> apps, @Nullable String webhookUrl) {

    public SandboxSettings {
        apps = List.copyOf(apps);
    }

    public record App(String appId, String name, String appSecret, String oaSecretKey, List<Oa> oas) {
        public App {
            oas = List.copyOf(oas);
        }
    }

    public record Oa(
            String oaId,
            String name,
            @Nullable String initialAccessToken,
            @Nullable String initialRefreshToken) {

        public boolean connectedFromTheStart() {
            return initialAccessToken != null && initialRefreshToken != null;
        }
    }
}
