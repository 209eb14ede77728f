package io.github.wecomsdk.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.contacts.Contacts;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.testkit.FakeWeCom;
import io.github.wecomsdk.testkit.FakeWeComExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeWeComExtension.class)
class OnboardingTest {
    @Test
    void createsTheMember(FakeWeCom wecom, WeComClient client) {
        new Onboarding(Contacts.of(client)).hire("zhangsan", "张三");
        assertTrue(wecom.user("zhangsan").isPresent());
    }
}
