package io.github.wecomsdk.spring;

import io.github.wecomsdk.core.InMemoryTokenStore;
import io.github.wecomsdk.core.TokenStore;
import io.github.wecomsdk.core.WeComListener;
import io.github.wecomsdk.core.callback.CallbackDeduplicator;
import io.github.wecomsdk.core.callback.CallbackObserver;
import io.github.wecomsdk.micrometer.WeComMetrics;
import io.github.wecomsdk.redis.WeComRedis;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.cluster.RedisClusterClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Auto-configuration of wecom-sdk: one {@link WeComApps} registry with a client per
 * {@code wecom.apps.<name>}, each also a {@link io.github.wecomsdk.core.WeComClient} bean; a shared
 * token store and callback deduplicator (on Redis when {@code wecom-sdk-redis} and a Redis connection are
 * present, in memory otherwise); Micrometer metrics when a {@link MeterRegistry} exists; a health
 * indicator when Actuator is present. Nothing is configured unless a {@code wecom.apps.*} property is set.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"
        })
@Conditional(OnWeComAppsCondition.class)
@org.springframework.boot.context.properties.EnableConfigurationProperties(WeComProperties.class)
@Import(WeComClientBeans.class)
public class WeComAutoConfiguration {

    /** Creates the auto-configuration; Spring calls it. */
    public WeComAutoConfiguration() {}

    /**
     * The registry of every app, from {@code wecom.apps.*}.
     *
     * @param properties    the bound properties
     * @param tokenStores   a token store bean, if any (Redis's, or the user's)
     * @param listeners     listener beans (metrics, the user's)
     * @param observers     callback observer beans
     * @param deduplicators a deduplicator bean, if any
     * @param routes        the user's route contributions
     * @param https         an OkHttp client bean to share, if any
     * @return the registry
     * @throws org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException
     *         naming the property that is missing or wrong
     */
    @Bean
    @ConditionalOnMissingBean
    public WeComApps weComApps(
            WeComProperties properties,
            ObjectProvider<TokenStore> tokenStores,
            ObjectProvider<WeComListener> listeners,
            ObjectProvider<CallbackObserver> observers,
            ObjectProvider<CallbackDeduplicator> deduplicators,
            ObjectProvider<WeComCallbackRoutes> routes,
            ObjectProvider<OkHttpClient> https) {
        Map<String, AppSettings> settings = AppProperties.resolve(properties);
        TokenStore tokenStore = tokenStores.getIfAvailable(InMemoryTokenStore::new);
        CallbackDeduplicator shared = deduplicators.getIfAvailable(CallbackDeduplicator::inMemory);
        List<CallbackObserver> allObservers = observers.orderedStream().toList();
        WeComApps apps = new WeComApps(
                https.getIfAvailable(OkHttpClient::new),
                tokenStore,
                CompositeListener.of(listeners.orderedStream().toList()),
                allObservers.isEmpty() ? CallbackObserver.NONE : allObservers.get(0),
                () -> shared,
                routes.orderedStream().toList(),
                properties.baseUrl(),
                Clock.systemUTC());
        settings.forEach(apps::add);
        return apps;
    }

    /** Redis from a Lettuce {@link RedisClient} bean of the application. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({WeComRedis.class, RedisClient.class})
    @ConditionalOnBean(RedisClient.class)
    @ConditionalOnProperty(prefix = "wecom.redis", name = "enabled", matchIfMissing = true)
    static class RedisClientConfiguration extends RedisStateBeans {

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        WeComRedis weComRedis(RedisClient client, WeComProperties properties) {
            return RedisSupport.prefixed(WeComRedis.builder().client(client), properties)
                    .build();
        }
    }

    /** Redis from Spring Data Redis's Lettuce connection factory. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({WeComRedis.class, LettuceConnectionFactory.class})
    @ConditionalOnBean(LettuceConnectionFactory.class)
    @ConditionalOnMissingBean(RedisClient.class)
    @ConditionalOnProperty(prefix = "wecom.redis", name = "enabled", matchIfMissing = true)
    static class SpringDataRedisConfiguration extends RedisStateBeans {

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        WeComRedis weComRedis(LettuceConnectionFactory factory, WeComProperties properties) {
            if (!factory.isRunning()) {
                factory.start();
            }
            AbstractRedisClient client = factory.getRequiredNativeClient();
            WeComRedis.Builder builder = client instanceof RedisClusterClient cluster
                    ? WeComRedis.builder().clusterClient(cluster)
                    : WeComRedis.builder().client((RedisClient) client);
            return RedisSupport.prefixed(builder, properties).build();
        }
    }

    /** Micrometer metrics when the application has a registry. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({WeComMetrics.class, MeterRegistry.class})
    @ConditionalOnBean(MeterRegistry.class)
    static class MetricsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        WeComMetrics weComMetrics(MeterRegistry registry) {
            return WeComMetrics.of(registry);
        }

        @Bean
        WeComListener weComMetricsListener(WeComMetrics metrics) {
            return metrics.listener();
        }

        @Bean
        CallbackObserver weComMetricsCallbackObserver(WeComMetrics metrics) {
            return metrics.callbackObserver();
        }
    }

    /** Reports each app's last token refresh on Actuator's health endpoint. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    static class HealthConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "weComHealthIndicator")
        HealthIndicator weComHealthIndicator(WeComApps apps) {
            return new WeComHealthIndicator(apps);
        }
    }
}
