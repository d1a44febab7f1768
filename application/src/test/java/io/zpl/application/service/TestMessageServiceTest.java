package io.zpl.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zpl.application.fakes.InMemoryOfficialAccounts;
import io.zpl.application.fakes.InMemoryPartnerLinks;
import io.zpl.application.fakes.InMemoryPartners;
import io.zpl.application.fakes.InMemoryRecipients;
import io.zpl.application.fakes.InMemoryZaloApps;
import io.zpl.application.fakes.InMemoryZaloMessages;
import io.zpl.application.fakes.InMemoryZaloTokens;
import io.zpl.application.fakes.UnusedOAuth;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.PermissionDenied;
import io.zpl.application.port.in.SendTestMessage.Command;
import io.zpl.application.port.in.SendTestMessage.Outcome;
import io.zpl.application.port.out.GrantAnswer;
import io.zpl.application.port.out.NewLink;
import io.zpl.application.port.out.OaCall;
import io.zpl.application.port.out.SendAnswer;
import io.zpl.application.port.out.ZaloAppSecrets;
import io.zpl.application.port.out.ZaloMessaging;
import io.zpl.domain.access.Role;
import io.zpl.domain.guard.GuardPolicy;
import io.zpl.domain.guard.ReasonCode;
import io.zpl.domain.guard.SendGuard;
import io.zpl.domain.link.DeliveryState;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.MessageStats;
import io.zpl.domain.link.SyncOutcome;
import io.zpl.domain.link.SyncState;
import io.zpl.domain.link.ZaloProfile;
import io.zpl.domain.oa.OaTokens;
import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.oa.SignatureVariant;
import io.zpl.domain.oa.ZaloApp;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import io.zpl.domain.zalo.ZaloError;
import io.zpl.domain.zalo.ZaloUserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TestMessageServiceTest {

    static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    static final OaId SUPPORT_OA = new OaId("2000000000000000001");
    static final ZaloAppId APP_A = new ZaloAppId("1000000000000000001");
    static final ZaloUserId SON_ON_SUPPORT = new ZaloUserId("3000000000000000001");
    static final Actor LEAD = new Actor("lead", Set.of(Role.CS_LEAD, Role.AGENT));

    private final InMemoryPartners partners = new InMemoryPartners();
    private final InMemoryPartnerLinks links = new InMemoryPartnerLinks();
    private final InMemoryOfficialAccounts accounts = new InMemoryOfficialAccounts();
    private final InMemoryZaloTokens tokens = new InMemoryZaloTokens();
    private final InMemoryZaloApps apps = new InMemoryZaloApps();
    private final InMemoryZaloMessages messages = new InMemoryZaloMessages();
    private final ScriptedZalo zalo = new ScriptedZalo();
    private final TestMessageService service = new TestMessageService(
            new RecipientResolutionService(
                    accounts,
                    new InMemoryRecipients(partners, links),
                    new SendGuard(GuardPolicy.defaults()),
                    () -> NOW),
            accounts,
            links,
            new OaAccessTokens(tokens, new RefreshingOAuth(), apps, accounts, () -> NOW, Duration.ofMinutes(10)),
            zalo,
            messages,
            () -> NOW);

    @BeforeEach
    void connectedSupportOa() {
        accounts.save(OfficialAccount.draft(SUPPORT_OA, APP_A, "Support OA").connected());
        apps.save(
                new ZaloApp(APP_A, "App A", true, SignatureVariant.APP_ID_BODY_TIMESTAMP_OA_SECRET),
                new ZaloAppSecrets("app-secret", "oa-secret"));
        tokens.store(SUPPORT_OA, OaTokens.issued("access-1", "refresh-1", Duration.ofHours(25), NOW, 1));
    }

    private PartnerId partnerOnSupport(PartnerStatus status) {
        var partner = partners.create(status, new PartnerDetails("Nguyễn Văn Sơn", List.of(), null, null), "ERP");
        Instant recent = NOW.minus(Duration.ofHours(3));
        links.create(new NewLink(
                SUPPORT_OA,
                SON_ON_SUPPORT,
                APP_A,
                null,
                partner.id(),
                new ZaloProfile("Sơn", null, null, true, recent, null, null, null),
                MessageStats.none(),
                new SyncState(recent, recent, SyncOutcome.OK, null, null)));
        return partner.id();
    }

    private LinkId link() {
        return links.find(SUPPORT_OA, SON_ON_SUPPORT).orElseThrow().id();
    }

    @Test
    void a_cs_lead_sends_to_a_verified_partner_once_and_the_message_is_recorded_on_the_link() {
        var son = partnerOnSupport(PartnerStatus.VERIFIED);
        zalo.answers.add(new SendAnswer.Accepted("msg-1", NOW.plusSeconds(1)));

        var outcome = service.send(LEAD, new Command(son, SUPPORT_OA, "Xin chào anh Sơn", "attempt-0001"));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Outcome.Sent.class, sent -> assertThat(sent.zaloMsgId()).isEqualTo("msg-1"));
        assertThat(zalo.calls).containsExactly(SON_ON_SUPPORT + " via access-1: Xin chào anh Sơn");
        assertThat(messages.latest(link(), 5)).singleElement().satisfies(m -> {
            assertThat(m.zaloMsgId()).isEqualTo("msg-1");
            assertThat(m.deliveryState()).isEqualTo(DeliveryState.SENT);
        });
        assertThat(links.find(link()).orElseThrow().messages().count()).isEqualTo(1);
    }

    @Test
    void the_guard_blocks_a_shadow_with_its_reason_and_zalo_is_never_called() {
        var shadow = partnerOnSupport(PartnerStatus.SHADOW);

        var outcome = service.send(LEAD, new Command(shadow, SUPPORT_OA, "Báo giá", "attempt-0002"));

        assertThat(outcome).isInstanceOf(Outcome.Blocked.class);
        assertThat(outcome.resolution().reasons()).extracting(r -> r.code()).contains(ReasonCode.SHADOW_UNVERIFIED);
        assertThat(zalo.calls).isEmpty();
        assertThat(messages.latest(link(), 5)).isEmpty();
    }

    @Test
    void a_timeout_is_reported_as_unknown_and_the_same_attempt_is_never_sent_again() {
        var son = partnerOnSupport(PartnerStatus.VERIFIED);
        zalo.answers.add(new SendAnswer.Unknown("Zalo did not answer in time"));
        var command = new Command(son, SUPPORT_OA, "Xin chào", "attempt-0003");

        var first = service.send(LEAD, command);
        var again = service.send(LEAD, command);

        assertThat(first)
                .isInstanceOfSatisfying(
                        Outcome.Unknown.class,
                        unknown -> assertThat(unknown.reason())
                                .contains("check Zalo Events")
                                .contains("will not be resent"));
        assertThat(again).isInstanceOf(Outcome.AlreadyAttempted.class);
        assertThat(zalo.calls).hasSize(1);
        assertThat(messages.latest(link(), 5))
                .singleElement()
                .satisfies(m -> assertThat(m.deliveryState()).isEqualTo(DeliveryState.UNKNOWN));
        assertThat(links.find(link()).orElseThrow().messages().count()).isZero();
    }

    @Test
    void a_refusal_means_nothing_went_out_says_why_and_records_nothing() {
        var son = partnerOnSupport(PartnerStatus.VERIFIED);
        zalo.answers.add(new SendAnswer.Refused(new ZaloError(-230, "User has not interacted")));

        var outcome = service.send(LEAD, new Command(son, SUPPORT_OA, "Xin chào", "attempt-0004"));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        Outcome.NotSent.class,
                        notSent -> assertThat(notSent.reason())
                                .isEqualTo(
                                        "This person has not interacted with the Support OA in the last 7 days (Zalo error -230)."
                                                + " Nothing was sent."));
        assertThat(zalo.calls).hasSize(1);
        assertThat(messages.latest(link(), 5)).isEmpty();
    }

    @Test
    void a_refused_token_is_refreshed_once_and_the_message_sent_with_the_new_one() {
        var son = partnerOnSupport(PartnerStatus.VERIFIED);
        zalo.answers.add(new SendAnswer.Refused(new ZaloError(-216, "Access token is invalid")));
        zalo.answers.add(new SendAnswer.Accepted("msg-2", NOW));

        var outcome = service.send(LEAD, new Command(son, SUPPORT_OA, "Xin chào", "attempt-0005"));

        assertThat(outcome).isInstanceOf(Outcome.Sent.class);
        assertThat(zalo.calls)
                .containsExactly(
                        SON_ON_SUPPORT + " via access-1: Xin chào", SON_ON_SUPPORT + " via access-refreshed: Xin chào");
    }

    @Test
    void an_agent_may_ask_the_guard_but_not_send() {
        var son = partnerOnSupport(PartnerStatus.VERIFIED);
        var agent = new Actor("agent", Set.of(Role.AGENT));

        assertThatThrownBy(() -> service.send(agent, new Command(son, SUPPORT_OA, "Xin chào", "attempt-0006")))
                .isInstanceOf(PermissionDenied.class);
        assertThat(zalo.calls).isEmpty();
    }

    @Test
    void the_command_says_what_is_wrong_with_it() {
        var son = new PartnerId(1);

        assertThatThrownBy(() -> new Command(son, SUPPORT_OA, "  ", "attempt-0007"))
                .hasMessage("write the test message");
        assertThatThrownBy(() -> new Command(son, SUPPORT_OA, "x".repeat(2001), "attempt-0007"))
                .hasMessageContaining("at most 2000 characters");
        assertThatThrownBy(() -> new Command(son, SUPPORT_OA, "Xin chào", "short"))
                .hasMessageContaining("attempt key");
    }

    /** Zalo's send, answering from a script and remembering every call. */
    private static final class ScriptedZalo implements ZaloMessaging {
        final Deque<SendAnswer> answers = new ArrayDeque<>();
        final List<String> calls = new ArrayList<>();

        @Override
        public SendAnswer sendText(OaCall call, ZaloUserId user, String text) {
            calls.add(user + " via " + call.accessToken() + ": " + text);
            return answers.removeFirst();
        }
    }

    /** Zalo's OAuth, granting every refresh. */
    private static final class RefreshingOAuth extends UnusedOAuth {

        @Override
        public GrantAnswer refresh(ZaloAppId app, String appSecret, String refreshToken) {
            return new GrantAnswer.Granted("access-refreshed", "refresh-2", Duration.ofHours(25));
        }
    }
}
