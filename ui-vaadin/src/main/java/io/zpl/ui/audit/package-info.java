/** The guide's audit by OA: the OA page with its readiness, the Zalo Partners grid, the partner link form. */
@NullMarked
package io.zpl.ui.audit;

import org.jspecify.annotations.NullMarked;
