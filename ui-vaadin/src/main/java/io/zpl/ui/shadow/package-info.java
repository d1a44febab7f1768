@NullMarked
package io.zpl.ui.shadow;

import org.jspecify.annotations.NullMarked;
