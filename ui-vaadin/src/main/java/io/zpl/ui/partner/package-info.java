/** Partners: the partner page with send readiness per OA and business records, and the records' CSV import. */
@NullMarked
package io.zpl.ui.partner;

import org.jspecify.annotations.NullMarked;
