package io.zpl.application.service;

import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.in.ResolveRecipient;
import io.zpl.application.port.out.Clock;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.application.port.out.Recipients;
import io.zpl.domain.guard.OaFacts;
import io.zpl.domain.guard.Resolution;
import io.zpl.domain.guard.SendGuard;

public final class RecipientResolutionService implements ResolveRecipient {

    private final OfficialAccounts accounts;
    private final Recipients recipients;
    private final SendGuard guard;
    private final Clock clock;

    public RecipientResolutionService(OfficialAccounts accounts, Recipients recipients, SendGuard guard, Clock clock) {
        this.accounts = accounts;
        this.recipients = recipients;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public Resolution resolve(Actor actor, Command command) {
        actor.requireAnyRole();
        var oa = accounts.find(command.oaId())
                .map(found -> new OaFacts(found.id(), found.name(), found.status()))
                .orElseThrow(
                        () -> new NotFound("OA_NOT_FOUND", "There is no Official Account " + command.oaId() + "."));
        var facts = recipients
                .facts(command.partnerId(), oa)
                .orElseThrow(
                        () -> new NotFound("PARTNER_NOT_FOUND", "There is no partner " + command.partnerId() + "."));
        return guard.resolve(facts, command.purpose(), clock.now());
    }
}
