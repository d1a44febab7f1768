/** Duplicate detection: the tiers of evidence that two partners are one person, and how matches form groups. */
@NullMarked
package io.zpl.domain.duplicate;

import org.jspecify.annotations.NullMarked;
