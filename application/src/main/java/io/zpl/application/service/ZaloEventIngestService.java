package io.zpl.application.service;

import io.zpl.application.port.in.IngestZaloEvent;
import io.zpl.application.port.in.ProcessReceivedZaloEvents;
import io.zpl.application.port.out.Clock;
import io.zpl.application.port.out.ZaloAppSecrets;
import io.zpl.application.port.out.ZaloApps;
import io.zpl.application.port.out.ZaloEventFormat;
import io.zpl.application.port.out.ZaloEventQueue;
import io.zpl.application.port.out.ZaloEvents;
import io.zpl.application.port.out.ZaloEvents.Incoming;
import io.zpl.domain.event.EventEnvelope;
import io.zpl.domain.event.EventState;
import io.zpl.domain.event.WebhookSignature;
import io.zpl.domain.oa.ZaloApp;
import io.zpl.domain.zalo.ZaloAppId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Verify, store once, answer, then process: the webhook's answer waits only for the store (shared with the webhooks
 * arriving meanwhile: {@link ZaloEventGroupCommit}), and the event is queued for processing. An event that is stored
 * is never lost: whatever the queue does not finish (full queue, crash, restart) stays {@code RECEIVED} until
 * {@link #processReceived} hands it to the queue again, once the queue is idle.
 */
public final class ZaloEventIngestService implements IngestZaloEvent, ProcessReceivedZaloEvents {

    private static final System.Logger log = System.getLogger(ZaloEventIngestService.class.getName());
    /** Events younger than this may still be queued for processing after their webhook; the worker leaves them be. */
    private static final Duration HANDOFF_GRACE = Duration.ofSeconds(5);

    private static final Duration SECRET_CACHE = Duration.ofSeconds(30);

    private final ZaloEventFormat format;
    private final ZaloApps apps;
    private final ZaloEvents events;
    private final Clock clock;
    private final IngestPolicy policy;
    private final ZaloEventQueue queue;
    private final ZaloEventGroupCommit store;
    private final Map<ZaloAppId, CachedSecret> secrets = new ConcurrentHashMap<>();

    public ZaloEventIngestService(
            ZaloEventFormat format,
            ZaloApps apps,
            ZaloEvents events,
            Clock clock,
            IngestPolicy policy,
            ZaloEventQueue queue,
            ZaloEventGroupCommit store) {
        this.format = format;
        this.apps = apps;
        this.events = events;
        this.clock = clock;
        this.policy = policy;
        this.queue = queue;
        this.store = store;
    }

    @Override
    public Receipt ingest(byte[] body, @Nullable String signatureHeader) {
        if (body.length > MAX_BODY_BYTES) {
            return new Rejected(Reason.TOO_LARGE, "The body is larger than " + MAX_BODY_BYTES / 1024 + " KiB.");
        }
        EventEnvelope envelope;
        try {
            envelope = format.envelope(body);
        } catch (IllegalArgumentException e) {
            return new Rejected(Reason.MALFORMED, e.getMessage());
        }
        if (!signedByKnownApp(envelope, body, signatureHeader)) {
            return new Rejected(Reason.BAD_SIGNATURE, "The signature is missing or does not match.");
        }
        var now = clock.now();
        if (policy.tooOld(envelope.timestamp(), now)) {
            return new Rejected(
                    Reason.TOO_OLD,
                    "The event's timestamp is older than the replay window of " + policy.replayWindow() + ".");
        }
        if (policy.tooFarAhead(envelope.timestamp(), now)) {
            return new Rejected(
                    Reason.TOO_FAR_AHEAD,
                    "The event's timestamp is more than " + policy.replayWindow() + " in the future.");
        }
        var stored = store.store(new Incoming(envelope, new String(body, StandardCharsets.UTF_8), now));
        if (stored.state() == EventState.RECEIVED
                && !queue.offer(stored.id(), ZaloEventQueue.orderKey(envelope.oaId(), envelope.subjectId()))) {
            log.log(
                    System.Logger.Level.DEBUG,
                    () -> "Zalo event " + stored.id() + " waits for the worker: the queue is full");
        }
        return new Accepted(stored.id(), stored.duplicate());
    }

    @Override
    public int processReceived(int limit) {
        if (!queue.isIdle()) {
            return 0;
        }
        int handed = 0;
        for (var waiting : events.received(clock.now().minus(HANDOFF_GRACE), limit)) {
            if (!queue.offer(waiting.id(), ZaloEventQueue.orderKey(waiting.oaId(), waiting.subjectId()))) {
                break;
            }
            handed++;
        }
        return handed;
    }

    private boolean signedByKnownApp(EventEnvelope envelope, byte[] body, @Nullable String header) {
        return signingSecret(envelope.appId())
                .map(secret -> WebhookSignature.verify(
                        header, envelope.appId().value(), body, envelope.timestampText(), secret))
                .orElse(false);
    }

    /**
     * The secret the App's signatures use, remembered for a short while: every webhook needs it, and it changes
     * only when an admin edits the App. An unknown App is not remembered, so adding one takes effect at once.
     */
    private Optional<String> signingSecret(ZaloAppId appId) {
        var now = clock.now();
        var cached = secrets.get(appId);
        if (cached != null && cached.until().isAfter(now)) {
            return Optional.of(cached.secret());
        }
        Optional<ZaloApp> app = apps.find(appId);
        Optional<ZaloAppSecrets> stored = apps.secrets(appId);
        if (app.isEmpty() || stored.isEmpty()) {
            return Optional.empty();
        }
        String secret = WebhookSignature.secretFor(
                app.get().signatureVariant(),
                stored.get().oaSecretKey(),
                stored.get().appSecret());
        secrets.put(appId, new CachedSecret(secret, now.plus(SECRET_CACHE)));
        return Optional.of(secret);
    }

    private record CachedSecret(String secret, Instant until) {
        @Override
        public String toString() {
            return "CachedSecret[hidden]";
        }
    }
}
