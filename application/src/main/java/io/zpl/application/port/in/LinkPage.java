package io.zpl.application.port.in;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page of the Zalo Partners list; {@code next} is the opaque cursor of the following page, null on the last. */
public record LinkPage(List<AuditedLink> items, @Nullable String next) {
    public LinkPage {
        items = List.copyOf(items);
    }
}
