package io.zpl.adapters.zalo.client;

import io.zpl.domain.link.FetchedProfile;
import io.zpl.domain.link.ZaloProfile;
import io.zpl.domain.partner.PhoneNumber;
import io.zpl.domain.zalo.UserIdByApp;
import io.zpl.domain.zalo.ZaloUserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * {@code user/detail}'s {@code data} as a profile: ids as strings or numbers, the {@code "DD/MM/YYYY"} interaction date
 * (Vietnam time), optional {@code shared_info} with the phone as number or string, unknown fields ignored.
 */
final class UserDetailParser {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter ZALO_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private UserDetailParser() {}

    /** The profile, or empty when the data lacks the user id (an answer we cannot trust). */
    static Optional<FetchedProfile> parse(JsonNode data) {
        String userId = ZaloJson.text(data, "user_id");
        if (userId == null || !isZaloId(userId)) {
            return Optional.empty();
        }
        String byApp = ZaloJson.text(data, "user_id_by_app");
        JsonNode shared = data.get("shared_info");
        boolean hasShared = shared != null && shared.isObject();
        var profile = new ZaloProfile(
                cap(ZaloJson.text(data, "display_name")),
                avatar(data),
                cap(ZaloJson.text(data, "user_alias")),
                ZaloJson.bool(data, "user_is_follower"),
                lastInteraction(data),
                hasShared ? phone(shared) : null,
                hasShared ? cap(ZaloJson.text(shared, "name")) : null,
                hasShared ? address(shared) : null);
        return Optional.of(new FetchedProfile(
                new ZaloUserId(userId), byApp != null && isZaloId(byApp) ? new UserIdByApp(byApp) : null, profile));
    }

    private static @Nullable String avatar(JsonNode data) {
        String avatar = ZaloJson.text(data, "avatar");
        JsonNode avatars = data.get("avatars");
        if (avatar == null && avatars != null && avatars.isObject()) {
            avatar = ZaloJson.text(avatars, "240");
            if (avatar == null) {
                avatar = ZaloJson.text(avatars, "120");
            }
        }
        return avatar != null && avatar.length() <= 1000 ? avatar : null;
    }

    /** "DD/MM/YYYY" as the start of that day in Vietnam; epoch milliseconds are accepted too. */
    static @Nullable Instant lastInteraction(JsonNode data) {
        String text = ZaloJson.text(data, "user_last_interaction_date");
        if (text == null) {
            return null;
        }
        if (text.chars().allMatch(Character::isDigit) && text.length() >= 10) {
            return Instant.ofEpochMilli(Long.parseLong(text));
        }
        try {
            return LocalDate.parse(text, ZALO_DATE).atStartOfDay(VIETNAM).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable PhoneNumber phone(JsonNode shared) {
        String phone = ZaloJson.text(shared, "phone");
        return phone == null ? null : PhoneNumber.tryParse(phone).orElse(null);
    }

    private static @Nullable String address(JsonNode shared) {
        List<String> parts = new ArrayList<>();
        for (String field : List.of("address", "ward", "district", "city")) {
            String part = ZaloJson.text(shared, field);
            if (part != null) {
                parts.add(part);
            }
        }
        String address = String.join(", ", parts);
        return address.isEmpty() ? null : address.length() > 500 ? address.substring(0, 500) : address;
    }

    private static @Nullable String cap(@Nullable String text) {
        return text == null || text.length() <= 255 ? text : text.substring(0, 254) + "…";
    }

    private static boolean isZaloId(String text) {
        return text.length() <= 20 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
