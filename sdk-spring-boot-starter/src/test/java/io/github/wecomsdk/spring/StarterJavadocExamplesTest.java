package io.github.wecomsdk.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.core.callback.CallbackMessage;
import io.github.wecomsdk.core.callback.CallbackRouter;
import io.github.wecomsdk.core.callback.EventType;
import io.github.wecomsdk.core.callback.PassiveReply;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Java examples of this module's Javadoc, verbatim (line breaks aside), so that they compile;
 * {@link JavadocSnippetsTest} fails when one is edited without its twin here. Both run: the route bean on
 * a router, the tenant onboarding in a context of the auto-configuration.
 */
class StarterJavadocExamplesTest {

    private static final String CLICK = "<xml><ToUserName>ww</ToUserName><FromUserName>zhangsan</FromUserName>"
            + "<CreateTime>1</CreateTime><MsgType>event</MsgType><Event>click</Event><EventKey>TODAY</EventKey>"
            + "<AgentID>1000002</AgentID></xml>";

    /** The {@link WeComCallbackRoutes} example. */
    @Configuration(proxyBeanMethods = false)
    static class RoutesExample {

        @Bean
        WeComCallbackRoutes notifyRoutes() {
            return (app, routes) -> {
                if (app.equals("notify")) {
                    routes.on(EventType.CLICK, message -> PassiveReply.text("Got " + message.get("EventKey")));
                }
            };
        }
    }

    /** The {@link WeComApps} example. */
    @Configuration(proxyBeanMethods = false)
    static class TenantOnboarding {

        @Autowired
        WeComApps apps;

        void onboard(String corpId, String secret) {
            apps.add("tenant-42", AppSettings.of(corpId, secret, OptionalLong.of(1000002)));
            WeComClient client = apps.client("tenant-42");
            apps.remove("tenant-42");
        }
    }

    @Test
    void theRoutesExampleAnswersClicksOfTheNotifyAppOnly() {
        WeComCallbackRoutes routes = new RoutesExample().notifyRoutes();
        CallbackRouter.Builder notify = CallbackRouter.builder();
        CallbackRouter.Builder other = CallbackRouter.builder();

        routes.configure("notify", notify);
        routes.configure("other", other);

        assertEquals(Optional.of(PassiveReply.text("Got TODAY")), notify.build().route(CallbackMessage.parse(CLICK)));
        assertTrue(other.build().listenerFor(CallbackMessage.parse(CLICK)).isEmpty());
    }

    @Test
    void theOnboardingExampleAddsReadsAndRemovesATenant() {
        new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(WeComAutoConfiguration.class, WeComModulesAutoConfiguration.class))
                .withPropertyValues(
                        "wecom.corp-id=ww0000000000000001",
                        "wecom.apps.notify.secret=s3cret-one",
                        "wecom.apps.notify.agent-id=1000002")
                .withUserConfiguration(TenantOnboarding.class)
                .run(context -> {
                    TenantOnboarding onboarding = context.getBean(TenantOnboarding.class);

                    WeComApps apps = context.getBean(WeComApps.class);

                    onboarding.onboard("ww0000000000000042", "tenant-secret"); // client() throws unless added

                    assertEquals(Set.of("notify"), apps.names());
                    assertThrows(WeComException.class, () -> apps.client("tenant-42"));
                });
    }
}
