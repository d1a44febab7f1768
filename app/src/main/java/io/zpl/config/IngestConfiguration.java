package io.zpl.config;

import io.zpl.adapters.persistence.JdbiZaloEvents;
import io.zpl.adapters.persistence.JdbiZaloMessages;
import io.zpl.adapters.zalo.event.JsonZaloEventFormat;
import io.zpl.application.port.in.DetectDuplicates;
import io.zpl.application.port.in.ProcessReceivedZaloEvents;
import io.zpl.application.port.out.Clock;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.Partners;
import io.zpl.application.port.out.ZaloApps;
import io.zpl.application.port.out.ZaloEventFormat;
import io.zpl.application.port.out.ZaloEventQueue;
import io.zpl.application.port.out.ZaloEvents;
import io.zpl.application.port.out.ZaloMessages;
import io.zpl.application.service.IngestPolicy;
import io.zpl.application.service.LinkResolver;
import io.zpl.application.service.ZaloEventAdminService;
import io.zpl.application.service.ZaloEventGroupCommit;
import io.zpl.application.service.ZaloEventIngestService;
import io.zpl.application.service.ZaloEventProcessor;
import io.zpl.demo.DemoConversations;
import org.jdbi.v3.core.Jdbi;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Zalo events in: the webhook's use case, the processing rules, the Zalo Events list and the recovery worker. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestProperties.class)
class IngestConfiguration {

    /** Events processed in one transaction at most: enough to share a commit, few enough to hold locks briefly. */
    private static final int PROCESSING_BATCH = 100;

    @Bean
    ZaloEvents zaloEvents(Jdbi jdbi) {
        return new JdbiZaloEvents(jdbi);
    }

    @Bean
    ZaloMessages zaloMessages(Jdbi jdbi) {
        return new JdbiZaloMessages(jdbi);
    }

    @Bean
    ZaloEventFormat zaloEventFormat() {
        return new JsonZaloEventFormat();
    }

    @Bean
    ZaloEventProcessor zaloEventProcessor(
            ZaloEventFormat format,
            ZaloEvents events,
            ZaloApps apps,
            OfficialAccounts accounts,
            Partners partners,
            PartnerLinks links,
            ZaloMessages messages,
            DetectDuplicates duplicates) {
        return new ZaloEventProcessor(
                format,
                events,
                accounts,
                partners,
                links,
                messages,
                new LinkResolver(apps, partners, links),
                duplicates);
    }

    /** Both the webhook's {@code IngestZaloEvent} and the worker's {@code ProcessReceivedZaloEvents}. */
    @Bean
    ZaloEventIngestService ingestZaloEvent(
            ZaloEventFormat format,
            ZaloApps apps,
            ZaloEvents events,
            Clock clock,
            IngestProperties properties,
            ZaloEventQueue queue,
            ZaloEventGroupCommit store) {
        return new ZaloEventIngestService(
                format, apps, events, clock, new IngestPolicy(properties.replayWindow()), queue, store);
    }

    @Bean(destroyMethod = "close")
    ZaloEventGroupCommit zaloEventGroupCommit(ZaloEvents events, IngestProperties properties) {
        return new ZaloEventGroupCommit(events, properties.storeThreads());
    }

    @Bean(destroyMethod = "close")
    PartitionedZaloEventQueue zaloEventQueue(ZaloEventProcessor processor, IngestProperties properties) {
        return new PartitionedZaloEventQueue(
                properties.processingThreads(), properties.processingQueue(), PROCESSING_BATCH, processor::processAll);
    }

    /** Both {@code ListZaloEvents} and {@code RetryZaloEvent}. */
    @Bean
    ZaloEventAdminService zaloEventAdmin(ZaloEvents events, ZaloEventProcessor processor) {
        return new ZaloEventAdminService(events, processor);
    }

    /** Mr. Sơn's demo links get their message history once the demo story is loaded. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> demoConversations(
            ZplProperties properties, PartnerLinks links, ZaloMessages messages) {
        return event -> {
            if (properties.demoMode()) {
                new DemoConversations(links, messages).loadIfMissing();
            }
        };
    }

    @Bean(destroyMethod = "close")
    ReceivedEventsWorker receivedEventsWorker(ProcessReceivedZaloEvents process, IngestProperties properties) {
        return new ReceivedEventsWorker(process, properties.workerInterval(), properties.processingQueue());
    }
}
