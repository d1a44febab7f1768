/** Merging partners that are one person: the plan a CS Lead confirms and the rules it must keep. */
@NullMarked
package io.zpl.domain.merge;

import org.jspecify.annotations.NullMarked;
