package io.zpl.application.service;

import io.zpl.application.port.out.ZaloEvents;
import io.zpl.application.port.out.ZaloEvents.Incoming;
import io.zpl.application.port.out.ZaloEvents.Stored;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.IntStream;

/**
 * Group commit of webhook events: concurrent webhooks hand their verified event over and wait; a storer takes
 * everything waiting and stores it in one transaction (one multi-row insert, ONE commit), then answers each webhook
 * with its own outcome. Nobody is answered before the commit that holds their event. A batch that fails is stored
 * again event by event, so a bad event fails only its own webhook (which Zalo retries).
 */
public final class ZaloEventGroupCommit implements AutoCloseable {

    private static final System.Logger log = System.getLogger(ZaloEventGroupCommit.class.getName());
    /** Events in one transaction at most, and their raw bodies' size: well under MariaDB's 16 MiB packet. */
    static final int MAX_EVENTS = 200;

    static final long MAX_CHARS = 2L * 1024 * 1024;

    private final ZaloEvents events;
    private final BlockingQueue<Waiting> waiting = new LinkedBlockingQueue<>();
    private final List<Thread> storers;
    private volatile boolean closed;

    /** @param storers how many transactions may store at once: while one commits, the next batch gathers */
    public ZaloEventGroupCommit(ZaloEvents events, int storers) {
        this.events = events;
        this.storers = IntStream.range(0, storers)
                .mapToObj(i -> Thread.ofPlatform()
                        .name("zalo-event-storer-" + i)
                        .daemon()
                        .start(this::storeWhatWaits))
                .toList();
    }

    /** Stores the event together with whatever else waits, and answers once their commit is done. */
    public Stored store(Incoming event) {
        var handed = new Waiting(event, new CompletableFuture<>());
        waiting.add(handed);
        if (closed) {
            failWhatWaits();
        }
        try {
            return handed.answer().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void storeWhatWaits() {
        List<Waiting> batch = new ArrayList<>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(waiting.take());
                long chars = batch.getFirst().event().rawBody().length();
                Waiting next;
                while (batch.size() < MAX_EVENTS && chars < MAX_CHARS && (next = waiting.poll()) != null) {
                    batch.add(next);
                    chars += next.event().rawBody().length();
                }
                store(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                batch.forEach(Waiting::failClosed);
            } catch (RuntimeException e) {
                batch.forEach(handed -> handed.answer().completeExceptionally(e));
            }
            batch.clear();
        }
    }

    private void store(List<Waiting> batch) {
        List<Stored> stored;
        try {
            stored = events.storeAll(batch.stream().map(Waiting::event).toList());
        } catch (RuntimeException e) {
            if (batch.size() > 1) {
                log.log(
                        System.Logger.Level.WARNING,
                        "Storing " + batch.size() + " Zalo events together failed, storing them one by one: "
                                + e.getMessage());
                batch.forEach(this::storeAlone);
            } else {
                batch.getFirst().answer().completeExceptionally(e);
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).answer().complete(stored.get(i));
        }
    }

    private void storeAlone(Waiting handed) {
        try {
            handed.answer().complete(events.storeAll(List.of(handed.event())).getFirst());
        } catch (RuntimeException e) {
            handed.answer().completeExceptionally(e);
        }
    }

    private void failWhatWaits() {
        Waiting left;
        while ((left = waiting.poll()) != null) {
            left.failClosed();
        }
    }

    @Override
    public void close() {
        closed = true;
        storers.forEach(Thread::interrupt);
        failWhatWaits();
    }

    private record Waiting(Incoming event, CompletableFuture<Stored> answer) {
        void failClosed() {
            answer.completeExceptionally(new IllegalStateException("the server is stopping: the event was not stored"));
        }
    }
}
