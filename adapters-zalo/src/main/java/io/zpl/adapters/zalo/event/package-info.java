/** Reads Zalo's webhook JSON for the core: tolerant of strings or numbers, keeps free text exactly as sent. */
@SecondaryAdapter
@NullMarked
package io.zpl.adapters.zalo.event;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;
