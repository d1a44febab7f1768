package io.zpl.adapters.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zpl.application.port.in.ListOfficialAccounts;
import io.zpl.application.port.in.ListOfficialAccounts.OfficialAccountOverview;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/official-accounts")
@Tag(name = "Official Accounts")
class OfficialAccountsController {

    private final ListOfficialAccounts listOfficialAccounts;

    OfficialAccountsController(ListOfficialAccounts listOfficialAccounts) {
        this.listOfficialAccounts = listOfficialAccounts;
    }

    @GetMapping
    @Operation(summary = "The OAs with their link, shadow, duplicate and stale counts and readiness")
    List<OfficialAccountJson> list(Authentication authentication) {
        return listOfficialAccounts.list(CurrentActor.of(authentication)).stream()
                .map(OfficialAccountJson::of)
                .toList();
    }

    record OfficialAccountJson(
            String oaId,
            String name,
            String appId,
            String status,
            long linkCount,
            long shadowCount,
            long suspectedDuplicateCount,
            long staleCount,
            boolean ready) {

        static OfficialAccountJson of(OfficialAccountOverview oa) {
            return new OfficialAccountJson(
                    oa.oaId().value(),
                    oa.name(),
                    oa.appId().value(),
                    oa.status().name(),
                    oa.linkCount(),
                    oa.shadowCount(),
                    oa.suspectedDuplicateCount(),
                    oa.staleCount(),
                    oa.ready());
        }
    }
}
