@NullMarked
package io.zpl.ui.layout;

import org.jspecify.annotations.NullMarked;
