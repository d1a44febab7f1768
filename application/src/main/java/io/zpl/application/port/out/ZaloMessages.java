package io.zpl.application.port.out;

import io.zpl.domain.link.DeliveryState;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.ZaloMessage;
import java.util.Collection;
import java.util.List;

/** Messages on links, as Zalo reported them. */
public interface ZaloMessages {

    /** Records the message unless its Zalo msg id is already recorded; answers whether it was new. */
    boolean record(ZaloMessage message);

    /** Moves our messages on the link forward to {@code state} (never back); answers how many changed. */
    int markDelivery(LinkId link, Collection<String> zaloMsgIds, DeliveryState state);

    /** The newest messages of the link, newest first. */
    List<ZaloMessage> latest(LinkId link, int limit);
}
