package io.zpl.adapters.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zpl.application.port.in.ResolveRecipient;
import io.zpl.domain.guard.Purpose;
import io.zpl.domain.guard.Reason;
import io.zpl.domain.guard.Resolution;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.zalo.OaId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The send guard for the ERP: ask before sending a quote, a payment reminder or a ticket update. */
@RestController
@RequestMapping("/api/v1/recipients")
@Tag(name = "Send guard")
class RecipientsController {

    private final ResolveRecipient resolveRecipient;

    RecipientsController(ResolveRecipient resolveRecipient) {
        this.resolveRecipient = resolveRecipient;
    }

    @PostMapping("/resolve")
    @Operation(
            summary = "May this partner receive content of this purpose on this OA, and which Zalo user is it?",
            description = "Follows merges to the survivor (an old id answers the survivor's id and resolvedFrom)."
                    + " BLOCK names no zaloUserId; reasons carry stable codes and plain words.")
    ResolutionJson resolve(@RequestBody ResolveRequest request, Authentication authentication) {
        var command = new ResolveRecipient.Command(
                PartnerId.parse(required(request.partnerId(), "partnerId")),
                new OaId(required(request.oaId(), "oaId")),
                Purpose.parse(required(request.purpose(), "purpose")));
        return ResolutionJson.of(resolveRecipient.resolve(CurrentActor.of(authentication), command));
    }

    private static String required(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    record ResolveRequest(
            @Nullable String partnerId,
            @Nullable String oaId,
            @Nullable String purpose) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ResolutionJson(
            String decision,
            String partnerId,
            @Nullable String resolvedFrom,
            String oaId,
            String purpose,
            @Nullable String zaloUserId,
            List<ReasonJson> reasons) {

        static ResolutionJson of(Resolution resolution) {
            return new ResolutionJson(
                    resolution.decision().name(),
                    resolution.partnerId().toString(),
                    resolution.resolvedFromMergedId() ? resolution.requested().toString() : null,
                    resolution.oaId().value(),
                    resolution.purpose().name(),
                    resolution.zaloUserId() == null
                            ? null
                            : resolution.zaloUserId().value(),
                    resolution.reasons().stream().map(ReasonJson::of).toList());
        }
    }

    record ReasonJson(String code, String effect, String message) {
        static ReasonJson of(Reason reason) {
            return new ReasonJson(reason.code().name(), reason.effect().name(), reason.message());
        }
    }
}
