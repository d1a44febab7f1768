@NullMarked
package io.zpl.domain.oa;

import org.jspecify.annotations.NullMarked;
