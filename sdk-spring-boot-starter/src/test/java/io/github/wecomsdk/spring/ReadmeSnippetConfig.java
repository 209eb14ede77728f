package io.github.wecomsdk.spring;

import io.github.wecomsdk.core.callback.CallbackListener;
import io.github.wecomsdk.core.callback.MsgType;
import io.github.wecomsdk.core.callback.PassiveReply;
import io.github.wecomsdk.core.callback.message.ReceivedTextMessage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The README's Spring Boot route bean, compiled; {@code WeComAutoConfigurationTest} loads it. */
@Configuration(proxyBeanMethods = false)
class ReadmeSnippetConfig {

    @Bean
    WeComCallbackRoutes notifyRoutes() {
        return (app, routes) -> routes.on(
                MsgType.TEXT,
                CallbackListener.typed(
                        ReceivedTextMessage.class, text -> PassiveReply.text("Got it: " + text.content())));
    }
}
