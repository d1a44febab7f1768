/** A real MariaDB server run from a Maven artifact, for demo mode and tests on machines without one. */
@NullMarked
package io.zpl.adapters.persistence.embedded;

import org.jspecify.annotations.NullMarked;
