package io.zpl.application.port.in;

import io.zpl.domain.merge.MergeEntry;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The merge journal, newest first. CS Lead only. */
public interface ListMerges {

    MergePage list(Actor actor, @Nullable String after, int limit);

    record MergePage(List<MergeEntry> items, @Nullable String next) {}
}
