/** The Zalo Events list of the troubleshooting guide: every webhook delivery, its payload and Retry. */
@NullMarked
package io.zpl.ui.events;

import org.jspecify.annotations.NullMarked;
