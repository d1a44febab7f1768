package io.zpl.adapters.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zpl.application.port.in.AuditOfficialAccount;
import io.zpl.application.port.in.AuditQuery;
import io.zpl.application.port.in.CheckOaReadiness;
import io.zpl.application.port.in.ViewPartnerLink;
import io.zpl.domain.audit.AuditSort;
import io.zpl.domain.audit.Finding;
import io.zpl.domain.audit.OaReadiness;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.zalo.OaId;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Step 1 of the guide over HTTP: an OA's Zalo Partners (JSON pages or the whole list as CSV), readiness, a link. */
@RestController
@Tag(name = "Audit")
class PartnerLinksController {

    private final AuditOfficialAccount audit;
    private final CheckOaReadiness readiness;
    private final ViewPartnerLink viewLink;

    PartnerLinksController(AuditOfficialAccount audit, CheckOaReadiness readiness, ViewPartnerLink viewLink) {
        this.audit = audit;
        this.readiness = readiness;
        this.viewLink = viewLink;
    }

    record LinkPageJson(List<LinkJson> items, @Nullable String next) {}

    @GetMapping(path = "/api/v1/official-accounts/{oaId}/partner-links", produces = "application/json")
    @Operation(summary = "A page of the OA's Zalo partner links with their findings (Zalo Admin)")
    LinkPageJson page(
            @PathVariable String oaId,
            @RequestParam(name = "finding", required = false) @Nullable List<String> findings,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String after,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(defaultValue = "50") int limit,
            Authentication authentication) {
        var page = audit.page(CurrentActor.of(authentication), query(oaId, findings, q, sort, after, limit));
        return new LinkPageJson(page.items().stream().map(LinkJson::of).toList(), page.next());
    }

    @GetMapping(path = "/api/v1/official-accounts/{oaId}/partner-links", produces = "text/csv")
    @Operation(summary = "The whole filtered list as CSV (UTF-8 with BOM), streamed (Zalo Admin)")
    void csv(
            @PathVariable String oaId,
            @RequestParam(name = "finding", required = false) @Nullable List<String> findings,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String sort,
            Authentication authentication,
            HttpServletResponse response)
            throws IOException {
        var actor = CurrentActor.of(authentication);
        AuditQuery query = query(oaId, findings, q, sort, null, AuditQuery.MAX_LIMIT);
        audit.countFindings(actor, query.oaId());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"zalo-partners-" + query.oaId().value() + ".csv\"");
        var out =
                new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
        audit.exportCsv(actor, query, out);
        out.flush();
    }

    @GetMapping("/api/v1/official-accounts/{oaId}/readiness")
    @Operation(summary = "The OA readiness checkpoint: three checks with pass/fail and counts (Zalo Admin)")
    ReadinessJson readiness(@PathVariable String oaId, Authentication authentication) {
        return ReadinessJson.of(readiness.check(CurrentActor.of(authentication), new OaId(oaId)));
    }

    @GetMapping("/api/v1/partner-links/{linkId}")
    @Operation(summary = "One Zalo partner link with its latest 20 messages (Zalo Admin)")
    LinkJson.WithMessages link(@PathVariable String linkId, Authentication authentication) {
        var details = viewLink.view(CurrentActor.of(authentication), LinkId.parse(linkId));
        return LinkJson.WithMessages.of(LinkJson.of(details.audited()), details.latestMessages());
    }

    record ReadinessJson(String oaId, boolean ready, List<CheckJson> checks) {
        record CheckJson(String code, boolean passed, long count, String detail) {}

        static ReadinessJson of(OaReadiness r) {
            return new ReadinessJson(
                    r.oaId().value(),
                    r.ready(),
                    r.checks().stream()
                            .map(c -> new CheckJson(c.code().name(), c.passed(), c.count(), c.detail()))
                            .toList());
        }
    }

    private static AuditQuery query(
            String oaId,
            @Nullable List<String> findings,
            @Nullable String q,
            @Nullable String sort,
            @Nullable String after,
            int limit) {
        return new AuditQuery(new OaId(oaId), findings(findings), q, sort(sort), after, limit);
    }

    private static Set<Finding> findings(@Nullable List<String> names) {
        Set<Finding> findings = EnumSet.noneOf(Finding.class);
        if (names == null) {
            return findings;
        }
        for (String name : names) {
            for (String part : name.split(",")) {
                if (!part.isBlank()) {
                    findings.add(parse(Finding.class, part, "finding"));
                }
            }
        }
        return findings;
    }

    private static AuditSort sort(@Nullable String name) {
        return name == null || name.isBlank() ? AuditSort.LAST_MESSAGE : parse(AuditSort.class, name, "sort");
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String what) {
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + what + " '" + name + "'; use one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
