@NullMarked
package io.zpl.ui.oa;

import org.jspecify.annotations.NullMarked;
