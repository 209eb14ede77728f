package io.github.wecomsdk.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.MockWeCom;
import io.github.wecomsdk.messaging.message.MarkdownMessage;
import io.github.wecomsdk.messaging.message.NewsMessage;
import io.github.wecomsdk.messaging.message.TextCardMessage;
import io.github.wecomsdk.messaging.message.TextMessage;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** appchat/create, update, get and send. */
class AppChatsTest {

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom();

    private AppChats chats;

    @BeforeEach
    void start() {
        chats = Messaging.of(wecom.client()).appChats();
    }

    @Test
    void createsAChatWithOwnerAndChatId() {
        wecom.enqueueFixture("fixtures/appchat/create.json");

        String chatId = chats.create(NewAppChat.builder(List.of("zhangsan", "lisi", "wangwu"))
                        .name("NAME")
                        .owner("zhangsan")
                        .chatId("CHATID")
                        .build())
                .chatId();

        wecom.takePost(
                "/cgi-bin/appchat/create",
                "{'name':'NAME','owner':'zhangsan','userlist':['zhangsan','lisi','wangwu'],'chatid':'CHATID'}");
        assertEquals("CHATID", chatId);
    }

    @Test
    void refusesAChatOfOneMember() {
        WeComValidationException failure =
                assertThrows(WeComValidationException.class, () -> NewAppChat.of("solo", List.of("zhangsan")));
        assertTrue(failure.getMessage().contains("userlist takes 2 to 2000"), failure.getMessage());
    }

    @Test
    void refusesAChatIdWithPunctuation() {
        WeComValidationException failure = assertThrows(
                WeComValidationException.class,
                () -> NewAppChat.builder(List.of("a", "b")).chatId("chat-1").build());
        assertTrue(failure.getMessage().contains("chatid must be 1 to 32 characters"), failure.getMessage());
    }

    @Test
    void updatesMembersAndOwner() {
        wecom.enqueueFixture("fixtures/appchat/update.json");

        chats.update(AppChatUpdate.builder("CHATID")
                .addUsers("userid1")
                .removeUsers(List.of("userid2"))
                .owner("userid1")
                .build());

        wecom.takePost(
                "/cgi-bin/appchat/update",
                "{'chatid':'CHATID','owner':'userid1','add_user_list':['userid1']," + "'del_user_list':['userid2']}");
    }

    @Test
    void refusesAnEmptyUpdate() {
        WeComValidationException failure = assertThrows(
                WeComValidationException.class,
                () -> AppChatUpdate.builder("CHATID").addUsers(List.of()).build());
        assertTrue(failure.getMessage().contains("needs name, owner"), failure.getMessage());
    }

    @Test
    void getsAChat() {
        wecom.enqueueFixture("fixtures/appchat/get.json");

        AppChat chat = chats.get("CHATID");

        RecordedRequest request = wecom.takeRequest("GET", "/cgi-bin/appchat/get");
        assertEquals("CHATID", request.getUrl().queryParameter("chatid"));
        assertEquals(
                new AppChat("CHATID", "NAME", "userid2", List.of("userid1", "userid2", "userid3"), 0, Map.of()), chat);
        assertEquals(ChatType.NORMAL, chat.kind());
    }

