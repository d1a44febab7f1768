package io.zpl.adapters.zalo.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/** Zalo's state in the sandbox: users per OA, token pairs, authorisation codes, sent messages and faults. */
public final class ZaloSandbox {

    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofHours(25);
    static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    record Oa(String oaId, String name, SandboxSettings.App app) {}

    record Grant(String oaId, String appId, Instant expiresAt) {}

    record Code(String oaId, String appId, String codeChallenge, Instant expiresAt) {}

    record SentMessage(String messageId, String oaId, String userId, String text, Instant at) {}

    private final SandboxSettings settings;
    private final Clock clock;
    private final Map<String, Oa> oas = new ConcurrentHashMap<>();
    private final Map<String, Map<String, SandboxUser>> users = new ConcurrentHashMap<>();
    private final Map<String, Grant> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final Map<String, SentMessage> sent = new ConcurrentHashMap<>();
    private final Map<String, RateWindow> rates = new ConcurrentHashMap<>();
    private final Map<String, Traffic> traffic = new ConcurrentHashMap<>();
    private final AtomicReference<Faults> faults = new AtomicReference<>(Faults.NONE);
    private final AtomicLong sequence = new AtomicLong();

    public ZaloSandbox(SandboxSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        for (var app : settings.apps()) {
            for (var oa : app.oas()) {
                oas.put(oa.oaId(), new Oa(oa.oaId(), oa.name(), app));
                users.put(oa.oaId(), new ConcurrentHashMap<>());
                if (oa.connectedFromTheStart()) {
                    accessTokens.put(
                            oa.initialAccessToken(),
                            new Grant(oa.oaId(), app.appId(), now().plus(ACCESS_TOKEN_LIFETIME)));
                    refreshTokens.put(
                            oa.initialRefreshToken(), new Grant(oa.oaId(), app.appId(), now().plusSeconds(7_776_000)));
                }
            }
        }
        SandboxPopulation.populate(this);
    }

    SandboxSettings settings() {
        return settings;
    }

    Instant now() {
        return clock.instant();
    }

    Optional<Oa> oa(String oaId) {
        return Optional.ofNullable(oas.get(oaId));
    }

    List<Oa> oas() {
        return oas.values().stream().sorted(Comparator.comparing(Oa::name)).toList();
    }

    Optional<SandboxSettings.App> app(String appId) {
        return settings.apps().stream().filter(a -> a.appId().equals(appId)).findFirst();
    }

    // users

    Optional<SandboxUser> user(String oaId, String userId) {
        return Optional.ofNullable(users.getOrDefault(oaId, Map.of()).get(userId));
    }

    List<SandboxUser> users(String oaId) {
        return users.getOrDefault(oaId, Map.of()).values().stream()
                .sorted(Comparator.comparing(SandboxUser::userId))
                .toList();
    }

    SandboxUser put(SandboxUser user) {
        users.computeIfAbsent(user.oaId(), k -> new ConcurrentHashMap<>()).put(user.userId(), user);
        return user;
    }

    /**
     * Makes the sandbox know a person the application already links (the demo's customers), as the link shows them, so
     * Sync Profile finds them. A person the sandbox knows already keeps the sandbox's profile: Zalo is the source.
     *
     * @return false when the sandbox has no such OA or already knows the person
     */
    public boolean know(
            String oaId,
            String userId,
            @Nullable String userIdByApp,
            @Nullable String displayName,
            @Nullable String avatar,
            boolean follower,
            @Nullable Instant lastInteraction) {
        if (oa(oaId).isEmpty() || !userId.matches("[0-9]{1,20}")) {
            return false;
        }
        String byApp =
                userIdByApp != null && userIdByApp.matches("[0-9]{1,20}") ? userIdByApp : "8" + userId.substring(1);
        String name = displayName == null || displayName.isBlank() ? "Khách " + userId : displayName;
        var known = users.computeIfAbsent(oaId, k -> new ConcurrentHashMap<>())
                .putIfAbsent(
                        userId,
                        new SandboxUser(oaId, userId, byApp, name, avatar, null, follower, lastInteraction, Map.of()));
        return known == null;
    }

