/** Business records (quotes and orders, invoices, tickets): they belong to partners and move with merges. */
@NullMarked
package io.zpl.domain.record;

import org.jspecify.annotations.NullMarked;
