/**
 * Internals of the payment module: signatures, XML bodies, order numbers, TLS setup. Not part of the
 * public API; may change in any release.
 */
package io.github.wecomsdk.payment.internal;
