@NullMarked
package io.zpl.application.service;

import org.jspecify.annotations.NullMarked;
