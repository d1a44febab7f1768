package io.zpl.domain.link;

import io.zpl.domain.zalo.UserIdByApp;
import io.zpl.domain.zalo.ZaloUserId;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * A person's profile as Zalo's {@code user/detail} answered it. Shared info (phone, name, address) is null when the
 * person has not shared it with this OA.
 */
@ValueObject
public record FetchedProfile(ZaloUserId userId, @Nullable UserIdByApp userIdByApp, ZaloProfile profile) {}
