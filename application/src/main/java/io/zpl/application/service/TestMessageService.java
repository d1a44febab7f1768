package io.zpl.application.service;

import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.in.PermissionDenied;
import io.zpl.application.port.in.ResolveRecipient;
import io.zpl.application.port.in.SendTestMessage;
import io.zpl.application.port.out.Clock;
import io.zpl.application.port.out.OaCall;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.SendAnswer;
import io.zpl.application.port.out.ZaloMessages;
import io.zpl.application.port.out.ZaloMessaging;
import io.zpl.application.service.OaAccessTokens.TokenAnswer;
import io.zpl.domain.access.Role;
import io.zpl.domain.guard.Purpose;
import io.zpl.domain.guard.Resolution;
import io.zpl.domain.link.DeliveryState;
import io.zpl.domain.link.MessageDirection;
import io.zpl.domain.link.ZaloMessage;
import io.zpl.domain.link.ZaloPartnerLink;
import io.zpl.domain.oa.OaStatus;
import io.zpl.domain.oa.OaTokens;
import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.zalo.ZaloError;
import io.zpl.domain.zalo.ZaloErrorClass;

/**
 * The guarded test send. The attempt is claimed (recorded under its key) before Zalo is called, so a repeated click
 * or request never sends twice, and a send whose answer never came stays on the link as {@code UNKNOWN}. The only
 * second call is after Zalo refused the OA's token: that refusal means nothing went out, exactly as for Sync Profile
 * the token is refreshed once and the call made once more.
 */
public final class TestMessageService implements SendTestMessage {

    private final ResolveRecipient guard;
    private final OfficialAccounts accounts;
    private final PartnerLinks links;
    private final OaAccessTokens tokens;
    private final ZaloMessaging zalo;
    private final ZaloMessages messages;
    private final Clock clock;

    public TestMessageService(
            ResolveRecipient guard,
            OfficialAccounts accounts,
            PartnerLinks links,
            OaAccessTokens tokens,
            ZaloMessaging zalo,
            ZaloMessages messages,
            Clock clock) {
        this.guard = guard;
        this.accounts = accounts;
        this.links = links;
        this.tokens = tokens;
        this.zalo = zalo;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public Outcome send(Actor actor, Command command) {
        if (!actor.has(Role.ZALO_ADMIN) && !actor.has(Role.CS_LEAD)) {
            throw new PermissionDenied(Role.CS_LEAD);
        }
        Resolution resolution = guard.resolve(
                actor, new ResolveRecipient.Command(command.partnerId(), command.oaId(), Purpose.BUSINESS));
        if (!resolution.mayProceed()) {
            return new Outcome.Blocked(resolution);
        }
        OfficialAccount oa = accounts.find(resolution.oaId())
                .orElseThrow(
                        () -> new NotFound("OA_NOT_FOUND", "There is no Official Account " + command.oaId() + "."));
        ZaloPartnerLink link = links.find(oa.id(), resolution.zaloUserId())
                .orElseThrow(() -> new NotFound("LINK_NOT_FOUND", "The link the guard chose no longer exists."));
        var token = tokens.current(oa);
        if (!(token instanceof TokenAnswer.Usable usable)) {
            return new Outcome.NotSent(resolution, unusable(token) + " Nothing was sent.");
        }
        String key = command.attemptKey();
        var claim = new ZaloMessage(
                link.id(),
                null,
                MessageDirection.OUT,
                "oa_send_text",
                command.text(),
                null,
                null,
                clock.now(),
                DeliveryState.UNKNOWN);
        if (!messages.claimSend(claim, key)) {
            return new Outcome.AlreadyAttempted(resolution);
        }
        SendAnswer answer = zalo.sendText(call(oa, usable.tokens()), link.zaloUserId(), command.text());
        if (answer instanceof SendAnswer.Refused refused && refused.error().kind() == ZaloErrorClass.TOKEN) {
            var refreshed = tokens.refresh(oa, usable.tokens().version());
            if (!(refreshed instanceof TokenAnswer.Usable fresh)) {
                messages.withdrawSend(key);
                return new Outcome.NotSent(resolution, unusable(refreshed) + " Nothing was sent.");
            }
            answer = zalo.sendText(call(oa, fresh.tokens()), link.zaloUserId(), command.text());
        }
        return switch (answer) {
            case SendAnswer.Accepted accepted -> {
                if (messages.confirmSend(key, accepted.zaloMsgId(), accepted.sentAt())) {
                    links.find(link.id()).ifPresent(now -> links.save(now.withMessageAt(accepted.sentAt(), false)));
                }
                yield new Outcome.Sent(resolution, accepted.zaloMsgId(), accepted.sentAt());
            }
            case SendAnswer.Refused refused -> {
                messages.withdrawSend(key);
                yield new Outcome.NotSent(resolution, refusal(refused.error(), oa));
            }
            case SendAnswer.Unavailable unavailable -> {
                messages.withdrawSend(key);
                yield new Outcome.NotSent(resolution, unavailable.reason() + " Nothing was sent.");
            }
            case SendAnswer.Unknown unknown ->
                new Outcome.Unknown(
                        resolution,
                        "Unknown whether the message went out (" + unknown.detail() + "): check Zalo Events before"
                                + " sending again. It will not be resent.");
        };
    }

    private String refusal(ZaloError error, OfficialAccount oa) {
        String words = ProfileSyncer.sentence(error.plainWords(), oa);
        return switch (error.kind()) {
            case OA_ADMIN -> {
                String reason = words + " An admin must fix this on Zalo, then reconnect.";
                accounts.save(oa.failed(OaStatus.ERROR, reason));
                yield reason + " Nothing was sent.";
            }
            case TOKEN -> words + " Zalo refused the token even right after a refresh. Nothing was sent.";
            case USER, QUOTA, TRANSIENT -> words + " Nothing was sent.";
        };
    }

    private static String unusable(TokenAnswer token) {
        return switch (token) {
            case TokenAnswer.NeedsAdmin admin -> admin.reason();
            case TokenAnswer.Unavailable unavailable -> unavailable.reason();
            case TokenAnswer.Usable usable -> throw new IllegalStateException("a usable token is not a reason");
        };
    }

    private static OaCall call(OfficialAccount oa, OaTokens tokens) {
        return new OaCall(oa.id(), oa.appId(), tokens.accessToken());
    }
}
