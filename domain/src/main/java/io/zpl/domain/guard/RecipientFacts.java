package io.zpl.domain.guard;

import io.zpl.domain.partner.PartnerId;
import java.util.HashSet;
import java.util.List;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Everything the guard decides on: the tombstone chain from the requested id to the survivor, whether the survivor
 * sits in an open duplicate group, and the survivor's links on the OA.
 */
@ValueObject
public record RecipientFacts(
        List<ChainStep> chain, boolean inOpenDuplicateGroup, OaFacts oa, List<LinkOnOa> linksOnOa) {

    public RecipientFacts {
        chain = List.copyOf(chain);
        linksOnOa = List.copyOf(linksOnOa);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("the tombstone chain starts at the requested partner");
        }
        var seen = new HashSet<PartnerId>();
        for (int i = 0; i < chain.size(); i++) {
            ChainStep step = chain.get(i);
            if (!seen.add(step.id())) {
                throw new IllegalArgumentException("merges of partner " + step.id() + " form a cycle");
            }
            boolean last = i == chain.size() - 1;
            if (last != step.isLive()) {
                throw new IllegalArgumentException(
                        last
                                ? "partner " + step.id() + " is merged, yet the chain ends there"
                                : "the chain goes on past live partner " + step.id());
            }
            if (!last && !step.mergedInto().equals(chain.get(i + 1).id())) {
                throw new IllegalArgumentException("partner " + step.id() + " was merged into " + step.mergedInto()
                        + ", not " + chain.get(i + 1).id());
            }
        }
    }

    public PartnerId requested() {
        return chain.getFirst().id();
    }

    public ChainStep survivor() {
        return chain.getLast();
    }
}
