@NullMarked
package io.zpl.ui.merge;

import org.jspecify.annotations.NullMarked;
