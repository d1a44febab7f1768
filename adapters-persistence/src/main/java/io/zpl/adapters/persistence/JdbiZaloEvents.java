package io.zpl.adapters.persistence;

import static io.zpl.adapters.persistence.Rows.instant;
import static io.zpl.adapters.persistence.Rows.utc;

import io.zpl.application.port.out.ZaloEvents;
import io.zpl.domain.event.EventEnvelope;
import io.zpl.domain.event.EventState;
import io.zpl.domain.event.ZaloEventId;
import io.zpl.domain.event.ZaloEventSummary;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jspecify.annotations.Nullable;

public final class JdbiZaloEvents implements ZaloEvents {

    private static final int ATTEMPTS = 4;
    private static final int MAX_NOTE = 1000;
    private static final String EVENT_SAVEPOINT = "zalo_event";
    private static final String SUMMARY_COLUMNS = """
            event_id, app_id, oa_id, event_name, subject_id, event_time, received_at, state, note, attempts, processed_at
            """;

    private static final RowMapper<ZaloEventSummary> SUMMARY = (rs, ctx) -> {
        String oa = rs.getString("oa_id");
        return new ZaloEventSummary(
                new ZaloEventId(rs.getLong("event_id")),
                new ZaloAppId(rs.getString("app_id")),
                oa == null ? null : new OaId(oa),
                rs.getString("event_name"),
                rs.getString("subject_id"),
                instant(rs, "event_time"),
                instant(rs, "received_at"),
                EventState.valueOf(rs.getString("state")),
                rs.getString("note"),
                rs.getInt("attempts"),
                instant(rs, "processed_at"));
    };

    private final Jdbi jdbi;

    public JdbiZaloEvents(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Stored> storeAll(List<Incoming> incoming) {
        if (incoming.isEmpty()) {
            return List.of();
        }
        List<String> keys =
                incoming.stream().map(event -> event.envelope().dedupeKey()).toList();
        return jdbi.inTransaction(h -> {
            // repeats are answered from a plain read: INSERT IGNORE would wait for the original's processing lock
            Map<String, Stored> byKey = storedWithKeys(h, keys);
            Map<String, Incoming> fresh = new LinkedHashMap<>();
            for (int i = 0; i < incoming.size(); i++) {
                if (!byKey.containsKey(keys.get(i))) {
                    fresh.putIfAbsent(keys.get(i), incoming.get(i));
                }
            }
            if (!fresh.isEmpty()) {
                byKey.putAll(insert(h, fresh));
                // a key another transaction stored since the read was ignored: that one is the stored event
                var ignored = fresh.keySet().stream()
                        .filter(key -> !byKey.containsKey(key))
                        .toList();
                if (!ignored.isEmpty()) {
                    byKey.putAll(storedWithKeys(h, ignored));
                }
            }
            List<Stored> answers = new ArrayList<>(incoming.size());
            Set<String> answered = new HashSet<>();
            for (String key : keys) {
                Stored stored = byKey.get(key);
                if (stored == null) {
                    throw new IllegalStateException(
                            "the event with dedupe key " + key + " was neither stored nor found");
                }
                answers.add(answered.add(key) ? stored : stored.asRepeat());
            }
            return answers;
        });
    }

    /** One multi-row insert; answers the events it stored by dedupe key (a key stored meanwhile is left out). */
    private static Map<String, Stored> insert(Handle h, Map<String, Incoming> fresh) {
        String values = String.join(", ", Collections.nCopies(fresh.size(), "(?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?)"));
        var insert = h.createQuery("""
                INSERT IGNORE INTO zalo_event (dedupe_key, app_id, oa_id, event_name, subject_id, event_time,
                                               received_at, state, raw_body)
                VALUES %s
                RETURNING event_id, dedupe_key
                """.formatted(values));
        int at = 0;
        for (var entry : fresh.entrySet()) {
            EventEnvelope envelope = entry.getValue().envelope();
            insert.bind(at++, entry.getKey())
                    .bind(at++, envelope.appId().value())
                    .bind(at++, envelope.oaId() == null ? null : envelope.oaId().value())
                    .bind(at++, envelope.eventName())
                    .bind(at++, envelope.subjectId())
                    .bind(at++, utc(envelope.timestamp()))
                    .bind(at++, utc(entry.getValue().receivedAt()))
                    .bind(at++, entry.getValue().rawBody());
        }
        Map<String, Stored> inserted = new HashMap<>();
        insert.map((rs, ctx) -> Map.entry(
                        rs.getString("dedupe_key"),
                        new Stored(new ZaloEventId(rs.getLong("event_id")), false, EventState.RECEIVED)))
                .forEach(entry -> inserted.put(entry.getKey(), entry.getValue()));
        return inserted;
    }

    private static Map<String, Stored> storedWithKeys(Handle h, Collection<String> keys) {
        Map<String, Stored> stored = new HashMap<>();
        h.createQuery("SELECT event_id, state, dedupe_key FROM zalo_event WHERE dedupe_key IN (<keys>)")
                .bindList("keys", List.copyOf(new LinkedHashSet<>(keys)))
                .map((rs, ctx) -> Map.entry(
                        rs.getString("dedupe_key"),
                        new Stored(
                                new ZaloEventId(rs.getLong("event_id")),
                                true,
                                EventState.valueOf(rs.getString("state")))))
                .forEach(entry -> stored.put(entry.getKey(), entry.getValue()));
        return stored;
    }

    @Override
    public Optional<ZaloEventSummary> find(ZaloEventId id) {
        return jdbi.withHandle(h -> findIn(h, id));
    }

    @Override
    public Optional<String> rawBody(ZaloEventId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT raw_body FROM zalo_event WHERE event_id = :id")
                .bind("id", id.value())
                .mapTo(String.class)
                .findOne());
    }

