/** The core of Zalo Partner Links: pure Java rules about partners, Zalo links, findings and merges. */
@NullMarked
package io.zpl.domain;

import org.jspecify.annotations.NullMarked;