    @Test
    void readsAnUnknownChatTypeAsUnknown() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"chat_info\":{\"chatid\":\"C\",\"chat_type\":7,"
                + "\"new_field\":true}}");
        AppChat chat = chats.get("C");
        assertEquals(ChatType.UNKNOWN, chat.kind());
        assertEquals(7, chat.chatType());
        assertEquals(Map.of("new_field", true), chat.otherFields());
    }

    @Test
    void sendsTextNotifyingMembers() {
        wecom.enqueueFixture("fixtures/appchat/send.json");

        chats.send(
                "CHATID",
                TextMessage.builder()
                        .text("你的快递已到 ")
                        .inlineMention("wangqing")
                        .mentioning("@all")
                        .build(),
                ChatOptions.defaults().confidentialMessage());

        wecom.takePost(
                "/cgi-bin/appchat/send",
                "{'chatid':'CHATID','msgtype':'text','text':{'content':'你的快递已到 <@wangqing>',"
                        + "'mentioned_list':['@all']},'safe':1}");
    }

    @Test
    void sendsMarkdown() {
        wecom.enqueueFixture("fixtures/appchat/send.json");

        chats.send("CHATID", MarkdownMessage.of("**done**"));

        wecom.takePost(
                "/cgi-bin/appchat/send", "{'chatid':'CHATID','msgtype':'markdown','markdown':{'content':'**done**'}}");
    }

    @Test
    void refusesMobileMentionsInAChat() {
        WeComValidationException failure = assertThrows(
                WeComValidationException.class,
                () -> chats.send("CHATID", TextMessage.of("x").mentioningMobiles("13800001111")));
        assertTrue(failure.getMessage().contains("mentioned_mobile_list"), failure.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesATextCardTitleOverOneHundredTwentyEightBytesWhenStrict() {
        TextCardMessage card = TextCardMessage.of("标".repeat(43), "d", "https://a.b");
        WeComValidationException failure = assertThrows(
                WeComValidationException.class,
                () -> chats.send("CHATID", card, ChatOptions.defaults().strict()));
        assertTrue(failure.getMessage().contains("textcard.title may be at most 128 bytes"), failure.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void cutsATextCardTitleOverOneHundredTwentyEightBytesOnACharacterBoundaryAndSaysSo() {
        wecom.enqueueFixture("fixtures/appchat/send.json");
        AppChatResult result = chats.send("CHATID", TextCardMessage.of("标".repeat(43), "d", "https://a.b"));
        wecom.takePost(
                "/cgi-bin/appchat/send",
                "{'chatid':'CHATID','msgtype':'textcard','textcard':{'title':'" + "标".repeat(42)
                        + "','description':'d','url':'https://a.b'}}");
        assertEquals(List.of("textcard.title"), result.truncatedFields());
    }

    @Test
    void refusesATextOverTwoThousandFortyEightBytesInAChatWhereWeComDocumentsNoCut() {
        WeComValidationException failure = assertThrows(
                WeComValidationException.class, () -> chats.send("CHATID", TextMessage.of("a".repeat(2049))));
        assertTrue(failure.getMessage().contains("text.content may be at most 2048 bytes"), failure.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void cutsAChatNameOverFiftyCharactersWithoutSplittingASurrogatePair() {
        wecom.enqueueFixture("fixtures/appchat/create.json");
        String name = "x".repeat(49) + "😀😀";
        AppChatResult result = chats.create(NewAppChat.of(name, List.of("a", "b")));
        wecom.takePost("/cgi-bin/appchat/create", "{'name':'" + "x".repeat(49) + "😀','userlist':['a','b']}");
        assertEquals(List.of("name"), result.truncatedFields());
    }

    @Test
    void refusesAChatNameOverFiftyCharactersWhenStrict() {
        WeComValidationException failure = assertThrows(
                WeComValidationException.class,
                () -> chats.update(
                        AppChatUpdate.rename("C", "n".repeat(51)),
                        ChatOptions.defaults().strict()));
        assertTrue(failure.getMessage().contains("name may be at most 50 characters"), failure.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void keepsAJsonNullInOtherFieldsInsteadOfFailing() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"chat_info\":{\"chatid\":\"C\",\"userlist\":[\"a\",null],"
                + "\"later\":null}}");
        AppChat chat = chats.get("C");
        assertEquals(List.of("a"), chat.userList());
        assertTrue(chat.otherFields().containsKey("later"));
        assertNull(chat.otherFields().get("later"));
        assertEquals(ChatType.UNKNOWN, chat.kind());
    }

    @Test
    void refusesNewsWithoutUrlInAChat() {
        NewsMessage news = NewsMessage.of(NewsMessage.Article.miniProgram("t", null, "wx1", "p", null));
        WeComValidationException failure =
                assertThrows(WeComValidationException.class, () -> chats.send("CHATID", news));
        assertTrue(failure.getMessage().contains("news.articles.url"), failure.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void surfacesAnUnknownMemberAsApiException() {
        wecom.enqueueJson("{\"errcode\":86216,\"errmsg\":\"invalid chat member\"}");
        WeComApiException failure =
                assertThrows(WeComApiException.class, () -> chats.create(NewAppChat.of("n", List.of("a", "ghost"))));
        assertEquals(86216, failure.errcode());
    }

    @Test
    void sendsTheSameNewsValueAppMessagesUse() {
        wecom.enqueueFixture("fixtures/appchat/send.json");

        chats.send(
                "CHATID",
                NewsMessage.of(NewsMessage.Article.link(
                        "中秋节礼品领取", "今年中秋节公司有豪礼相送", "https://work.weixin.qq.com/", "http://res.mail.qq.com/p.png")));

        wecom.takePost(
                "/cgi-bin/appchat/send",
                "{'chatid':'CHATID','msgtype':'news','news':{'articles':[{'title':'中秋节礼品领取',"
                        + "'description':'今年中秋节公司有豪礼相送','url':'https://work.weixin.qq.com/',"
                        + "'picurl':'http://res.mail.qq.com/p.png'}]}}");
    }
}
