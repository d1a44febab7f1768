/** MariaDB through Jdbi: the secondary adapters behind {@code port.out}. */
@SecondaryAdapter
@NullMarked
package io.zpl.adapters.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;
