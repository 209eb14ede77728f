/**
 * Internals of the callback package: XML parsing, field conversion, typed-view mapping, deduplication
 * keys. Not part of the public API; may change in any release.
 */
package io.github.wecomsdk.core.callback.internal;
