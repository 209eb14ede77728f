package io.github.wecomsdk.messaging;

import static io.github.wecomsdk.core.testing.JsonAssert.assertJsonEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.MockWeCom;
import io.github.wecomsdk.messaging.message.MarkdownMessage;
import io.github.wecomsdk.messaging.message.MpNewsMessage;
import io.github.wecomsdk.messaging.message.NewsMessage;
import io.github.wecomsdk.messaging.message.TextCardMessage;
import io.github.wecomsdk.messaging.message.TextMessage;
import io.github.wecomsdk.messaging.message.VideoMessage;
import io.github.wecomsdk.messaging.webhook.RobotSendResult;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Where WeCom documents a cut, the SDK cuts on a character boundary and says so; strict refuses. */
class TruncationOnSendTest {

    private static final String ENVELOPE = "'touser':'a','msgtype':'%s','agentid':1000002,"
            + "'enable_duplicate_check':1,'duplicate_check_interval':1800";

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom();

    private Messaging messaging;

    @BeforeEach
    void start() {
        messaging = Messaging.of(wecom.client());
    }

    @Test
    void cutsAnAlertTextOverTwoThousandFortyEightBytesAndStillSendsIt() {
        wecom.enqueueFixture("fixtures/messaging/send-ok.json");
        String body = "告".repeat(683);

        SendResult result = messaging.send(Audience.users("a"), TextMessage.of(body));

        assertJsonEquals(
                "{" + ENVELOPE.formatted("text") + ",'text':{'content':'" + "告".repeat(682) + "'}}",
                MockWeCom.bodyOf(wecom.takeRequest()));
        assertEquals(List.of("text.content"), result.truncatedFields());
        assertTrue(result.truncated());
        assertEquals("msgid-ok", result.msgId());
    }

    @Test
    void refusesTheSameTextWithTheStrictOption() {
        WeComValidationException failure = assertThrows(
                WeComValidationException.class,
                () -> messaging.send(
                        Audience.users("a"),
                        TextMessage.of("a".repeat(2049)),
                        SendOptions.defaults().strict()));
        assertTrue(failure.getMessage().contains("text.content may be at most 2048 bytes"), failure.getMessage());
        assertTrue(failure.getMessage().contains("got 2049 bytes"), failure.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void cutsATextCardTitleByCharactersForMessageSend() {
        wecom.enqueueFixture("fixtures/messaging/send-ok.json");
        SendResult result = messaging.send(
                Audience.users("a"),
                TextCardMessage.of("标".repeat(129), "d", "https://a.b").withButtonText("更多详情"));
        assertJsonEquals(
                "{" + ENVELOPE.formatted("textcard") + ",'textcard':{'title':'" + "标".repeat(128)
                        + "','description':'d','url':'https://a.b','btntxt':'更多详情'}}",
                MockWeCom.bodyOf(wecom.takeRequest()));
        assertEquals(List.of("textcard.title"), result.truncatedFields());
    }

    @Test
    void cutsNewsAndVideoTitlesAndDescriptionsByBytes() {
        wecom.enqueueFixture("fixtures/messaging/send-ok.json");
        wecom.enqueueFixture("fixtures/messaging/send-ok.json");
        SendResult news = messaging.send(
                Audience.users("a"),
                NewsMessage.of(NewsMessage.Article.link("t".repeat(129), "d".repeat(513), "https://a.b", null)));
        SendResult video = messaging.send(Audience.users("a"), VideoMessage.of("MEDIA", "v".repeat(130), null));

        assertEquals(List.of("news.articles.title", "news.articles.description"), news.truncatedFields());
        assertTrue(MockWeCom.bodyOf(wecom.takeRequest()).contains("\"title\":\"" + "t".repeat(128) + "\""));
        assertEquals(List.of("video.title"), video.truncatedFields());
        assertTrue(MockWeCom.bodyOf(wecom.takeRequest()).contains("\"title\":\"" + "v".repeat(128) + "\""));
    }

    @Test
    void cutsAnMpNewsTitleAndDigestAndATextCardButtonButNeverTheAuthor() {
        wecom.enqueueFixture("fixtures/messaging/send-ok.json");
        wecom.enqueueFixture("fixtures/messaging/send-ok.json");
        SendResult mpnews = messaging.send(
                Audience.users("a"),
                MpNewsMessage.of(new MpNewsMessage.Article(
                        "t".repeat(200), "THUMB", "author", null, "<p>c</p>", "d".repeat(600))));
        SendResult card = messaging.send(
                Audience.users("a"), TextCardMessage.of("t", "d", "https://a.b").withButtonText("查看更多详情"));

        assertEquals(List.of("mpnews.articles.title", "mpnews.articles.digest"), mpnews.truncatedFields());
        String body = MockWeCom.bodyOf(wecom.takeRequest());
        assertTrue(body.contains("\"title\":\"" + "t".repeat(128) + "\""), body);
        assertTrue(body.contains("\"digest\":\"" + "d".repeat(512) + "\""), body);
        assertEquals(List.of("textcard.btntxt"), card.truncatedFields());
        assertTrue(MockWeCom.bodyOf(wecom.takeRequest()).contains("\"btntxt\":\"查看更多\""));
        assertThrows(
                WeComValidationException.class,
                () -> MpNewsMessage.Article.of("t", "THUMB", "c")
                        .equals(new MpNewsMessage.Article("t", "THUMB", "a".repeat(65), null, "c", null)));
    }

    @Test
    void reportsNothingWhenNothingWasCut() {
        wecom.enqueueFixture("fixtures/messaging/send-ok.json");
        SendResult result = messaging.send(Audience.users("a"), TextMessage.of("a".repeat(2048)));
        assertFalse(result.truncated());
    }

    @Test
    void stillRefusesMarkdownOverTwoThousandFortyEightBytesWhereWeComDocumentsNoCut() {
        assertThrows(
                WeComValidationException.class,
                () -> messaging.send(Audience.users("a"), MarkdownMessage.of("a".repeat(2049))));
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void robotsRefuseTextOverTwoThousandFortyEightBytesButCutNewsTitles() {
        WeComValidationException failure = assertThrows(
                WeComValidationException.class,
                () -> messaging.robots().webhook("KEY").send(TextMessage.of("a".repeat(2049))));
        assertTrue(failure.getMessage().contains("text.content may be at most 2048 bytes"), failure.getMessage());
        assertEquals(0, wecom.pendingRequests());

        wecom.enqueueFixture("fixtures/webhook/send.json");
        RobotSendResult sent = messaging
                .robots()
                .webhook("KEY")
                .send(NewsMessage.of(NewsMessage.Article.link("汉".repeat(43), null, "https://a.b", null)));
        assertEquals(List.of("news.articles.title"), sent.truncatedFields());
        assertTrue(MockWeCom.bodyOf(wecom.takeRequest()).contains("\"title\":\"" + "汉".repeat(42) + "\""));
        assertThrows(
                WeComValidationException.class,
                () -> messaging
                        .robots()
                        .webhook("KEY")
                        .strict()
                        .send(NewsMessage.of(NewsMessage.Article.link("汉".repeat(43), null, "https://a.b", null))));
    }
}
