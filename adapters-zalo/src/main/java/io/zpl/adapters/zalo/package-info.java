/** Zalo: the signed webhook (driving), the reading of Zalo's JSON (driven), and the Zalo sandbox for demo and tests. */
@NullMarked
package io.zpl.adapters.zalo;

import org.jspecify.annotations.NullMarked;
