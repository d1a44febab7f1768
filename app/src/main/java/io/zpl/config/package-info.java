/** Spring wiring: one bean per adapter and use case, security, the database and the demo mode. */
@NullMarked
package io.zpl.config;

import org.jspecify.annotations.NullMarked;
