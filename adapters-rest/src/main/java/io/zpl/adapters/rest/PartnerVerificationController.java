package io.zpl.adapters.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zpl.application.port.in.VerifyShadow;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PhoneNumber;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Partners")
class PartnerVerificationController {

    private final VerifyShadow verifyShadow;

    PartnerVerificationController(VerifyShadow verifyShadow) {
        this.verifyShadow = verifyShadow;
    }

    record VerifyJson(
            @Nullable String name,
            @Nullable List<String> phones,
            @Nullable String email) {}

    @PostMapping("/api/v1/partners/{id}/verify")
    @Operation(
            summary =
                    "A CS Lead confirms who a shadow contact is: it becomes VERIFIED (phones are added, never dropped)")
    PartnerJson verify(
            Authentication authentication,
            @PathVariable String id,
            @RequestBody(required = false) @Nullable VerifyJson body) {
        var details = body == null
                ? new PartnerDetails(null, List.of(), null, null)
                : new PartnerDetails(
                        body.name(),
                        body.phones() == null
                                ? List.of()
                                : body.phones().stream().map(PhoneNumber::parse).toList(),
                        body.email(),
                        null);
        return PartnerJson.of(verifyShadow.verify(CurrentActor.of(authentication), PartnerId.parse(id), details));
    }
}
