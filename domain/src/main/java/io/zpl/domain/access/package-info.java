/** Who may do what: the roles of PRODUCT.md. */
@NullMarked
package io.zpl.domain.access;

import org.jspecify.annotations.NullMarked;
