@NullMarked
package io.zpl.domain.link;

import org.jspecify.annotations.NullMarked;
