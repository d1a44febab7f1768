/** Secondary ports: what the use cases need from storage, Zalo and time, named as plural nouns or capabilities. */
@SecondaryPort
@NullMarked
package io.zpl.application.port.out;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.NullMarked;
