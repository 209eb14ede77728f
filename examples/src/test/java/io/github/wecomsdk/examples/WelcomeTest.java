package io.github.wecomsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.wecomsdk.contacts.Contacts;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.messaging.Audience;
import io.github.wecomsdk.messaging.Messaging;
import io.github.wecomsdk.messaging.message.TextMessage;
import io.github.wecomsdk.testkit.FakeUser;
import io.github.wecomsdk.testkit.FakeWeCom;
import io.github.wecomsdk.testkit.FakeWeComExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's "Testing your code with FakeWeCom" snippet, as it is printed there. */
@ExtendWith(FakeWeComExtension.class) // one fake per test class, reset before each test
class WelcomeTest {
    @Test
    void welcomesTheNewMember(FakeWeCom wecom, WeComClient client) {
        wecom.addUser(FakeUser.builder("zhangsan", "张三")
                .mobile("13800000000")
                .position("Engineer")
                .status(FakeUser.ACTIVE)
                .build());

        Messaging.of(client).send(Audience.users("zhangsan"), TextMessage.of("Welcome!"));

        assertEquals("Welcome!", wecom.sentMessages().get(0).content().orElseThrow());
    }

    @Test
    void survivesARateLimit(FakeWeCom wecom, WeComClient client) {
        wecom.addUser("zhangsan", "张三");
        wecom.faults().failNext("/cgi-bin/user/get", 1, 45009); // refused once, then served
        assertEquals("张三", Contacts.of(client).users().get("zhangsan").name());
    }
}
