package io.zpl.adapters.zalo.client;

import io.zpl.domain.zalo.ZaloError;
import java.net.http.HttpResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Zalo's envelope {@code {"data", "error", "message"}} tolerantly: errors come with HTTP 200, numbers may come
 * as strings, a bad token may come as HTTP 401, and anything unreadable is a transient failure, never a crash.
 */
final class ZaloJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ZaloJson() {}

    static CallResult envelope(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 401) {
            return new CallResult.Failure(new ZaloError(-216, "HTTP 401"));
        }
        if (status == 429) {
            return new CallResult.Failure(new ZaloError(-32, "HTTP 429"));
        }
        if (status != 200) {
            return new CallResult.Failure(ZaloError.httpStatus(status));
        }
        JsonNode body = parse(response.body());
        if (body == null || !body.isObject()) {
            return new CallResult.Failure(ZaloError.malformed("the answer is not a JSON object"));
        }
        Long code = integer(body, "error");
        if (code == null) {
            return new CallResult.Failure(ZaloError.malformed("the answer has no error code"));
        }
        if (code != 0) {
            String message = text(body, "message");
            return new CallResult.Failure(new ZaloError(code.intValue(), message == null ? "" : message));
        }
        JsonNode data = body.get("data");
        if (data == null || !data.isObject()) {
            return new CallResult.Failure(ZaloError.malformed("the answer has no data"));
        }
        return new CallResult.Success(data);
    }

    static @Nullable JsonNode parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            return null;
        }
    }

    static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** A field as text whether Zalo sent a string, a number or a boolean; blank or absent is null. */
    static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        String text;
        if (value.isString()) {
            text = value.stringValue();
        } else if (value.isIntegralNumber()) {
            text = value.bigIntegerValue().toString();
        } else if (value.isNumber() || value.isBoolean()) {
            text = value.asString();
        } else {
            return null;
        }
        text = text.strip();
        return text.isEmpty() ? null : text;
    }

    static @Nullable Long integer(JsonNode node, String field) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static @Nullable Boolean bool(JsonNode node, String field) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> null;
        };
    }
}
