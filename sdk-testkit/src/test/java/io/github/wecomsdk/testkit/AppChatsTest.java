package io.github.wecomsdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppChatsTest {

    private final FakeWeCom wecom = FakeWeCom.start();
    private final WeComClient client = wecom.client();

    @BeforeEach
    void members() {
        wecom.addUser("zhangsan", "张三").addUser("lisi", "李四").addUser("wangwu", "王五");
    }

    @AfterEach
    void stop() {
        wecom.close();
    }

    private int errcodeOf(Runnable call) {
        return assertThrows(WeComApiException.class, call::run).errcode();
    }

    private void createChat() {
        client.post(
                "/cgi-bin/appchat/create",
                Map.of("chatid", "CHAT1", "name", "项目群", "owner", "zhangsan", "userlist", List.of("zhangsan", "lisi")));
    }

    @Test
    void createThenGetAnswersChatInfo() {
        JsonNode created = client.post(
                "/cgi-bin/appchat/create",
                Map.of("chatid", "CHAT1", "name", "项目群", "owner", "lisi", "userlist", List.of("zhangsan", "lisi")));

        JsonNode info =
                client.get("/cgi-bin/appchat/get", Map.of("chatid", "CHAT1")).path("chat_info");

        assertEquals("CHAT1", created.path("chatid").asText());
        assertEquals("CHAT1", info.path("chatid").asText());
        assertEquals("项目群", info.path("name").asText());
        assertEquals("lisi", info.path("owner").asText());
        assertEquals("[\"zhangsan\",\"lisi\"]", info.path("userlist").toString());
        assertEquals(0, info.path("chat_type").asInt());
    }

    @Test
    void createWithoutChatidMakesOne() {
        JsonNode created = client.post("/cgi-bin/appchat/create", Map.of("userlist", List.of("zhangsan", "lisi")));

        String chatid = created.path("chatid").asText();
        assertEquals(24, chatid.length());
        assertEquals(
                "zhangsan", wecom.appChat(chatid).orElseThrow().path("owner").asText());
    }

    @Test
    void createWithOneMemberFailsWith86006() {
        assertEquals(
                86006,
                errcodeOf(() -> client.post("/cgi-bin/appchat/create", Map.of("userlist", List.of("zhangsan")))));
    }

    @Test
    void createWithUnknownMemberFailsWith86216() {
        assertEquals(
                86216,
                errcodeOf(() ->
                        client.post("/cgi-bin/appchat/create", Map.of("userlist", List.of("zhangsan", "ghost")))));
    }

    @Test
    void createWithTakenChatidFailsWith86215() {
        createChat();

        assertEquals(
                86215,
                errcodeOf(() -> client.post(
                        "/cgi-bin/appchat/create",
                        Map.of("chatid", "CHAT1", "userlist", List.of("zhangsan", "lisi")))));
    }

    @Test
    void updateAddsAndRemovesMembersAndRenames() {
        createChat();

        client.post(
                "/cgi-bin/appchat/update",
                Map.of(
                        "chatid",
                        "CHAT1",
                        "name",
                        "新群名",
                        "add_user_list",
                        List.of("wangwu"),
                        "del_user_list",
                        List.of("lisi")));

        JsonNode info = wecom.appChat("CHAT1").orElseThrow();
        assertEquals("新群名", info.path("name").asText());
        assertEquals("[\"zhangsan\",\"wangwu\"]", info.path("userlist").toString());
    }

    @Test
    void removingTheOwnerWithoutANewOneFailsWith86207() {
        createChat();

        assertEquals(
                86207,
                errcodeOf(() -> client.post(
                        "/cgi-bin/appchat/update",
                        Map.of(
                                "chatid",
                                "CHAT1",
                                "add_user_list",
                                List.of("wangwu"),
                                "del_user_list",
                                List.of("zhangsan")))));
    }

    @Test
    void sendRecordsTheMessageWithTheMembers() {
        createChat();

        client.post(
                "/cgi-bin/appchat/send",
                Map.of("chatid", "CHAT1", "msgtype", "text", "text", Map.of("content", "大家好")));

        AppChatMessage message = wecom.appChatMessages().get(0);
        assertEquals("CHAT1", message.chatid());
        assertEquals(List.of("zhangsan", "lisi"), message.members());
        assertEquals("大家好", message.content().orElseThrow());
    }

    @Test
    void sendToUnknownChatFailsWith86003() {
        assertEquals(
                86003,
                errcodeOf(() -> client.post(
                        "/cgi-bin/appchat/send",
                        Map.of("chatid", "NOPE", "msgtype", "text", "text", Map.of("content", "hi")))));
    }

    @Test
    void anotherAppCannotUseTheChat() {
        createChat();
        wecom.addApp(1000009, "other-secret");

        assertEquals(
                86008, errcodeOf(() -> wecom.client(1000009).get("/cgi-bin/appchat/get", Map.of("chatid", "CHAT1"))));
    }
}
