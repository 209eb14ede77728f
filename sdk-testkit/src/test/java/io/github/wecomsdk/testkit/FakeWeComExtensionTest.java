package io.github.wecomsdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComClient;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeWeComExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FakeWeComExtensionTest {

    private static FakeWeCom first;

    @Test
    @Order(1)
    void injectsARunningFakeAndAReadyClient(FakeWeCom wecom, WeComClient client) {
        first = wecom;
        wecom.addUser("zhangsan", "张三");

        assertEquals(
                "张三",
                client.get("/cgi-bin/user/get", Map.of("userid", "zhangsan"))
                        .path("name")
                        .asText());
    }

    @Test
    @Order(2)
    void leavesFaultsRevokedTokensAndMessagesForTheNextTest(FakeWeCom wecom, WeComClient client) {
        assertSame(first, wecom);
        wecom.addUser("wangwu", "王五");
        client.post(
                "/cgi-bin/message/send",
                Map.of(
                        "touser",
                        "wangwu",
                        "msgtype",
                        "text",
                        "agentid",
                        wecom.agentId(),
                        "text",
                        Map.of("content", "hi")));
        wecom.revokeAllTokens();
        wecom.faults().failNext(Faults.ANY_PATH, 5, 60011);

        assertEquals(1, wecom.sentMessages().size());
    }

    @Test
    @Order(3)
    void startsEachTestFromAnEmptyCorpWithFreshTokensAndNoFaults(FakeWeCom wecom, WeComClient client) {
        assertSame(first, wecom);
        assertTrue(wecom.user("zhangsan").isEmpty());
        assertTrue(wecom.user("wangwu").isEmpty());
        assertTrue(wecom.sentMessages().isEmpty());
        assertEquals(0, wecom.faults().pending());
        assertEquals(0, wecom.gettokenCalls());
        wecom.addUser("lisi", "李四");

        client.get("/cgi-bin/user/get", Map.of("userid", "lisi"));

        assertEquals(1, wecom.gettokenCalls());
        assertEquals(1, wecom.callCount("/cgi-bin/user/get"));
    }
}
