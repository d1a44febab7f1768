/**
 * The send guard: may business content or a conversation go to this partner on this OA, and to which Zalo user?
 * The reason the product exists.
 */
@NullMarked
package io.zpl.domain.guard;

import org.jspecify.annotations.NullMarked;
