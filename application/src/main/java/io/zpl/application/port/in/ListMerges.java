package io.zpl.application.port.in;

import io.zpl.domain.merge.MergeEntry;
import io.zpl.domain.partner.PartnerId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The merge journal, newest first. CS Lead only. */
public interface ListMerges {

    MergePage list(Actor actor, @Nullable String after, int limit);

    /** The newest merges (and their undos) where the partner survived or was merged away, newest first. */
    List<MergeEntry> touching(Actor actor, PartnerId partner, int limit);

    record MergePage(List<MergeEntry> items, @Nullable String next) {}
}
