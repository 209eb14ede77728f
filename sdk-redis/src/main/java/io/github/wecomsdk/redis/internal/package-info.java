/**
 * Internals of the Redis module: not for use outside it.
 */
package io.github.wecomsdk.redis.internal;
