/** Primary ports: one use case per capability, named as a verb phrase, each taking the acting user. */
@PrimaryPort
@NullMarked
package io.zpl.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.NullMarked;
