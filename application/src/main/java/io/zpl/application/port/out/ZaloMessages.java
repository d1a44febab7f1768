package io.zpl.application.port.out;

import io.zpl.domain.link.DeliveryState;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.ZaloMessage;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Messages on links, as Zalo reported them, and the sends we asked Zalo for. */
public interface ZaloMessages {

    /** Records the message unless its Zalo msg id is already recorded; answers whether it was new. */
    boolean record(ZaloMessage message);

    /** Moves our messages on the link forward to {@code state} (never back); answers how many changed. */
    int markDelivery(LinkId link, Collection<String> zaloMsgIds, DeliveryState state);

    /** The newest messages of the link, newest first. */
    List<ZaloMessage> latest(LinkId link, int limit);

    /**
     * Claims a send before Zalo is called: records {@code message} (state {@link DeliveryState#UNKNOWN}, no Zalo msg
     * id) under the attempt key. False when the key was claimed before: that attempt must not be sent again.
     */
    boolean claimSend(ZaloMessage message, String attemptKey);

    /**
     * Zalo accepted the claimed send: the message gets Zalo's msg id and {@link DeliveryState#SENT}. When ingest
     * recorded it first (the {@code oa_send_*} webhook won the race), that record keeps the attempt key and the claim
     * goes. Answers whether the claim became the message, i.e. nobody counted it on the link yet.
     */
    boolean confirmSend(String attemptKey, String zaloMsgId, Instant sentAt);

    /** Zalo refused the claimed send, so nothing went out: the claim is withdrawn. */
    void withdrawSend(String attemptKey);
}
