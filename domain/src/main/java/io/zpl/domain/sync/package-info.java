/** Bulk Sync Profile jobs: which links, how far, and why a job waits. */
@NullMarked
package io.zpl.domain.sync;

import org.jspecify.annotations.NullMarked;
