/**
 * Fleet-wide WeCom state on Redis (Lettuce): {@link io.github.wecomsdk.redis.WeComRedis} gives a token
 * store with one refresh per fleet, a callback deduplicator shared by every instance, and a rate window
 * that paces group-robot webhooks across instances. Each falls back to per-instance state while Redis
 * does not answer.
 */
package io.github.wecomsdk.redis;
