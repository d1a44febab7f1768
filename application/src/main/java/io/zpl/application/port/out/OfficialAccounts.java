package io.zpl.application.port.out;

import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.zalo.OaId;
import java.util.List;
import java.util.Optional;

public interface OfficialAccounts {
    List<OfficialAccount> all();

    Optional<OfficialAccount> find(OaId id);

    /** Inserts or updates the OA (tokens are kept by {@code ZaloTokens}, not here). */
    void save(OfficialAccount account);
}
