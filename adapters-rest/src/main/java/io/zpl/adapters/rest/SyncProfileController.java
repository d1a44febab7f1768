package io.zpl.adapters.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zpl.application.port.in.CancelSyncJob;
import io.zpl.application.port.in.StartSyncJob;
import io.zpl.application.port.in.SyncProfile;
import io.zpl.application.port.in.ViewPartnerLink;
import io.zpl.application.port.in.ViewSyncJobs;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.sync.SyncJob;
import io.zpl.domain.sync.SyncJobId;
import io.zpl.domain.sync.SyncScope;
import io.zpl.domain.zalo.OaId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Sync Profile")
class SyncProfileController {

    private final SyncProfile syncProfile;
    private final StartSyncJob startSyncJob;
    private final ViewSyncJobs viewSyncJobs;
    private final CancelSyncJob cancelSyncJob;
    private final ViewPartnerLink viewLink;

    SyncProfileController(
            SyncProfile syncProfile,
            StartSyncJob startSyncJob,
            ViewSyncJobs viewSyncJobs,
            CancelSyncJob cancelSyncJob,
            ViewPartnerLink viewLink) {
        this.syncProfile = syncProfile;
        this.startSyncJob = startSyncJob;
        this.viewSyncJobs = viewSyncJobs;
        this.cancelSyncJob = cancelSyncJob;
        this.viewLink = viewLink;
    }

    @PostMapping("/partner-links/{linkId}/sync")
    @Operation(summary = "Refresh one link's Zalo profile; Zalo's refusals are outcomes, not errors")
    SyncResultJson sync(@PathVariable String linkId, Authentication authentication) {
        var actor = CurrentActor.of(authentication);
        var id = LinkId.parse(linkId);
        var result = syncProfile.sync(actor, id);
        return SyncResultJson.of(result, LinkJson.of(viewLink.view(actor, id).audited()));
    }

    @PostMapping("/official-accounts/{oaId}/sync-jobs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start a background Sync Profile of the OA's stale (or all) links")
    JobIdJson start(
            @PathVariable String oaId,
            @RequestBody(required = false) @Nullable StartJson body,
            Authentication authentication) {
        var job = startSyncJob.start(CurrentActor.of(authentication), new OaId(oaId), scope(body));
        return new JobIdJson(job.id().toString());
    }

    @GetMapping("/sync-jobs/{jobId}")
    @Operation(summary = "Progress of a Sync Profile job")
    SyncJobJson job(@PathVariable String jobId, Authentication authentication) {
        return SyncJobJson.of(viewSyncJobs.view(CurrentActor.of(authentication), SyncJobId.parse(jobId)));
    }

    @PostMapping("/sync-jobs/{jobId}/cancel")
    @Operation(summary = "Cancel a Sync Profile job; links already synced stay synced")
    SyncJobJson cancel(@PathVariable String jobId, Authentication authentication) {
        return SyncJobJson.of(cancelSyncJob.cancel(CurrentActor.of(authentication), SyncJobId.parse(jobId)));
    }

    private static SyncScope scope(@Nullable StartJson body) {
        String scope = body == null || body.scope() == null ? "STALE" : body.scope();
        try {
            return SyncScope.valueOf(scope.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("scope must be STALE or ALL, got '" + scope + "'");
        }
    }

    record StartJson(@Nullable String scope) {}

    record JobIdJson(String jobId) {}

    record SyncJobJson(
            String jobId,
            String state,
            int total,
            int done,
            int failed,
            @Nullable String pausedReason) {
        static SyncJobJson of(SyncJob job) {
            return new SyncJobJson(
                    job.id().toString(), job.state().name(), job.total(), job.done(), job.failed(), job.pausedReason());
        }
    }
}
