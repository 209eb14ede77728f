package io.github.wecomsdk.redis;

import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.callback.CallbackCrypto;
import io.github.wecomsdk.core.callback.CallbackHandler;
import io.github.wecomsdk.core.callback.CallbackRouter;

/**
 * The compiled twins of the Java examples in sdk-redis's Javadoc, checked by {@link JavadocSnippetsTest}:
 * each method holds one example verbatim, the names it assumes being its parameters.
 */
final class RedisJavadocExamples {

    private RedisJavadocExamples() {}

    // WeComRedis
    static CallbackHandler weComRedis(String corpId, String secret, CallbackCrypto crypto, CallbackRouter router) {
        WeComRedis redis = WeComRedis.builder()
                .uri("redis://redis.internal:6379")
                .prefix("orders:")
                .build();
        WeComClient client = WeComClient.builder()
                .corpId(corpId)
                .secret(secret)
                .tokenStore(redis.tokenStore()) // one gettoken per fleet
                .build();
        CallbackHandler handler = CallbackHandler.builder(crypto, router)
                .deduplicator(redis.callbackDeduplicator()) // a retry on another instance is not processed twice
                .build();
        return handler;
    }
}
