@NullMarked
package io.zpl.ui.duplicates;

import org.jspecify.annotations.NullMarked;
