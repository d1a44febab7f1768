package io.zpl.application.fakes;

import io.zpl.application.port.out.ZaloMessages;
import io.zpl.domain.link.DeliveryState;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.MessageDirection;
import io.zpl.domain.link.ZaloMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Messages in a list; the attempt key rides along per message, as the table's unique column does. */
public final class InMemoryZaloMessages implements ZaloMessages {

    private record Stored(ZaloMessage message, String attemptKey) {}

    private final List<Stored> stored = new ArrayList<>();

    @Override
    public synchronized boolean record(ZaloMessage message) {
        if (message.zaloMsgId() != null && byMsgId(message.zaloMsgId()) >= 0) {
            return false;
        }
        stored.add(new Stored(message, null));
        return true;
    }

    @Override
    public synchronized int markDelivery(LinkId link, Collection<String> zaloMsgIds, DeliveryState state) {
        int changed = 0;
        for (int i = 0; i < stored.size(); i++) {
            var m = stored.get(i).message();
            boolean ours = m.linkId().equals(link) && m.direction() == MessageDirection.OUT;
            if (ours
                    && zaloMsgIds.contains(m.zaloMsgId())
                    && (m.deliveryState() == null || state.isAfter(m.deliveryState()))) {
                stored.set(
                        i,
                        new Stored(
                                with(m, m.zaloMsgId(), m.sentAt(), state),
                                stored.get(i).attemptKey()));
                changed++;
            }
        }
        return changed;
    }

    @Override
    public synchronized List<ZaloMessage> latest(LinkId link, int limit) {
        return stored.stream()
                .map(Stored::message)
                .filter(m -> m.linkId().equals(link))
                .sorted(Comparator.comparing(ZaloMessage::sentAt).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized boolean claimSend(ZaloMessage message, String attemptKey) {
        if (byKey(attemptKey) >= 0) {
            return false;
        }
        stored.add(new Stored(with(message, null, message.sentAt(), DeliveryState.UNKNOWN), attemptKey));
        return true;
    }

    @Override
    public synchronized boolean confirmSend(String attemptKey, String zaloMsgId, Instant sentAt) {
        int claim = byKey(attemptKey);
        int recorded = byMsgId(zaloMsgId);
        if (recorded >= 0) {
            var ingested = stored.get(recorded).message();
            stored.remove(claim);
            stored.set(byMsgId(zaloMsgId), new Stored(ingested, attemptKey));
            return false;
        }
        var message = stored.get(claim).message();
        stored.set(claim, new Stored(with(message, zaloMsgId, sentAt, DeliveryState.SENT), attemptKey));
        return true;
    }

    @Override
    public synchronized void withdrawSend(String attemptKey) {
        int claim = byKey(attemptKey);
        if (claim >= 0 && stored.get(claim).message().zaloMsgId() == null) {
            stored.remove(claim);
        }
    }

    private int byKey(String attemptKey) {
        for (int i = 0; i < stored.size(); i++) {
            if (attemptKey.equals(stored.get(i).attemptKey())) {
                return i;
            }
        }
        return -1;
    }

    private int byMsgId(String zaloMsgId) {
        for (int i = 0; i < stored.size(); i++) {
            if (Objects.equals(zaloMsgId, stored.get(i).message().zaloMsgId())) {
                return i;
            }
        }
        return -1;
    }

    private static ZaloMessage with(ZaloMessage m, String zaloMsgId, Instant sentAt, DeliveryState state) {
        return new ZaloMessage(
                m.linkId(),
                zaloMsgId,
                m.direction(),
                m.eventName(),
                m.text(),
                m.attachments(),
                m.adminId(),
                sentAt,
                state);
    }
}
