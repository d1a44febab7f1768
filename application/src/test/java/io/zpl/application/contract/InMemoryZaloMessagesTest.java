package io.zpl.application.contract;

import io.zpl.application.fakes.InMemoryZaloMessages;
import io.zpl.application.port.out.ZaloMessages;
import io.zpl.domain.link.LinkId;
import java.util.concurrent.atomic.AtomicLong;

class InMemoryZaloMessagesTest extends ZaloMessagesContract {
    private final ZaloMessages messages = new InMemoryZaloMessages();
    private final AtomicLong links = new AtomicLong();

    @Override
    protected ZaloMessages messages() {
        return messages;
    }

    @Override
    protected LinkId aLink() {
        return new LinkId(links.incrementAndGet());
    }
}
