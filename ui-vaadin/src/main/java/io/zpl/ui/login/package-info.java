@NullMarked
package io.zpl.ui.login;

import org.jspecify.annotations.NullMarked;
