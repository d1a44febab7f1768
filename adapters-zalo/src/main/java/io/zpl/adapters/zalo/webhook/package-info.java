/** {@code POST /zalo/webhook}: Zalo's deliveries, handed raw to the {@code IngestZaloEvent} use case. */
@PrimaryAdapter
@NullMarked
package io.zpl.adapters.zalo.webhook;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
