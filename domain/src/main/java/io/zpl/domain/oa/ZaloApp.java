package io.zpl.domain.oa;

import io.zpl.domain.zalo.ZaloAppId;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A Zalo App: one OAuth client and one webhook for its OAs. Its secrets live behind a port, never in this record.
 *
 * @param certainIdentityWithinApp whether the same {@code user_id_by_app} on two OAs of this App counts as the same
 *     person (Zalo's definition says so; kept switchable because Zalo does not confirm it)
 */
@AggregateRoot
public record ZaloApp(
        @Identity ZaloAppId id, String name, boolean certainIdentityWithinApp, SignatureVariant signatureVariant) {

    public ZaloApp {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a Zalo App needs a name");
        }
        name = name.strip();
    }
}
