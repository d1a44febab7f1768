/** Zalo webhook events: their signature, their identity for deduplication, and what each kind says. */
@NullMarked
package io.zpl.domain.event;

import org.jspecify.annotations.NullMarked;
