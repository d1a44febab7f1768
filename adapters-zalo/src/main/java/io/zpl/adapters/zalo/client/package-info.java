/** The Zalo OA OpenAPI and OAuth v4 client: tolerant parsing, error classes, Resilience4j per App and per OA. */
@SecondaryAdapter
@NullMarked
package io.zpl.adapters.zalo.client;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.jspecify.annotations.NullMarked;
