/**
 * The Zalo sandbox: a faithful fake of Zalo's OpenAPI, OAuth v4 and webhooks (ZALO.md) for demo mode and tests.
 * It plays Zalo, so it knows nothing of our ports: only the demo Apps' secrets (from configuration) and HTTP.
 */
@NullMarked
package io.zpl.adapters.zalo.sandbox;

import org.jspecify.annotations.NullMarked;
