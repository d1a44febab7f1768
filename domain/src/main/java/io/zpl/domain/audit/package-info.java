@NullMarked
package io.zpl.domain.audit;

import org.jspecify.annotations.NullMarked;
