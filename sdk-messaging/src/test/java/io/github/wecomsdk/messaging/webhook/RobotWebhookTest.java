package io.github.wecomsdk.messaging.webhook;

import static io.github.wecomsdk.core.testing.JsonAssert.assertJsonEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.RetryPolicy;
import io.github.wecomsdk.core.UploadBody;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComNetworkException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.CapturedLogs;
import io.github.wecomsdk.core.testing.MockWeCom;
import io.github.wecomsdk.messaging.Messaging;
import io.github.wecomsdk.messaging.message.FileMessage;
import io.github.wecomsdk.messaging.message.MarkdownMessage;
import io.github.wecomsdk.messaging.message.MarkdownV2Message;
import io.github.wecomsdk.messaging.message.NewsMessage;
import io.github.wecomsdk.messaging.message.RobotImage;
import io.github.wecomsdk.messaging.message.RobotMessage;
import io.github.wecomsdk.messaging.message.TemplateCard;
import io.github.wecomsdk.messaging.message.TemplateCard.Button;
import io.github.wecomsdk.messaging.message.TemplateCard.CardAction;
import io.github.wecomsdk.messaging.message.TextMessage;
import io.github.wecomsdk.messaging.message.VoiceMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.event.Level;

/** Group-robot webhooks: every message kind, uploads, the key kept secret, the rate limit. */
class RobotWebhookTest {

    private static final String KEY = "693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa";
    private static final byte[] PNG = concat(
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
            "wecom-robot-image".getBytes(StandardCharsets.US_ASCII));

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom();

    private RobotWebhook robot;

    @BeforeEach
    void start() {
        robot = RobotWebhook.of(wecom.client(), KEY);
    }

