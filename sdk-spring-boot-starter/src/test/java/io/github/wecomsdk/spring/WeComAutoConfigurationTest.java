package io.github.wecomsdk.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.apps.Apps;
import io.github.wecomsdk.auth.Auth;
import io.github.wecomsdk.contacts.Contacts;
import io.github.wecomsdk.core.TokenStore;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComListener;
import io.github.wecomsdk.media.Media;
import io.github.wecomsdk.messaging.Messaging;
import io.github.wecomsdk.micrometer.WeComMetrics;
import io.github.wecomsdk.payment.Payments;
import io.github.wecomsdk.redis.LocalRedis;
import io.github.wecomsdk.redis.RedisTokenStore;
import io.github.wecomsdk.redis.WeComRedis;
import io.github.wecomsdk.testkit.FakeWeCom;
import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.NoUniqueBeanDefinitionException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

class WeComAutoConfigurationTest {

    private static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(
                    AutoConfigurations.of(WeComAutoConfiguration.class, WeComModulesAutoConfiguration.class));

    @Test
    void withoutPropertiesNothingIsConfigured() {
        runner.run(context -> {
            assertThat(context).doesNotHaveBean(WeComApps.class);
            assertThat(context).doesNotHaveBean(WeComClient.class);
        });
    }

    @Test
    void oneAppGivesOnePrimaryClient() {
        runner.withPropertyValues(
                        "wecom.corp-id=ww0000000000000001",
                        "wecom.apps.notify.secret=s3cret-one",
                        "wecom.apps.notify.agent-id=1000002")
                .run(context -> {
                    assertThat(context).hasSingleBean(WeComApps.class);
                    WeComClient client = context.getBean(WeComClient.class);
                    assertEquals(client, context.getBean(WeComApps.class).client("notify"));
                    assertEquals(client, context.getBean("notifyWeComClient"));
                });
    }

