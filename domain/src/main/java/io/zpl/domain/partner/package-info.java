@NullMarked
package io.zpl.domain.partner;

import org.jspecify.annotations.NullMarked;
