package io.github.wecomsdk.examples.boot;

import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.callback.CallbackListener;
import io.github.wecomsdk.core.callback.MsgType;
import io.github.wecomsdk.core.callback.PassiveReply;
import io.github.wecomsdk.core.callback.message.ReceivedTextMessage;
import io.github.wecomsdk.spring.WeComCallbackRoutes;
import io.github.wecomsdk.testkit.FakeWeCom;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot service on {@code wecom-sdk-spring-boot-starter}: WeCom posts a member's text message to
 * {@code /wecom/notify}; the app answers with a passive reply and also sends the member an app message
 * through the auto-configured client. Configuration is in {@code application.properties}; the secrets come
 * from the environment. Run it against FakeWeCom with {@code -Dwecom.fake=true} (what its test does).
 */
@SpringBootApplication
public class BootExample {

    private static final Logger LOG = LoggerFactory.getLogger(BootExample.class);

    /**
     * Starts the service. With {@code -Dwecom.fake=true}, an embedded FakeWeCom stands in for WeCom.
     *
     * @param args Spring Boot's arguments
     */
    public static void main(String[] args) {
        if (Boolean.getBoolean("wecom.fake")) {
            FakeWeCom fake = FakeWeCom.start();
            System.setProperty("wecom.base-url", fake.baseUrl());
            System.setProperty("wecom.corp-id", fake.corpId());
            System.setProperty("WECOM_NOTIFY_SECRET", fake.secret());
        }
        SpringApplication.run(BootExample.class, args);
    }

    /**
     * Routes members' text messages of the {@code notify} app: a passive reply, and an app message sent back.
     *
     * @param client the {@code notify} app's client, from {@code wecom.apps.notify.*}
     * @return the routes
     */
    @Bean
    WeComCallbackRoutes notifyRoutes(ObjectProvider<WeComClient> client) {
        return (app, routes) -> routes.on(MsgType.TEXT, CallbackListener.typed(ReceivedTextMessage.class, text -> {
            String member = text.header().fromUserName();
            LOG.info("{} wrote to the {} app", member, app);
            WeComClient notify = client.getObject();
            notify.post(
                    "/cgi-bin/message/send",
                    Map.of(
                            "touser",
                            member,
                            "msgtype",
                            "text",
                            "agentid",
                            notify.agentId().orElseThrow(),
                            "text",
                            Map.of("content", "We got your message: " + text.content())));
            return PassiveReply.text("Thanks, " + member + "!");
        }));
    }
}
