/**
 * Spring Boot auto-configuration for wecom-sdk: {@link io.github.wecomsdk.spring.WeComProperties}
 * ({@code wecom.*}), a {@link io.github.wecomsdk.spring.WeComApps} registry with a client bean per app,
 * callback endpoints on Spring MVC or WebFlux, the Redis token store and deduplicator when {@code wecom-sdk-redis}
 * and a Redis connection are present, Micrometer metrics and a health indicator.
 */
package io.github.wecomsdk.spring;
