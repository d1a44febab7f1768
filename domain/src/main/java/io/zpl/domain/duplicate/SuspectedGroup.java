package io.zpl.domain.duplicate;

import io.zpl.domain.partner.PartnerId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A cluster of partners suspected to be one person, with the tier that connects all of them (the weakest link of the
 * strongest chain) and all the evidence found between them.
 */
@ValueObject
public record SuspectedGroup(SortedSet<PartnerId> members, DuplicateTier tier, SortedSet<Evidence> evidence) {

    public SuspectedGroup {
        members = sortedIds(members);
        evidence = new TreeSet<>(evidence);
        if (members.size() < 2) {
            throw new IllegalArgumentException("a duplicate group needs at least two partners");
        }
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("a duplicate group needs evidence");
        }
    }

    public static SuspectedGroup of(Set<PartnerId> members, DuplicateTier tier, Set<Evidence> evidence) {
        return new SuspectedGroup(sortedIds(members), tier, new TreeSet<>(evidence));
    }

    public static SortedSet<PartnerId> sortedIds(Collection<PartnerId> ids) {
        SortedSet<PartnerId> sorted = new TreeSet<>(Comparator.comparingLong(PartnerId::value));
        sorted.addAll(ids);
        return sorted;
    }

    /** The sorted member ids: the same cluster found again is the same group. */
    public String memberKey() {
        return members.stream().map(PartnerId::toString).collect(Collectors.joining(","));
    }

    /** A fingerprint of the evidence: a dismissed group reopens only when this grows beyond what was dismissed. */
    public String evidenceHash() {
        return hash(evidence.stream().map(SuspectedGroup::line).toList());
    }

    public static String line(Evidence e) {
        return e.rule().name() + "\t" + e.detail();
    }

    static String hash(List<String> lines) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
