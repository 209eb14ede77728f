package io.github.wecomsdk.spring;

import io.github.wecomsdk.redis.WeComRedis;

/** Redis helpers kept out of {@link WeComAutoConfiguration} so it loads without {@code wecom-sdk-redis}. */
final class RedisSupport {

    private RedisSupport() {}

    static WeComRedis.Builder prefixed(WeComRedis.Builder builder, WeComProperties properties) {
        String prefix = properties.redis().prefix();
        return prefix == null ? builder : builder.prefix(prefix);
    }
}
