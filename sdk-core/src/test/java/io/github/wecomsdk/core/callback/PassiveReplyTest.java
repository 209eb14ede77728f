package io.github.wecomsdk.core.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.wecomsdk.core.callback.CallbackException.Reason;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassiveReplyTest {

    private static CallbackMessage render(PassiveReply reply) {
        return CallbackMessage.parse(reply.toXml("zhangsan", TestKeys.CORP_ID, 1348831860L));
    }

    @Test
    void writesTextReplyWithAddressingAndTime() {
        String xml = PassiveReply.text("hello").toXml("zhangsan", TestKeys.CORP_ID, 1348831860L);

        assertEquals(
                "<xml><ToUserName><![CDATA[zhangsan]]></ToUserName><FromUserName><![CDATA[" + TestKeys.CORP_ID
                        + "]]></FromUserName><CreateTime>1348831860</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                        + "<Content><![CDATA[hello]]></Content></xml>",
                xml);
    }

    @Test
    void keepsTextThatContainsTheCdataTerminator() {
        CallbackMessage m = render(PassiveReply.text("a]]>b<c>&d]]>"));

        assertEquals("a]]>b<c>&d]]>", m.get("Content"));
    }

    @Test
    void writesMediaReplies() {
        assertEquals(
                "m1",
                render(PassiveReply.image("m1")).select("Image/MediaId").get(0).text());
        assertEquals("voice", render(PassiveReply.voice("m2")).get("MsgType"));
        assertEquals(
                "m2",
                render(PassiveReply.voice("m2")).select("Voice/MediaId").get(0).text());
        CallbackMessage video = render(PassiveReply.video("m3", "标题", "描述"));
        assertEquals("标题", video.select("Video/Title").get(0).text());
        assertEquals("描述", video.select("Video/Description").get(0).text());
    }

    @Test
    void writesNewsReplyWithArticleCount() {
        CallbackMessage m = render(PassiveReply.news(List.of(
                new NewsArticle("t1", "d1", "https://a", "https://a/p.png"), NewsArticle.of("t2", "https://b"))));

        assertEquals("news", m.get("MsgType"));
        assertEquals("2", m.get("ArticleCount"));
        assertEquals("https://a/p.png", m.select("Articles/item").get(0).childText("PicUrl"));
        assertEquals("t2", m.select("Articles/item").get(1).childText("Title"));
    }

    @Test
    void rejectsNewsWithoutArticlesOrWithMoreThanEight() {
        CallbackException none = assertThrows(CallbackException.class, () -> PassiveReply.news(List.of()));
        CallbackException nine = assertThrows(
                CallbackException.class, () -> PassiveReply.news(Collections.nCopies(9, NewsArticle.of("t", "u"))));

        assertEquals(Reason.INVALID_REPLY, none.reason());
        assertEquals(Reason.INVALID_REPLY, nine.reason());
    }

    @Test
    void writesTemplateCardButtonUpdate() {
        CallbackMessage m = render(PassiveReply.updateButton("已处理"));

        assertEquals("update_button", m.get("MsgType"));
        assertEquals("已处理", m.select("Button/ReplaceName").get(0).text());
    }

    @Test
    void rejectsCharactersXmlCannotCarry() {
        CallbackException e = assertThrows(CallbackException.class, () -> PassiveReply.text("bell\u0007"));

        assertEquals(Reason.INVALID_REPLY, e.reason());
        assertThrows(CallbackException.class, () -> PassiveReply.image(""));
        assertThrows(CallbackException.class, () -> PassiveReply.text(null));
    }
}
