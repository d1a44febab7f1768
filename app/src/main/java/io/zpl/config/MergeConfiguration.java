package io.zpl.config;

import io.zpl.adapters.persistence.JdbiDuplicateCandidates;
import io.zpl.adapters.persistence.JdbiDuplicateGroups;
import io.zpl.adapters.persistence.JdbiMergePreviews;
import io.zpl.adapters.persistence.JdbiMerges;
import io.zpl.adapters.persistence.JdbiPartnerCards;
import io.zpl.application.port.in.DetectDuplicates;
import io.zpl.application.port.out.Clock;
import io.zpl.application.port.out.DuplicateGroups;
import io.zpl.application.port.out.LinkAudits;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.application.port.out.PartnerCards;
import io.zpl.application.port.out.Partners;
import io.zpl.application.service.AuditPolicy;
import io.zpl.application.service.DuplicateDetectionService;
import io.zpl.application.service.DuplicatePolicy;
import io.zpl.application.service.MergePolicy;
import io.zpl.application.service.MergeService;
import io.zpl.application.service.Reaudit;
import io.zpl.application.service.ShadowReviewService;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Duplicate detection, merge and shadow review: adapters, use cases, the full scan at start-up and on a schedule.
 * Settings: {@code ZPL_MERGE_MAX_PARTNERS} (10), {@code ZPL_MERGE_UNDO_WINDOW} (30d),
 * {@code ZPL_MERGE_BUCKET_LIMIT} (20), {@code ZPL_MERGE_SCAN_CRON} (nightly at 02:30).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(MergeConfiguration.MergeProperties.class)
class MergeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MergeConfiguration.class);

    @ConfigurationProperties(prefix = "zpl.merge")
    record MergeProperties(
            @DefaultValue("10") int maxPartners,
            @DefaultValue("30d") Duration undoWindow,
            @DefaultValue("20") int bucketLimit,
            @DefaultValue("0 30 2 * * *") String scanCron) {}

    @Bean
    DuplicateGroups duplicateGroups(Jdbi jdbi) {
        return new JdbiDuplicateGroups(jdbi);
    }

    @Bean
    PartnerCards partnerCards(Jdbi jdbi) {
        return new JdbiPartnerCards(jdbi);
    }

    @Bean
    DuplicateDetectionService duplicateDetection(Jdbi jdbi, DuplicateGroups groups, Clock clock, MergeProperties p) {
        return new DuplicateDetectionService(
                new JdbiDuplicateCandidates(jdbi),
                groups,
                clock,
                new DuplicatePolicy(p.bucketLimit(), DuplicatePolicy.defaults().maxNeighbourhood()));
    }

    @Bean
    MergeService mergeService(
            Jdbi jdbi,
            PartnerCards cards,
            DuplicateGroups groups,
            DetectDuplicates detection,
            OfficialAccounts accounts,
            LinkAudits audits,
            Clock clock,
            AuditPolicy auditPolicy,
            MergeProperties p) {
        return new MergeService(
                new JdbiMerges(jdbi),
                cards,
                new JdbiMergePreviews(jdbi),
                groups,
                detection,
                new Reaudit(accounts, audits, clock, auditPolicy),
                clock,
                new MergePolicy(p.maxPartners(), p.undoWindow()));
    }

    @Bean
    ShadowReviewService shadowReview(Partners partners, PartnerCards cards, DetectDuplicates detection) {
        return new ShadowReviewService(partners, cards, detection);
    }

    /** Start-up scan (after the demo data is loaded): Mr. Sơn's two records are a STRONG group from the first page. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> scanAtStartup(DetectDuplicates detection) {
        return event -> log.info("Duplicate scan at start-up: {}", detection.scanAll());
    }

    @Bean
    NightlyScan nightlyScan(DetectDuplicates detection) {
        return new NightlyScan(detection);
    }

    static final class NightlyScan {
        private final DetectDuplicates detection;

        NightlyScan(DetectDuplicates detection) {
            this.detection = detection;
        }

        @Scheduled(cron = "${zpl.merge.scan-cron:0 30 2 * * *}")
        void scan() {
            log.info("Scheduled duplicate scan: {}", detection.scanAll());
        }
    }
}
