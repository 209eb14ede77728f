/**
 * Helpers the messaging services share across packages. Not part of the public API: names and
 * signatures here may change in any release.
 */
package io.github.wecomsdk.messaging.internal;