    /** A new Zalo user: a per-OA id and a per-App id that the App's other OAs would share. */
    SandboxUser newUser(String oaId, @Nullable String displayName) {
        String userId = "7" + String.format("%018d", Math.floorMod(RANDOM.nextLong(), 1_000_000_000_000_000_000L));
        String byApp = "8" + userId.substring(1);
        String name = displayName == null || displayName.isBlank() ? "Khách " + userId.substring(14) : displayName;
        return put(new SandboxUser(oaId, userId, byApp, name, null, null, false, null, Map.of()));
    }

    // tokens

    Optional<Grant> accessGrant(@Nullable String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(accessTokens.get(token));
    }

    /** Refresh tokens are single use: redeeming one kills it, whatever happens next. */
    Optional<Grant> redeemRefreshToken(String token) {
        return Optional.ofNullable(refreshTokens.remove(token))
                .filter(g -> g.expiresAt().isAfter(now()));
    }

    Map<String, String> issuePair(String oaId, String appId) {
        String access = token();
        String refresh = token();
        accessTokens.put(access, new Grant(oaId, appId, now().plus(ACCESS_TOKEN_LIFETIME)));
        refreshTokens.put(refresh, new Grant(oaId, appId, now().plus(Duration.ofDays(90))));
        return Map.of(
                "access_token", access,
                "refresh_token", refresh,
                "expires_in", Long.toString(ACCESS_TOKEN_LIFETIME.toSeconds()));
    }

    String issueCode(String oaId, String appId, String codeChallenge) {
        String code = token();
        codes.put(code, new Code(oaId, appId, codeChallenge, now().plus(CODE_LIFETIME)));
        return code;
    }

    /** Authorisation codes are single use and checked against the PKCE challenge (S256). */
    Optional<Code> redeemCode(String code, String codeVerifier) {
        return Optional.ofNullable(codes.remove(code))
                .filter(c -> c.expiresAt().isAfter(now()))
                .filter(c -> s256(codeVerifier).equals(c.codeChallenge()));
    }

    // messages and faults

    SentMessage recordSent(String oaId, String userId, String text) {
        var message = new SentMessage(HexFormat.of().formatHex(randomBytes(16)), oaId, userId, text, now());
        sent.put(message.messageId(), message);
        return message;
    }

    List<SentMessage> sentTo(String oaId, String userId) {
        return sent.values().stream()
                .filter(m -> m.oaId().equals(oaId) && m.userId().equals(userId))
                .sorted(Comparator.comparing(SentMessage::at))
                .toList();
    }

    Faults faults() {
        return faults.get();
    }

    void faults(Faults changed) {
        faults.set(changed);
    }

    /**
     * Counts a call against the App's per-minute quota; false when the App is over it. Every call counts, whether it
     * is refused or not, as the traffic the App sent.
     */
    boolean withinRate(String appId) {
        var sent = traffic(appId);
        sent.arrived(System.nanoTime());
        boolean within = rates.computeIfAbsent(appId, k -> new RateWindow())
                .tryAcquire(now(), faults.get().ratePerMinute());
        if (!within) {
            sent.refusedOverQuota();
        }
        return within;
    }

    Traffic traffic(String appId) {
        return traffic.computeIfAbsent(appId, k -> new Traffic());
    }

    void forgetTraffic() {
        traffic.clear();
    }

    String nextMsgId() {
        return HexFormat.of().formatHex(randomBytes(8)) + Long.toHexString(sequence.incrementAndGet());
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(48));
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** A fixed one-minute window per App, like Zalo's per-minute quota. */
    private static final class RateWindow {
        private long minute = -1;
        private int used;

        synchronized boolean tryAcquire(Instant at, int limit) {
            long current = at.getEpochSecond() / 60;
            if (current != minute) {
                minute = current;
                used = 0;
            }
            return ++used <= limit;
        }
    }
}
