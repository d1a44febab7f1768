package io.zpl.adapters.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zpl.application.port.in.ListMerges;
import io.zpl.application.port.in.MergeContacts;
import io.zpl.application.port.in.PreviewMerge;
import io.zpl.application.port.in.PreviewMerge.MergePreview;
import io.zpl.application.port.in.UndoMerge;
import io.zpl.domain.audit.OaReadiness;
import io.zpl.domain.merge.MergeEntry;
import io.zpl.domain.merge.MergeField;
import io.zpl.domain.merge.MergePlan;
import io.zpl.domain.merge.Moved;
import io.zpl.domain.merge.Totals;
import io.zpl.domain.partner.PartnerId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
@RequestMapping("/api/v1/merges")
@Tag(name = "Merges")
class MergesController {

    private final PreviewMerge previewMerge;
    private final MergeContacts mergeContacts;
    private final UndoMerge undoMerge;
    private final ListMerges listMerges;

    MergesController(
            PreviewMerge previewMerge, MergeContacts mergeContacts, UndoMerge undoMerge, ListMerges listMerges) {
        this.previewMerge = previewMerge;
        this.mergeContacts = mergeContacts;
        this.undoMerge = undoMerge;
        this.listMerges = listMerges;
    }

    record PreviewRequest(
            @Nullable String survivorId,
            @Nullable List<String> mergedIds,
            @Nullable Map<String, String> fields) {

        MergePlan plan() {
            if (survivorId == null || mergedIds == null) {
                throw new IllegalArgumentException("survivorId and mergedIds are required");
            }
            Map<MergeField, PartnerId> sources = new EnumMap<>(MergeField.class);
            if (fields != null) {
                fields.forEach((field, partner) -> {
                    MergeField f;
                    try {
                        f = MergeField.valueOf(field.toUpperCase(java.util.Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(
                                "fields may be name, email and address, not '" + field + "'");
                    }
                    sources.put(f, PartnerId.parse(partner));
                });
            }
            return new MergePlan(
                    PartnerId.parse(survivorId),
                    mergedIds.stream().map(PartnerId::parse).toList(),
                    sources);
        }
    }

    record MergeRequest(
            @Nullable String previewId, @Nullable String reason) {}

    @PostMapping("/preview")
    @Operation(summary = "Dry run: rows that move per table, links per OA, totals before/after, conflicts")
    PreviewJson preview(Authentication authentication, @RequestBody PreviewRequest request) {
        return PreviewJson.of(previewMerge.preview(CurrentActor.of(authentication), request.plan()));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Execute a previewed merge in one transaction; 409 MERGE_STALE_PREVIEW if anything changed")
    MergedJson merge(Authentication authentication, @RequestBody MergeRequest request) {
        if (request.previewId() == null || request.previewId().isBlank()) {
            throw new IllegalArgumentException("previewId is required: preview the merge first");
        }
        var result = mergeContacts.merge(
                CurrentActor.of(authentication), request.previewId(), request.reason() == null ? "" : request.reason());
        return new MergedJson(
                Long.toString(result.mergeId()),
                result.survivorId().toString(),
                result.mergedIds().stream().map(PartnerId::toString).toList(),
                result.moved(),
                result.reaudit().stream().map(ReauditJson::of).toList());
    }

    @GetMapping
    @Operation(summary = "The merge journal, newest first")
    JournalJson list(
            Authentication authentication,
            @RequestParam(required = false) @Nullable String after,
            @RequestParam(defaultValue = "50") int limit) {
        var page = listMerges.list(CurrentActor.of(authentication), after, limit);
        return new JournalJson(page.items().stream().map(EntryJson::of).toList(), page.next());
    }

    @PostMapping("/{mergeId}/undo")
    @Operation(summary = "Restore the state before the merge; 409 UNDO_CONFLICT or UNDO_WINDOW_CLOSED")
    UndoneJson undo(Authentication authentication, @PathVariable long mergeId) {
        var result = undoMerge.undo(CurrentActor.of(authentication), mergeId);
        return new UndoneJson(
                EntryJson.of(result.entry()),
                result.reaudit().stream().map(ReauditJson::of).toList());
    }

    record TotalsJson(long documents, BigDecimal balance) {
        static TotalsJson of(Totals t) {
            return new TotalsJson(t.documents(), t.balance());
        }
    }

    record BeforeAfterJson(TotalsJson before, TotalsJson after) {}

    record ConflictJson(String code, String detail, boolean blocking) {}

    record OaLinkJson(String linkId, String zaloUserId, String partnerId) {}

    record OaLinksJson(String oaId, List<OaLinkJson> links, boolean flagged) {}

    record PreviewJson(
            String previewId,
            PartnerJson survivor,
            List<PartnerJson> partners,
            List<Moved> moves,
            List<OaLinksJson> linksByOa,
            BeforeAfterJson totals,
            List<ConflictJson> conflicts) {

        static PreviewJson of(MergePreview p) {
            return new PreviewJson(
                    p.previewId(),
                    PartnerJson.of(p.survivorAfter()),
                    p.partners().stream().map(PartnerJson::of).toList(),
                    p.moves(),
                    p.linksByOa().stream()
                            .map(oa -> new OaLinksJson(
                                    oa.oaId().value(),
                                    oa.links().stream()
                                            .map(l -> new OaLinkJson(
                                                    Long.toString(
                                                            l.link().linkId().value()),
                                                    l.link().zaloUserId().value(),
                                                    l.partnerId().toString()))
                                            .toList(),
                                    oa.flagged()))
                            .toList(),
                    new BeforeAfterJson(TotalsJson.of(p.before()), TotalsJson.of(p.after())),
                    p.conflicts().stream()
                            .map(c -> new ConflictJson(c.code().name(), c.detail(), c.blocking()))
                            .toList());
        }
    }

    record ReauditJson(String oaId, boolean ready) {
        static ReauditJson of(OaReadiness r) {
            return new ReauditJson(r.oaId().value(), r.ready());
        }
    }

    record MergedJson(
            String mergeId, String survivorId, List<String> mergedIds, List<Moved> moved, List<ReauditJson> reaudit) {}

    record FieldJson(
            String field, @Nullable String before, @Nullable String after) {}

    record EntryJson(
            String mergeId,
            String survivorId,
            List<String> mergedIds,
            String actor,
            String reason,
            List<String> evidence,
            Instant mergedAt,
            @Nullable Instant undoneAt,
            @Nullable String undoneBy,
            List<Moved> moved,
            List<FieldJson> overwritten) {

        static EntryJson of(MergeEntry e) {
            return new EntryJson(
                    Long.toString(e.mergeId()),
                    e.survivorId().toString(),
                    e.mergedIds().stream().map(PartnerId::toString).toList(),
                    e.actor(),
                    e.reason(),
                    e.evidence(),
                    e.mergedAt(),
                    e.undoneAt(),
                    e.undoneBy(),
                    e.moved(),
                    e.overwritten().stream()
                            .map(c -> new FieldJson(c.field(), c.before(), c.after()))
                            .toList());
        }
    }

    record JournalJson(List<EntryJson> items, @Nullable String next) {}

    record UndoneJson(EntryJson merge, List<ReauditJson> reaudit) {}
}
