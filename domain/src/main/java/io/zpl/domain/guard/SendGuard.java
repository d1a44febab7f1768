package io.zpl.domain.guard;

import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.zalo.ZaloUserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jmolecules.ddd.annotation.Service;
import org.jspecify.annotations.Nullable;

/**
 * The rule that keeps quotes, payment reminders and ticket updates away from the wrong record. Business content is
 * blocked for a shadow, a partner in an open duplicate group, a partner without (or with several) links on the OA;
 * a conversation is only warned about the first two. Stale profiles, non-followers and a last interaction outside
 * Zalo's window warn. Every reason that applies is reported, not just the first.
 */
@Service
public final class SendGuard {

    private final GuardPolicy policy;

    public SendGuard(GuardPolicy policy) {
        this.policy = policy;
    }

    public Resolution resolve(RecipientFacts facts, Purpose purpose, Instant now) {
        var survivor = facts.survivor();
        var oa = facts.oa();
        var reasons = new ArrayList<Reason>();
        Decision identityEffect = purpose == Purpose.BUSINESS ? Decision.BLOCK : Decision.WARN;

        if (!oa.status().canCallZalo()) {
            reasons.add(new Reason(
                    ReasonCode.OA_NOT_CONNECTED,
                    Decision.BLOCK,
                    oa.name() + " is " + oa.status() + ": an admin must connect it again before anything is sent."));
        }
        if (survivor.status() == PartnerStatus.SHADOW) {
            reasons.add(new Reason(
                    ReasonCode.SHADOW_UNVERIFIED,
                    identityEffect,
                    survivor.name() + " is a shadow contact nobody has verified yet: no business content until a CS"
                            + " Lead verifies it or merges it into the real customer."));
        }
        if (facts.inOpenDuplicateGroup()) {
            reasons.add(new Reason(
                    ReasonCode.UNRESOLVED_DUPLICATE,
                    identityEffect,
                    survivor.name() + " is a suspected duplicate of another contact: merge or dismiss the group first,"
                            + " or orders and balances stay split."));
        }
        List<LinkOnOa> links = facts.linksOnOa();
        if (links.isEmpty()) {
            reasons.add(new Reason(
                    ReasonCode.RECIPIENT_NOT_DETERMINED,
                    Decision.BLOCK,
                    survivor.name() + " has no Zalo link on " + oa.name() + ": the recipient cannot be determined."));
        } else if (links.size() > 1) {
            reasons.add(new Reason(
                    ReasonCode.AMBIGUOUS_RECIPIENT,
                    Decision.BLOCK,
                    survivor.name() + " has " + links.size() + " Zalo accounts on " + oa.name()
                            + ": which one is meant cannot be told; check the links before sending."));
        } else {
            reasons.addAll(linkWarnings(links.getFirst(), oa.name(), now));
        }
        reasons.sort(Comparator.comparing(Reason::effect).reversed());
        Decision decision = reasons.stream().map(Reason::effect).reduce(Decision.ALLOW, Decision::atLeast);
        @Nullable
        ZaloUserId recipient =
                decision == Decision.BLOCK ? null : links.getFirst().zaloUserId();
        return new Resolution(
                decision,
                facts.requested(),
                survivor.id(),
                survivor.name(),
                oa.id(),
                oa.name(),
                purpose,
                recipient,
                reasons);
    }

    private List<Reason> linkWarnings(LinkOnOa link, String oaName, Instant now) {
        var warnings = new ArrayList<Reason>();
        Instant synced = link.profileSyncedAt();
        if (synced == null || synced.isBefore(now.minus(policy.staleAfter()))) {
            warnings.add(new Reason(
                    ReasonCode.STALE_PROFILE,
                    Decision.WARN,
                    (synced == null
                                    ? "The Zalo profile on " + oaName + " was never synced"
                                    : "The Zalo profile on " + oaName + " was last synced " + ago(synced, now))
                            + ": Sync Profile to be sure it is still the same person."));
        }
        if (Boolean.FALSE.equals(link.follower())) {
            warnings.add(new Reason(
                    ReasonCode.NOT_FOLLOWER,
                    Decision.WARN,
                    "This person does not follow " + oaName + ": Zalo may refuse messages to them."));
        }
        Instant interacted = link.lastInteractionAt();
        if (interacted == null || interacted.isBefore(now.minus(policy.interactionWindow()))) {
            warnings.add(new Reason(
                    ReasonCode.OUTSIDE_INTERACTION_WINDOW,
                    Decision.WARN,
                    (interacted == null
                                    ? "No interaction with " + oaName + " is known"
                                    : "The last interaction with " + oaName + " was " + ago(interacted, now))
                            + ": free-form messages will fail outside Zalo's "
                            + policy.interactionWindow().toDays()
                            + "-day window; use an approved template."));
        }
        return warnings;
    }

    private static String ago(Instant then, Instant now) {
        long days = Duration.between(then, now).toDays();
        return days == 0 ? "today" : days == 1 ? "1 day ago" : days + " days ago";
    }
}
