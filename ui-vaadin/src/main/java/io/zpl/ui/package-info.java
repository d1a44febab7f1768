/** Vaadin Flow views for Admin/IT and CS Leads; they call use cases ({@code port.in}) only. */
@PrimaryAdapter
@NullMarked
package io.zpl.ui;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
import org.jspecify.annotations.NullMarked;
