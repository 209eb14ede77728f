package io.github.wecomsdk.spring;

import io.github.wecomsdk.core.TokenStore;
import io.github.wecomsdk.core.callback.CallbackDeduplicator;
import io.github.wecomsdk.redis.WeComRedis;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The token store and callback deduplicator of a {@link WeComRedis}, whichever connection it came from;
 * the Redis configurations of {@link WeComAutoConfiguration} extend it. Top-level, so Spring never takes
 * it for a configuration of its own.
 */
abstract class RedisStateBeans {

    @Bean
    @ConditionalOnMissingBean
    TokenStore weComTokenStore(WeComRedis redis) {
        return redis.tokenStore();
    }

    @Bean
    @ConditionalOnMissingBean
    CallbackDeduplicator weComCallbackDeduplicator(WeComRedis redis) {
        return redis.callbackDeduplicator();
    }
}
