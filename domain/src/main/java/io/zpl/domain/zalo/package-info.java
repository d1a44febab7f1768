@NullMarked
package io.zpl.domain.zalo;

import org.jspecify.annotations.NullMarked;