    @Override
    public List<Waiting> received(Instant storedBefore, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT event_id, oa_id, subject_id FROM zalo_event
                        WHERE state = 'RECEIVED' AND received_at < :before
                        ORDER BY event_id LIMIT :limit
                        """)
                .bind("before", utc(storedBefore))
                .bind("limit", limit)
                .map((rs, ctx) -> {
                    String oa = rs.getString("oa_id");
                    return new Waiting(
                            new ZaloEventId(rs.getLong("event_id")),
                            oa == null ? null : new OaId(oa),
                            rs.getString("subject_id"));
                })
                .list());
    }

    @Override
    public Optional<ZaloEventSummary> process(ZaloEventId id, Handler handler) {
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(h -> claimAndHandle(h, id, handler));
            } catch (RuntimeException e) {
                if (attempt < ATTEMPTS && isTransient(e)) {
                    pause(attempt);
                    continue;
                }
                markError(id, reason(e));
                return find(id);
            }
        }
    }

    private Optional<ZaloEventSummary> claimAndHandle(Handle h, ZaloEventId id, Handler handler) {
        var claimed = claim(h, List.of(id));
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        handle(h, claimed.getFirst(), handler);
        return findIn(h, id);
    }

    @Override
    public int processAll(List<ZaloEventId> ids, Handler handler) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<ZaloEventId> alone = new ArrayList<>();
        int done;
        try {
            done = jdbi.inTransaction(h -> {
                int handled = 0;
                for (Claimed event : claim(h, ids)) {
                    h.savepoint(EVENT_SAVEPOINT); // replaces the previous event's savepoint of the same name
                    try {
                        handle(h, event, handler);
                        handled++;
                    } catch (RuntimeException e) {
                        h.rollbackToSavepoint(EVENT_SAVEPOINT);
                        alone.add(event.event().id());
                    }
                }
                return handled;
            });
        } catch (RuntimeException e) {
            alone.clear();
            alone.addAll(ids);
            done = 0;
        }
        for (ZaloEventId id : alone) {
            done += process(id, handler).isPresent() ? 1 : 0;
        }
        return done;
    }

    /** The events among {@code ids} that are not processed and that no one else holds, locked, in id order. */
    private static List<Claimed> claim(Handle h, List<ZaloEventId> ids) {
        return h.createQuery("SELECT " + SUMMARY_COLUMNS + ", raw_body FROM zalo_event "
                        + "WHERE event_id IN (<ids>) AND state <> 'PROCESSED' ORDER BY event_id FOR UPDATE SKIP LOCKED")
                .bindList("ids", ids.stream().map(ZaloEventId::value).toList())
                .map((rs, ctx) -> new Claimed(SUMMARY.map(rs, ctx), rs.getString("raw_body")))
                .list();
    }

    private static void handle(Handle h, Claimed claimed, Handler handler) {
        lockSubjectLink(h, claimed.event());
        String note = handler.handle(claimed.event(), claimed.rawBody());
        h.createUpdate("""
                        UPDATE zalo_event SET state = 'PROCESSED', note = :note, attempts = attempts + 1,
                            processed_at = UTC_TIMESTAMP(6)
                        WHERE event_id = :id
                        """)
                .bind("id", claimed.event().id().value())
                .bind("note", note == null ? null : cut(note))
                .execute();
    }

    /**
     * Events about one user on one OA update the same link: they take its row lock in turn, so no count is lost. At
     * a first contact there is no row to lock yet: concurrent creators meet at the link's unique key, and the loser's
     * duplicate-key error sends it round again ({@link #isTransient}), when it finds and locks the winner's link.
     */
    private static void lockSubjectLink(Handle h, ZaloEventSummary event) {
        if (event.oaId() == null || event.subjectId() == null) {
            return;
        }
        h.createQuery("SELECT link_id FROM partner_link WHERE oa_id = :oa AND zalo_user_id = :user FOR UPDATE")
                .bind("oa", event.oaId().value())
                .bind("user", event.subjectId())
                .mapTo(Long.class)
                .findOne();
    }

    private void markError(ZaloEventId id, String reason) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE zalo_event SET state = 'ERROR', note = :note, attempts = attempts + 1,
                            processed_at = UTC_TIMESTAMP(6)
                        WHERE event_id = :id AND state <> 'PROCESSED'
                        """)
                .bind("id", id.value())
                .bind("note", cut(reason))
                .execute());
    }

    @Override
    public List<ZaloEventSummary> list(Filter filter, @Nullable ZaloEventId after, int limit) {
        var sql = new StringBuilder("SELECT " + SUMMARY_COLUMNS + " FROM zalo_event WHERE 1 = 1");
        if (filter.state() != null) {
            sql.append(" AND state = :state");
        }
        if (filter.eventName() != null) {
            sql.append(" AND event_name = :name");
        }
        if (filter.oaId() != null) {
            sql.append(" AND oa_id = :oa");
        }
        if (filter.receivedFrom() != null) {
            sql.append(" AND received_at >= :from");
        }
        if (filter.receivedTo() != null) {
            sql.append(" AND received_at < :to");
        }
        if (after != null) {
            sql.append(" AND event_id < :after");
        }
        sql.append(" ORDER BY event_id DESC LIMIT :limit");
        return jdbi.withHandle(h -> h.createQuery(sql.toString())
                .bind("state", filter.state() == null ? null : filter.state().name())
                .bind("name", filter.eventName())
                .bind("oa", filter.oaId() == null ? null : filter.oaId().value())
                .bind("from", utc(filter.receivedFrom()))
                .bind("to", utc(filter.receivedTo()))
                .bind("after", after == null ? null : after.value())
                .bind("limit", limit)
                .map(SUMMARY)
                .list());
    }

    @Override
    public boolean newerFollowChangeProcessed(OaId oa, String subjectId, Instant than) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM zalo_event
                        WHERE oa_id = :oa AND subject_id = :subject AND event_time > :than
                          AND event_name IN ('follow', 'unfollow') AND state = 'PROCESSED'
                        """)
                        .bind("oa", oa.value())
                        .bind("subject", subjectId)
                        .bind("than", utc(than))
                        .mapTo(Long.class)
                        .one()
                > 0);
    }

    private static Optional<ZaloEventSummary> findIn(Handle h, ZaloEventId id) {
        return h.createQuery("SELECT " + SUMMARY_COLUMNS + " FROM zalo_event WHERE event_id = :id")
                .bind("id", id.value())
                .map(SUMMARY)
                .findOne();
    }

    /**
     * Deadlocks, lock waits, a concurrent insert of the same row and a dropped connection (the pool hands out a
     * fresh one) succeed when tried again.
     */
    private static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                int code = sql.getErrorCode();
                String state = sql.getSQLState();
                return code == 1213
                        || code == 1205
                        || code == 1062
                        || sql instanceof SQLTransientException
                        || sql instanceof SQLRecoverableException
                        || (state != null && (state.startsWith("40") || state.startsWith("08")));
            }
        }
        return false;
    }

    private static String reason(Throwable e) {
        if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            return String.valueOf(e.getMessage());
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String kind = root instanceof SQLException ? "database failure" : "unexpected failure";
        return kind + " (" + root.getClass().getSimpleName() + "): " + root.getMessage();
    }

    private static String cut(String note) {
        return note.length() <= MAX_NOTE ? note : note.substring(0, MAX_NOTE - 1) + "…";
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying an event", e);
        }
    }

    private record Claimed(ZaloEventSummary event, String rawBody) {}
}