    @Test
    void twoAppsOfTwoCorpsAreQualifiedByName() {
        runner.withPropertyValues(
                        "wecom.corp-id=ww0000000000000001",
                        "wecom.apps.notify.secret=s3cret-one",
                        "wecom.apps.notify.agent-id=1000002",
                        "wecom.apps.contacts.secret=s3cret-two",
                        "wecom.apps.partner.corp-id=ww0000000000000002",
                        "wecom.apps.partner.secret=s3cret-three")
                .withUserConfiguration(NeedsTwoClients.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    NeedsTwoClients user = context.getBean(NeedsTwoClients.class);
                    assertEquals(context.getBean(WeComApps.class).client("notify"), user.notify);
                    assertEquals(context.getBean(WeComApps.class).client("contacts"), user.contacts);
                    assertThrows(NoUniqueBeanDefinitionException.class, () -> context.getBean(WeComClient.class));
                    assertEquals(3, context.getBean(WeComApps.class).names().size());
                });
    }

    @Test
    void appsCanBeAddedAndRemovedAtRuntime() {
        runner.withPropertyValues("wecom.corp-id=ww0000000000000001", "wecom.apps.notify.secret=s3cret-one")
                .run(context -> {
                    WeComApps apps = context.getBean(WeComApps.class);
                    apps.add("tenant-42", AppSettings.of("ww0000000000000042", "tenant-secret", OptionalLong.of(7)));

                    assertEquals(7, apps.client("tenant-42").agentId().orElseThrow());
                    assertTrue(apps.remove("tenant-42"));
                    assertThrows(RuntimeException.class, () -> apps.client("tenant-42"));
                });
    }

    @Test
    void aMissingSecretFailsStartupNamingTheProperty() {
        runner.withPropertyValues("wecom.corp-id=ww0000000000000001", "wecom.apps.notify.agent-id=1000002")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure())
                            .rootCause()
                            .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                            .hasMessageContaining("wecom.apps.notify.secret");
                });
    }

    @Test
    void aMissingCorpAndABadCallbackKeyFailStartupNamingTheProperty() {
        runner.withPropertyValues("wecom.apps.notify.secret=s3cret")
                .run(context -> assertThat(context.getStartupFailure())
                        .rootCause()
                        .hasMessageContaining("wecom.apps.notify.corp-id"));
        runner.withPropertyValues(
                        "wecom.corp-id=ww0000000000000001",
                        "wecom.apps.notify.secret=s3cret",
                        "wecom.apps.notify.callback.path=/wecom/notify",
                        "wecom.apps.notify.callback.token=tok",
                        "wecom.apps.notify.callback.encoding-aes-key=too-short")
                .run(context -> {
                    assertThat(context.getStartupFailure())
                            .rootCause()
                            .hasMessageContaining("wecom.apps.notify.callback.encoding-aes-key");
                    assertThat(context.getStartupFailure())
                            .rootCause()
                            .message()
                            .doesNotContain("too-short");
                });
    }

    @Test
    void withoutRedisTokensStayInMemory() {
        runner.withPropertyValues("wecom.corp-id=ww0000000000000001", "wecom.apps.notify.secret=s3cret-one")
                .withClassLoader(new FilteredClassLoader(WeComRedis.class))
                .run(context -> {
                    assertThat(context).doesNotHaveBean(TokenStore.class);
                    assertThat(context).hasSingleBean(WeComApps.class);
                });
    }

    @Test
    void withARedisClientBeanTokensAndDedupeGoToRedis() {
        try (LocalRedis server = LocalRedis.start()) {
            RedisClient redisClient = RedisClient.create(server.uri());
            try {
                runner.withPropertyValues(
                                "wecom.corp-id=ww0000000000000001",
                                "wecom.apps.notify.secret=s3cret-one",
                                "wecom.redis.prefix=orders:")
                        .withBean(RedisClient.class, () -> redisClient)
                        .run(context -> {
                            assertThat(context).hasSingleBean(WeComRedis.class);
                            assertThat(context.getBean(TokenStore.class)).isInstanceOf(RedisTokenStore.class);
                        });
                runner.withPropertyValues(
                                "wecom.corp-id=ww0000000000000001",
                                "wecom.apps.notify.secret=s3cret-one",
                                "wecom.redis.enabled=false")
                        .withBean(RedisClient.class, () -> redisClient)
                        .run(context -> assertThat(context).doesNotHaveBean(WeComRedis.class));
                LettuceConnectionFactory factory = new LettuceConnectionFactory("127.0.0.1", server.port());
                factory.afterPropertiesSet();
                try {
                    runner.withPropertyValues("wecom.corp-id=ww0000000000000001", "wecom.apps.notify.secret=s3cret-one")
                            .withBean(LettuceConnectionFactory.class, () -> factory)
                            .run(context -> {
                                assertThat(context).hasSingleBean(WeComRedis.class);
                                assertThat(context.getBean(TokenStore.class)).isInstanceOf(RedisTokenStore.class);
                            });
                } finally {
                    factory.destroy();
                }
            } finally {
                redisClient.shutdown();
            }
        }
    }

    @Test
    void withAMeterRegistryMetricsAreRecorded() {
        try (FakeWeCom fake = FakeWeCom.start()) {
            fake.addUser("zhangsan", "Zhang San", 1);
            runner.withPropertyValues(
                            "wecom.base-url=" + fake.baseUrl(),
                            "wecom.corp-id=" + fake.corpId(),
                            "wecom.apps.notify.secret=" + fake.secret())
                    .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                    .run(context -> {
                        assertThat(context).hasSingleBean(WeComMetrics.class);
                        context.getBean(WeComClient.class).get("/cgi-bin/user/get", Map.of("userid", "zhangsan"));

                        MeterRegistry registry = context.getBean(MeterRegistry.class);
                        assertEquals(
                                1,
                                registry.get("wecom.client.requests")
                                        .tags("path", "/cgi-bin/user/get", "outcome", "success")
                                        .timer()
                                        .count());
                    });
            runner.withPropertyValues("wecom.corp-id=ww0000000000000001", "wecom.apps.notify.secret=s3cret-one")
                    .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
                    .run(context -> {
                        assertThat(context).doesNotHaveBean(WeComMetrics.class);
                        assertThat(context).doesNotHaveBean(WeComListener.class);
                    });
        }
    }

    @Test
    void healthReportsTheLastTokenRefreshWithoutCallingWeCom() {
        try (FakeWeCom fake = FakeWeCom.start()) {
            fake.addUser("zhangsan", "Zhang San", 1);
            runner.withPropertyValues(
                            "wecom.base-url=" + fake.baseUrl(),
                            "wecom.corp-id=" + fake.corpId(),
                            "wecom.apps.good.secret=" + fake.secret(),
                            "wecom.apps.bad.secret=wrong-secret")
                    .run(context -> {
                        HealthIndicator health = context.getBean("weComHealthIndicator", HealthIndicator.class);
                        assertEquals(Status.UP, health.health().getStatus());
                        assertEquals(0, fake.gettokenCalls(), "a probe never calls WeCom");

                        WeComApps apps = context.getBean(WeComApps.class);
                        apps.client("good").get("/cgi-bin/user/get", Map.of("userid", "zhangsan"));
                        assertThrows(
                                RuntimeException.class,
                                () -> apps.client("bad").get("/cgi-bin/user/get", Map.of("userid", "zhangsan")));

                        assertEquals(Status.DOWN, health.health().getStatus());
                        assertThat(health.health().getDetails().toString())
                                .doesNotContain("wrong-secret")
                                .doesNotContain(fake.secret());
                    });
        }
    }

    @Test
    void theReadmeRouteBeanIsUsedForTheAppsCallback() {
        runner.withPropertyValues(
                        "wecom.corp-id=ww0000000000000001",
                        "wecom.apps.notify.secret=s3cret-one",
                        "wecom.apps.notify.callback.path=/wecom/notify",
                        "wecom.apps.notify.callback.token=tok",
                        "wecom.apps.notify.callback.encoding-aes-key=" + AES_KEY)
                .withUserConfiguration(ReadmeSnippetConfig.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertTrue(context.getBean(WeComApps.class)
                            .callbackHandler("notify")
                            .isPresent());
                    assertEquals(
                            "notify",
                            context.getBean(WeComApps.class)
                                    .appForCallbackPath("/wecom/notify")
                                    .orElseThrow());
                    assertThrows(
                            RuntimeException.class,
                            () -> context.getBean(WeComApps.class)
                                    .add(
                                            "other",
                                            new AppSettings(
                                                    "ww0000000000000001",
                                                    "s",
                                                    OptionalLong.empty(),
                                                    "/wecom/notify",
                                                    "tok",
                                                    AES_KEY)));
                });
    }

    @Test
    void withOneAppTheModulesEntryClassesAreBeansOnItsClient() {
        runner.withPropertyValues(
                        "wecom.corp-id=ww0000000000000001",
                        "wecom.apps.notify.secret=s3cret-one",
                        "wecom.apps.notify.agent-id=1000002")
                .run(context -> {
                    assertThat(context).hasSingleBean(Contacts.class);
                    assertThat(context).hasSingleBean(Messaging.class);
                    assertThat(context).hasSingleBean(Media.class);
                    assertThat(context).hasSingleBean(Apps.class);
                    assertThat(context).hasSingleBean(Auth.class);
                    assertThat(context).hasSingleBean(Payments.class);
                });
        runner.withPropertyValues(
                        "wecom.corp-id=ww0000000000000001", "wecom.apps.a.secret=one", "wecom.apps.b.secret=two")
                .run(context -> assertThat(context).doesNotHaveBean(Messaging.class));
        runner.withPropertyValues("wecom.corp-id=ww0000000000000001", "wecom.apps.notify.secret=s3cret-one")
                .withClassLoader(new FilteredClassLoader(Apps.class))
                .run(context -> {
                    assertThat(context).doesNotHaveBean(Apps.class);
                    assertThat(context).hasSingleBean(Messaging.class);
                });
    }

    @Test
    void propertiesNeverShowSecrets() {
        WeComProperties properties = new WeComProperties(
                "ww1",
                null,
                Map.of(
                        "notify",
                        new WeComProperties.App(
                                null, "app-secret-1", 1L, new WeComProperties.Callback("/cb", "cb-token-1", AES_KEY))),
                null);

        String shown = properties + " " + properties.apps().get("notify") + " "
                + new AppSettings("ww1", "app-secret-1", OptionalLong.empty(), "/cb", "cb-token-1", AES_KEY);

        assertFalse(shown.contains("app-secret-1") || shown.contains("cb-token-1") || shown.contains(AES_KEY), shown);
    }

    @Configuration(proxyBeanMethods = false)
    static class NeedsTwoClients {
        WeComClient notify;
        WeComClient contacts;

        @Bean
        String wired(@Qualifier("notify") WeComClient notify, @Qualifier("contacts") WeComClient contacts) {
            this.notify = notify;
            this.contacts = contacts;
            return "wired";
        }
    }
}
