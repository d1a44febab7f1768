/** The JSON API under {@code /api/v1} for ERPs and integrations, described by OpenAPI. */
@PrimaryAdapter
@NullMarked
package io.zpl.adapters.rest;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
