/** Use cases of Zalo Partner Links: primary ports in {@code port.in}, secondary ports in {@code port.out}. */
@Application
@NullMarked
package io.zpl.application;

import org.jmolecules.architecture.hexagonal.Application;
import org.jspecify.annotations.NullMarked;