    @AfterEach
    void stop() {
        CapturedLogs.setLevel(Level.INFO);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private String sendAndCapture(RobotMessage message) {
        wecom.enqueueFixture("fixtures/webhook/send.json");
        robot.send(message);
        RecordedRequest request = wecom.takeRequest();
        assertEquals("POST", request.getMethod());
        assertEquals("/cgi-bin/webhook/send", request.getUrl().encodedPath());
        assertEquals(KEY, request.getUrl().queryParameter("key"));
        assertNull(request.getUrl().queryParameter("access_token"));
        assertEquals(1, request.getUrl().querySize());
        assertEquals(0, wecom.gettokenCalls());
        return MockWeCom.bodyOf(request);
    }

    @Test
    void sendsTextMentioningUsersAndMobiles() {
        assertJsonEquals(
                "{'msgtype':'text','text':{'content':'广州今日天气：29度','mentioned_list':['wangqing','@all'],"
                        + "'mentioned_mobile_list':['13800001111']}}",
                sendAndCapture(TextMessage.of("广州今日天气：29度")
                        .mentioning("wangqing", "@all")
                        .mentioningMobiles("13800001111")));
    }

    @Test
    void sendsMarkdownUpToFourThousandNinetySixBytes() {
        String content = "a".repeat(4096);
        assertJsonEquals(
                "{'msgtype':'markdown','markdown':{'content':'" + content + "'}}",
                sendAndCapture(MarkdownMessage.of(content)));
    }

    @Test
    void sendsMarkdownV2() {
        assertJsonEquals(
                "{'msgtype':'markdown_v2','markdown_v2':{'content':'| a | b |'}}",
                sendAndCapture(MarkdownV2Message.of("| a | b |")));
    }

    @Test
    void sendsAnImageAsBase64WithItsMd5() {
        assertJsonEquals(
                "{'msgtype':'image','image':{'base64':'iVBORw0KGgp3ZWNvbS1yb2JvdC1pbWFnZQ==',"
                        + "'md5':'485c90c21c48302b8f6060262d83c213'}}",
                sendAndCapture(RobotImage.of(PNG)));
    }

    @Test
    void refusesAnImageOverTwoMegabytes() {
        byte[] big = new byte[RobotImage.MAX_BYTES + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        WeComValidationException failure = assertThrows(WeComValidationException.class, () -> RobotImage.of(big));
        assertTrue(failure.getMessage().contains("image must be 1 to 2097152 bytes (2 MB)"), failure.getMessage());
    }

    @Test
    void refusesAnImageThatIsNeitherJpgNorPng() {
        WeComValidationException failure = assertThrows(
                WeComValidationException.class,
                () -> RobotImage.of("GIF89a-not-allowed".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(failure.getMessage().contains("JPG or PNG"), failure.getMessage());
    }

    @Test
    void sendsNews() {
        assertJsonEquals(
                "{'msgtype':'news','news':{'articles':[{'title':'中秋节礼品领取','description':'今年中秋节公司有豪礼相送',"
                        + "'url':'https://example.com','picurl':'https://example.com/p.png'}]}}",
                sendAndCapture(NewsMessage.of(NewsMessage.Article.link(
                        "中秋节礼品领取", "今年中秋节公司有豪礼相送", "https://example.com", "https://example.com/p.png"))));
    }

    @Test
    void sendsFile() {
        assertJsonEquals(
                "{'msgtype':'file','file':{'media_id':'3a8asd892asd8asd'}}",
                sendAndCapture(FileMessage.of("3a8asd892asd8asd")));
    }

    @Test
    void sendsVoice() {
        assertJsonEquals(
                "{'msgtype':'voice','voice':{'media_id':'MEDIA_ID'}}", sendAndCapture(VoiceMessage.of("MEDIA_ID")));
    }

    @Test
    void sendsATextNoticeCard() {
        TemplateCard card = TemplateCard.textNotice()
                .mainTitle("欢迎使用企业微信", "您的好友正在邀请您加入企业微信")
                .emphasisContent("100", "数据含义")
                .cardAction(CardAction.url("https://work.weixin.qq.com"))
                .build();
        assertJsonEquals(
                "{'msgtype':'template_card','template_card':{'card_type':'text_notice',"
                        + "'main_title':{'title':'欢迎使用企业微信','desc':'您的好友正在邀请您加入企业微信'},"
                        + "'emphasis_content':{'title':'100','desc':'数据含义'},"
                        + "'card_action':{'type':1,'url':'https://work.weixin.qq.com'}}}",
                sendAndCapture(card));
    }

    @Test
    void sendsANewsNoticeCard() {
        TemplateCard card = TemplateCard.newsNotice()
                .mainTitle("标题", null)
                .cardImage("https://a.b/c.png", 2.0)
                .cardAction(CardAction.url("https://a.b"))
                .build();
        assertJsonEquals(
                "{'msgtype':'template_card','template_card':{'card_type':'news_notice',"
                        + "'main_title':{'title':'标题'},'card_image':{'url':'https://a.b/c.png','aspect_ratio':2.0},"
                        + "'card_action':{'type':1,'url':'https://a.b'}}}",
                sendAndCapture(card));
    }

    @Test
    void refusesAnInteractiveCard() {
        TemplateCard card = TemplateCard.buttonInteraction()
                .mainTitle("t", null)
                .taskId("t")
                .button(Button.callback("b", "k", 1))
                .build();
        WeComValidationException failure = assertThrows(WeComValidationException.class, () -> robot.send(card));
        assertTrue(failure.getMessage().contains("text_notice or news_notice only"), failure.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void uploadsAFileAsMultipartMedia() {
        wecom.enqueueFixture("fixtures/webhook/upload_media.json");

        RobotMedia media = robot.uploadMedia(
                RobotMediaType.FILE,
                UploadBody.ofBytes(
                        "%PDF-1.4 report".getBytes(StandardCharsets.US_ASCII), "report.pdf", "application/pdf"));

        RecordedRequest request = wecom.takeRequest();
        assertEquals("POST", request.getMethod());
        assertEquals("/cgi-bin/webhook/upload_media", request.getUrl().encodedPath());
        assertEquals(KEY, request.getUrl().queryParameter("key"));
        assertEquals("file", request.getUrl().queryParameter("type"));
        assertNull(request.getUrl().queryParameter("access_token"));
        String body = MockWeCom.bodyOf(request);
        assertTrue(body.contains("name=\"media\"; filename=\"report.pdf\""), body);
        assertTrue(body.contains("%PDF-1.4 report"), body);
        assertEquals(new RobotMedia("file", "1G6nrLmr5EC3MMb_-zK1dDdzmd0p7cNliYu9V5w7o8K0", 1380000000L, null), media);
        assertEquals(RobotMediaType.FILE, media.kind());
    }

    @Test
    void refusesAVoiceThatIsNotAmr() {
        WeComValidationException failure = assertThrows(
                WeComValidationException.class,
                () -> robot.uploadMedia(RobotMediaType.VOICE, UploadBody.ofBytes(new byte[100], "voice.mp3", null)));
        assertTrue(failure.getMessage().contains("AMR"), failure.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesAnUploadOfFiveBytesOrLess() {
        WeComValidationException failure = assertThrows(
                WeComValidationException.class,
                () -> robot.uploadMedia(RobotMediaType.FILE, UploadBody.ofBytes(new byte[5], "a.txt", null)));
        assertTrue(failure.getMessage().contains("must be 6 to 20971520 bytes; got 5"), failure.getMessage());
    }

    @Test
    void explainsTheRateLimitWhenWeComAnswers45009() {
        RobotWebhook once = RobotWebhook.of(
                wecom.clientBuilder().retryPolicy(RetryPolicy.none()).build(), KEY);
        wecom.enqueueJson("{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}");

        WeComApiException failure = assertThrows(WeComApiException.class, () -> once.send(TextMessage.of("x")));

        assertEquals(45009, failure.errcode());
        assertTrue(failure.getMessage().contains("at most 20 messages a minute"), failure.getMessage());
        assertFalse(failure.getMessage().contains(KEY), failure.getMessage());
    }

    @Test
    void keepsTheKeyOutOfLogsAndToString() {
        CapturedLogs.setLevel(Level.TRACE);
        CapturedLogs.clear();
        wecom.enqueueJson("{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}");

        WeComApiException failure = assertThrows(WeComApiException.class, () -> robot.send(TextMessage.of("x")));

        assertEquals(93000, failure.errcode());
        assertFalse(failure.getMessage().contains(KEY), failure.getMessage());
        assertFalse(robot.toString().contains(KEY), robot.toString());
        assertTrue(CapturedLogs.text().contains("/cgi-bin/webhook/send"), "expected the call to be logged");
        assertFalse(CapturedLogs.text().contains(KEY), CapturedLogs.text());
    }

    @Test
    void keepsTheKeyOutOfAFailedUploadAndItsLogs() {
        CapturedLogs.setLevel(Level.TRACE);
        CapturedLogs.clear();
        wecom.enqueueJson("{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}");

        WeComApiException failure = assertThrows(
                WeComApiException.class,
                () -> robot.uploadMedia(
                        RobotMediaType.FILE, UploadBody.ofBytes(new byte[64], "report.txt", "text/plain")));

        assertEquals(93000, failure.errcode());
        assertFalse(failure.toString().contains(KEY), failure.toString());
        assertEquals(KEY, wecom.takeRequest().getUrl().queryParameter("key"));
        assertTrue(CapturedLogs.text().contains("/cgi-bin/webhook/upload_media"), "expected the call to be logged");
        assertFalse(CapturedLogs.text().contains(KEY), CapturedLogs.text());
    }

    @Test
    void keepsTheKeyOutOfATimedOutSendAndItsLogs() {
        CapturedLogs.setLevel(Level.TRACE);
        CapturedLogs.clear();
        RobotWebhook impatient = RobotWebhook.of(
                wecom.clientBuilder().readTimeout(Duration.ofMillis(300)).build(), KEY);
        wecom.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.Stall.INSTANCE)
                .build());
        wecom.enqueueFixture("fixtures/webhook/send.json");

        WeComNetworkException failure =
                assertThrows(WeComNetworkException.class, () -> impatient.send(TextMessage.of("once")));

        assertFalse(failure.toString().contains(KEY), failure.toString());
        assertFalse(String.valueOf(failure.getCause()).contains(KEY), String.valueOf(failure.getCause()));
        assertFalse(CapturedLogs.text().contains(KEY), CapturedLogs.text());
        wecom.takeRequest();
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void keepsTheKeyOutOfTheRefusalOfAMalformedWebhookUrlOrKey() {
        WeComValidationException badUrl = assertThrows(
                WeComValidationException.class,
                () -> RobotWebhook.fromUrl(
                        wecom.client(), "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=" + KEY + "&x=a b"));
        assertFalse(badUrl.getMessage().contains(KEY), badUrl.getMessage());
        WeComValidationException badKey = assertThrows(
                WeComValidationException.class,
                () -> Messaging.of(wecom.client()).robots().webhook(KEY + " \n"));
        assertFalse(badKey.getMessage().contains(KEY), badKey.getMessage());
        assertFalse(Messaging.of(wecom.client())
                .robots()
                .webhook(KEY)
                .strict()
                .withPacer(WebhookPacer.wecomLimit())
                .toString()
                .contains(KEY));
    }

    @Test
    void refusesABlankKey() {
        WeComValidationException failure =
                assertThrows(WeComValidationException.class, () -> RobotWebhook.of(wecom.client(), " "));
        assertTrue(failure.getMessage().contains("webhook key is required"), failure.getMessage());
    }

    @Test
    void pacesTheTwentyFirstMessageOfAMinute() {
        AtomicLong now = new AtomicLong();
        List<Duration> waits = new ArrayList<>();
        WebhookPacer pacer = WebhookPacer.perMinute(20, now::get, delay -> {
            waits.add(delay);
            now.addAndGet(delay.toNanos());
        });
        RobotWebhook paced = robot.withPacer(pacer);
        for (int i = 0; i < 21; i++) {
            wecom.enqueueFixture("fixtures/webhook/send.json");
        }

        for (int i = 0; i < 21; i++) {
            paced.send(TextMessage.of("m" + i));
        }

        assertEquals(List.of(Duration.ofSeconds(3)), waits);
        for (int i = 0; i < 21; i++) {
            assertJsonEquals(
                    "{'msgtype':'text','text':{'content':'m" + i + "'}}", MockWeCom.bodyOf(wecom.takeRequest()));
        }
    }

    @Test
    void takesTheKeyFromTheWebhookUrl() {
        RobotWebhook fromUrl =
                RobotWebhook.fromUrl(wecom.client(), "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=" + KEY);
        wecom.enqueueFixture("fixtures/webhook/send.json");

        fromUrl.send(TextMessage.of("x"));

        assertEquals(KEY, wecom.takeRequest().getUrl().queryParameter("key"));
    }

    @Test
    void refusesAWebhookUrlWithoutKey() {
        WeComValidationException failure = assertThrows(
                WeComValidationException.class,
                () -> RobotWebhook.fromUrl(wecom.client(), "https://qyapi.weixin.qq.com/cgi-bin/webhook/send"));
        assertTrue(failure.getMessage().contains("?key="), failure.getMessage());
    }

    @Test
    void doesNotRepeatASendThatMayHaveReachedWeCom() {
        wecom.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                .build());
        wecom.enqueueFixture("fixtures/webhook/send.json");

        WeComNetworkException failure =
                assertThrows(WeComNetworkException.class, () -> robot.send(TextMessage.of("once")));

        assertTrue(failure.requestSent());
        assertFalse(failure.getMessage().contains(KEY), failure.getMessage());
        assertJsonEquals("{'msgtype':'text','text':{'content':'once'}}", MockWeCom.bodyOf(wecom.takeRequest()));
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesANewsNoticeCardWithoutCardImage() {
        TemplateCard card = TemplateCard.newsNotice()
                .mainTitle("t", null)
                .cardAction(CardAction.url("https://a.b"))
                .imageTextArea(new TemplateCard.ImageTextArea(null, null, null, null, null, null, "https://a.b/i.png"))
                .build();
        WeComValidationException failure = assertThrows(WeComValidationException.class, () -> robot.send(card));
        assertTrue(failure.getMessage().contains("template_card.card_image"), failure.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }
}
