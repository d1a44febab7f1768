package io.zpl.application.port.out;

import io.zpl.domain.duplicate.EvidenceRule;
import io.zpl.domain.partner.PartnerId;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Set-based searches for live partners sharing a key (user_id_by_app, phone, name key with avatar or address, name
 * key): one bucket per shared key, never pairwise. Buckets larger than {@code bucketLimit} are left out (a switchboard
 * phone or a default avatar says nothing about identity).
 */
public interface DuplicateCandidates {

    List<Candidate> all(int bucketLimit);

    /** Only the buckets whose key one of these partners holds. */
    List<Candidate> around(Collection<PartnerId> partners, int bucketLimit);

    /**
     * Partners sharing a key. {@code keys} depend on the rule: app id and user_id_by_app; the phone in E.164; name key
     * and avatar URL; name key and address; name key.
     */
    record Candidate(EvidenceRule rule, List<String> keys, Set<PartnerId> partners) {
        public Candidate {
            keys = List.copyOf(keys);
            partners = Set.copyOf(partners);
        }
    }
}
