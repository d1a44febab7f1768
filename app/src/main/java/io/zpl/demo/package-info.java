/** The demo story of API.md, loaded once into an empty database in demo mode. */
@NullMarked
package io.zpl.demo;

import org.jspecify.annotations.NullMarked;
