package io.zpl.adapters.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zpl.application.port.in.ReviewDuplicates;
import io.zpl.domain.duplicate.DuplicateGroupView;
import io.zpl.domain.duplicate.DuplicateQuery;
import io.zpl.domain.duplicate.DuplicateTier;
import io.zpl.domain.zalo.OaId;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/duplicate-groups")
@Tag(name = "Duplicates")
class DuplicateGroupsController {

    private final ReviewDuplicates review;

    DuplicateGroupsController(ReviewDuplicates review) {
        this.review = review;
    }

    @GetMapping
    @Operation(summary = "Open duplicate groups, strongest tier first (POSSIBLE only when asked for), with evidence")
    PageJson list(
            Authentication authentication,
            @RequestParam(required = false) @Nullable String oaId,
            @RequestParam(required = false) @Nullable String tier,
            @RequestParam(required = false) @Nullable String after,
            @RequestParam(defaultValue = "50") int limit) {
        var page = review.list(
                CurrentActor.of(authentication),
                new DuplicateQuery(oaId == null || oaId.isBlank() ? null : new OaId(oaId), tier(tier), after, limit));
        return new PageJson(page.items().stream().map(GroupJson::of).toList(), page.next());
    }

    @PostMapping("/{groupId}/dismiss")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Not the same person: the group stays dismissed until new evidence appears")
    void dismiss(Authentication authentication, @PathVariable long groupId, @RequestBody DismissJson body) {
        review.dismiss(CurrentActor.of(authentication), groupId, body.reason());
    }

    private static @Nullable DuplicateTier tier(@Nullable String tier) {
        if (tier == null || tier.isBlank()) {
            return null;
        }
        try {
            return DuplicateTier.valueOf(tier.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "tier must be CERTAIN, STRONG, PROBABLE or POSSIBLE, got '" + tier + "'");
        }
    }

    record DismissJson(String reason) {}

    record EvidenceJson(String rule, String detail) {}

    record GroupJson(String groupId, String tier, List<PartnerJson> partners, List<EvidenceJson> evidence) {
        static GroupJson of(DuplicateGroupView g) {
            return new GroupJson(
                    Long.toString(g.groupId()),
                    g.tier().name(),
                    g.partners().stream().map(PartnerJson::of).toList(),
                    g.evidence().stream()
                            .map(e -> new EvidenceJson(e.rule().name(), e.detail()))
                            .toList());
        }
    }

    record PageJson(List<GroupJson> items, @Nullable String next) {}
}
