package io.zpl.application.port.in;

import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.LinkMessage;
import java.util.List;

/** The partner link form: the Zalo profile, the partner, the latest messages and the sync state. Zalo Admins only. */
public interface ViewPartnerLink {

    int LATEST_MESSAGES = 20;

    LinkDetails view(Actor actor, LinkId linkId);

    record LinkDetails(AuditedLink audited, String oaName, List<LinkMessage> latestMessages) {
        public LinkDetails {
            latestMessages = List.copyOf(latestMessages);
        }
    }
}
