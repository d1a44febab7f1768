package io.zpl.application.port.in;

import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.ProfileChange;
import java.util.List;

/** The names and avatars a link showed before its syncs replaced them, newest first ("was: …"). Any role may read. */
public interface ListProfileHistory {
    List<ProfileChange> history(Actor actor, LinkId link);
}
