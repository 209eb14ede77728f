package io.github.wecomsdk.messaging;

import static io.github.wecomsdk.core.testing.JsonAssert.assertJsonEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.testing.MockWeCom;
import io.github.wecomsdk.core.testing.RequestAssert;
import io.github.wecomsdk.messaging.message.AppMessage;
import io.github.wecomsdk.messaging.message.FileMessage;
import io.github.wecomsdk.messaging.message.ImageMessage;
import io.github.wecomsdk.messaging.message.MarkdownMessage;
import io.github.wecomsdk.messaging.message.MiniProgramNoticeMessage;
import io.github.wecomsdk.messaging.message.MpNewsMessage;
import io.github.wecomsdk.messaging.message.NewsMessage;
import io.github.wecomsdk.messaging.message.TemplateCard;
import io.github.wecomsdk.messaging.message.TemplateCard.Action;
import io.github.wecomsdk.messaging.message.TemplateCard.ActionMenu;
import io.github.wecomsdk.messaging.message.TemplateCard.Button;
import io.github.wecomsdk.messaging.message.TemplateCard.ButtonSelection;
import io.github.wecomsdk.messaging.message.TemplateCard.CardAction;
import io.github.wecomsdk.messaging.message.TemplateCard.Checkbox;
import io.github.wecomsdk.messaging.message.TemplateCard.CheckboxOption;
import io.github.wecomsdk.messaging.message.TemplateCard.HorizontalContent;
import io.github.wecomsdk.messaging.message.TemplateCard.ImageTextArea;
import io.github.wecomsdk.messaging.message.TemplateCard.Jump;
import io.github.wecomsdk.messaging.message.TemplateCard.Option;
import io.github.wecomsdk.messaging.message.TemplateCard.QuoteArea;
import io.github.wecomsdk.messaging.message.TemplateCard.Selection;
import io.github.wecomsdk.messaging.message.TemplateCard.VerticalContent;
import io.github.wecomsdk.messaging.message.TextCardMessage;
import io.github.wecomsdk.messaging.message.TextMessage;
import io.github.wecomsdk.messaging.message.VideoMessage;
import io.github.wecomsdk.messaging.message.VoiceMessage;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One test per msgtype of message/send: the exact body WeCom receives. */
class MessageSendTest {

    private static final String ENVELOPE = "'touser':'zhangsan|lisi','toparty':'2','msgtype':'%s','agentid':1000002,"
            + "'enable_duplicate_check':1,'duplicate_check_interval':1800";

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom();

    private Messaging messages;

    @BeforeEach
    void start() {
        messages = Messaging.of(wecom.client());
    }

    private String sendAndCapture(AppMessage message) {
        wecom.enqueueFixture("fixtures/messaging/send-ok.json");
        messages.send(Audience.users("zhangsan", "lisi").andDepartments(2), message);
        RecordedRequest request = wecom.takeRequest("POST", "/cgi-bin/message/send");
        RequestAssert.assertQuery(request);
        return MockWeCom.bodyOf(request);
    }

    private static String expected(String msgtype, String payload) {
        return "{" + ENVELOPE.formatted(msgtype) + ",'" + msgtype + "':" + payload + "}";
    }

    @Test
    void sendsTextWithLinkAndDecodesTheAnswer() {
        wecom.enqueueFixture("fixtures/messaging/send.json");
        TextMessage text = TextMessage.builder()
                .text("Your parcel is here.")
                .newLine()
                .link("https://work.weixin.qq.com", "Live view")
                .build();

        SendResult result = messages.send(Audience.users("zhangsan", "lisi").andDepartments(2), text);

        assertJsonEquals(
                expected(
                        "text",
                        "{'content':'Your parcel is here.\\n<a href=\\\"https://work.weixin.qq.com\\\">Live view</a>'}"),
                MockWeCom.bodyOf(wecom.takeRequest()));
        assertEquals(List.of("userid1", "userid2"), result.invalidUsers());
        assertEquals(List.of("7", "8"), result.invalidParties());
        assertEquals(List.of(7L, 8L), result.invalidPartyIds());
        assertEquals(List.of("11"), result.invalidTags());
        assertEquals(List.of(11L), result.invalidTagIds());
        assertEquals(List.of("userid3", "userid4"), result.unlicensedUsers());
        assertEquals("xxxx-msgid-1", result.msgId());
        assertEquals("xyzxyz", result.responseCode());
        assertEquals(1, result.slices().size());
    }

    @Test
    void sendsImage() {
        assertJsonEquals(expected("image", "{'media_id':'MEDIA_ID'}"), sendAndCapture(ImageMessage.of("MEDIA_ID")));
    }

    @Test
    void sendsVoice() {
        assertJsonEquals(expected("voice", "{'media_id':'MEDIA_ID'}"), sendAndCapture(VoiceMessage.of("MEDIA_ID")));
    }

    @Test
    void sendsVideoWithTitleAndDescription() {
        assertJsonEquals(
                expected("video", "{'media_id':'MEDIA_ID','title':'Title','description':'Description'}"),
                sendAndCapture(VideoMessage.of("MEDIA_ID", "Title", "Description")));
    }

    @Test
    void sendsFile() {
        assertJsonEquals(
                expected("file", "{'media_id':'1Yv-zXfHjSjU'}"), sendAndCapture(FileMessage.of("1Yv-zXfHjSjU")));
    }

    @Test
    void sendsTextCardWithButtonText() {
        TextCardMessage card = TextCardMessage.of(
                        "领奖通知", "<div class=\"gray\">2016年9月26日</div>", "https://example.com/prize")
                .withButtonText("更多");
        assertJsonEquals(
                expected(
                        "textcard",
                        "{'title':'领奖通知',"
                                + "'description':'<div class=\\\"gray\\\">2016年9月26日</div>',"
                                + "'url':'https://example.com/prize','btntxt':'更多'}"),
                sendAndCapture(card));
    }

    @Test
    void sendsNewsWithLinkAndMiniProgramArticles() {
        NewsMessage news = NewsMessage.of(
                NewsMessage.Article.link(
                        "中秋节礼品领取", "今年中秋节公司有豪礼相送", "https://example.com/a", "https://example.com/p.png"),
                NewsMessage.Article.miniProgram("Mini", null, "wx123123123123123", "pages/index?x=1", null));
        assertJsonEquals(
                expected(
                        "news",
                        "{'articles':[{'title':'中秋节礼品领取','description':'今年中秋节公司有豪礼相送',"
                                + "'url':'https://example.com/a','picurl':'https://example.com/p.png'},"
                                + "{'title':'Mini','appid':'wx123123123123123','pagepath':'pages/index?x=1'}]}"),
                sendAndCapture(news));
    }

    @Test
    void sendsMpNews() {
        MpNewsMessage mpnews = MpNewsMessage.of(new MpNewsMessage.Article(
                "Title", "THUMB_ID", "Author", "https://example.com/src", "<p>Content</p>", "Digest"));
        assertJsonEquals(
                expected(
                        "mpnews",
                        "{'articles':[{'title':'Title','thumb_media_id':'THUMB_ID',"
                                + "'author':'Author','content_source_url':'https://example.com/src','content':'<p>Content</p>',"
                                + "'digest':'Digest'}]}"),
                sendAndCapture(mpnews));
    }

    @Test
    void sendsMpNewsInsideCorpOnlyWithSafeTwo() {
        wecom.enqueueFixture("fixtures/messaging/send-ok.json");
        messages.send(
                Audience.users("zhangsan"),
                MpNewsMessage.of(MpNewsMessage.Article.of("T", "THUMB", "C")),
                SendOptions.defaults().insideCorpOnly().withIdTranslation());
        assertJsonEquals(
                "{'touser':'zhangsan','msgtype':'mpnews','agentid':1000002,'mpnews':{'articles':"
                        + "[{'title':'T','thumb_media_id':'THUMB','content':'C'}]},'safe':2,'enable_id_trans':1,"
                        + "'enable_duplicate_check':1,'duplicate_check_interval':1800}",
                MockWeCom.bodyOf(wecom.takeRequest()));
    }

    @Test
    void sendsMarkdown() {
        assertJsonEquals(
                expected("markdown", "{'content':'**bold** <font color=\\\"info\\\">ok</font>'}"),
                sendAndCapture(MarkdownMessage.of("**bold** <font color=\"info\">ok</font>")));
    }

    @Test
    void sendsMiniProgramNotice() {
        MiniProgramNoticeMessage notice = MiniProgramNoticeMessage.builder("wx123123123123123", "会议室预订成功通知")
                .page("pages/index?userid=zhangsan")
                .description("4月27日 16:16")
                .emphasisFirstItem(true)
                .item("会议室", "402")
                .item("会议地点", "广州TIT-402会议室")
                .build();
        assertJsonEquals(
                expected(
                        "miniprogram_notice",
                        "{'appid':'wx123123123123123',"
                                + "'page':'pages/index?userid=zhangsan',"
                                + "'title':'会议室预订成功通知','description':'4月27日 16:16','emphasis_first_item':true,"
                                + "'content_item':[{'key':'会议室','value':'402'},{'key':'会议地点','value':'广州TIT-402会议室'}]}"),
                sendAndCapture(notice));
    }

    @Test
    void sendsTextNoticeCard() {
        TemplateCard card = TemplateCard.textNotice()
                .source("https://example.com/icon.png", "企业微信", 1)
                .actionMenu(ActionMenu.of("更多", new Action("接受推送", "A"), new Action("不再推送", "B")))
                .taskId("task_1")
                .mainTitle("欢迎使用企业微信", "您的好友正在邀请您加入企业微信")
                .quoteArea(new QuoteArea(1, "https://work.weixin.qq.com", null, null, "引用", "真好用"))
                .emphasisContent("100", "核心数据")
                .subTitleText("下载企业微信还能抢红包！")
                .horizontalContent(
                        HorizontalContent.text("邀请人", "张三"),
                        HorizontalContent.link("官网", "点击访问", "https://work.weixin.qq.com"),
                        HorizontalContent.attachment("下载", "企业微信.apk", "MEDIA"),
                        HorizontalContent.member("员工信息", "点击查看", "zhangsan"))
                .jump(
                        Jump.url("企业微信官网", "https://work.weixin.qq.com"),
                        Jump.miniProgram("跳转小程序", "wxapp", "/index.html"))
                .cardAction(CardAction.miniProgram("wxapp", "/index.html"))
                .build();
        assertJsonEquals(
                expected(
                        "template_card",
                        "{'card_type':'text_notice',"
                                + "'source':{'icon_url':'https://example.com/icon.png','desc':'企业微信','desc_color':1},"
                                + "'action_menu':{'desc':'更多','action_list':[{'text':'接受推送','key':'A'},{'text':'不再推送','key':'B'}]},"
                                + "'task_id':'task_1','main_title':{'title':'欢迎使用企业微信','desc':'您的好友正在邀请您加入企业微信'},"
                                + "'quote_area':{'type':1,'url':'https://work.weixin.qq.com','title':'引用','quote_text':'真好用'},"
                                + "'emphasis_content':{'title':'100','desc':'核心数据'},'sub_title_text':'下载企业微信还能抢红包！',"
                                + "'horizontal_content_list':[{'keyname':'邀请人','value':'张三'},"
                                + "{'type':1,'keyname':'官网','value':'点击访问','url':'https://work.weixin.qq.com'},"
                                + "{'type':2,'keyname':'下载','value':'企业微信.apk','media_id':'MEDIA'},"
                                + "{'type':3,'keyname':'员工信息','value':'点击查看','userid':'zhangsan'}],"
                                + "'jump_list':[{'type':1,'title':'企业微信官网','url':'https://work.weixin.qq.com'},"
                                + "{'type':2,'title':'跳转小程序','appid':'wxapp','pagepath':'/index.html'}],"
                                + "'card_action':{'type':2,'appid':'wxapp','pagepath':'/index.html'}}"),
                sendAndCapture(card));
    }

    @Test
    void sendsNewsNoticeCard() {
        TemplateCard card = TemplateCard.newsNotice()
                .mainTitle("欢迎使用企业微信", null)
                .imageTextArea(new ImageTextArea(
                        1, "https://work.weixin.qq.com", null, null, "左图右文", "真好用", "https://example.com/img.jpg"))
                .cardImage("https://example.com/card.png", 1.3)
                .verticalContent(new VerticalContent("惊喜红包等你来拿", "下载企业微信还能抢红包！"))
                .cardAction(CardAction.url("https://work.weixin.qq.com"))
                .build();
        assertJsonEquals(
                expected(
                        "template_card",
                        "{'card_type':'news_notice','main_title':{'title':'欢迎使用企业微信'},"
                                + "'image_text_area':{'type':1,'url':'https://work.weixin.qq.com','title':'左图右文','desc':'真好用',"
                                + "'image_url':'https://example.com/img.jpg'},"
                                + "'card_image':{'url':'https://example.com/card.png','aspect_ratio':1.3},"
                                + "'vertical_content_list':[{'title':'惊喜红包等你来拿','desc':'下载企业微信还能抢红包！'}],"
                                + "'card_action':{'type':1,'url':'https://work.weixin.qq.com'}}"),
                sendAndCapture(card));
    }

    @Test
    void sendsButtonInteractionCard() {
        TemplateCard card = TemplateCard.buttonInteraction()
                .mainTitle("评分", null)
                .taskId("task_2")
                .buttonSelection(new ButtonSelection(
                        "btn_q", "企业微信评分", List.of(new Option("s1", "100分"), new Option("s2", "101分")), "s1"))
                .button(Button.callback("按钮1", "button_key_1", 1), Button.link("详情", "https://example.com", 2))
                .build();
        assertJsonEquals(
                expected(
                        "template_card",
                        "{'card_type':'button_interaction','task_id':'task_2',"
                                + "'main_title':{'title':'评分'},'button_selection':{'question_key':'btn_q','title':'企业微信评分',"
                                + "'option_list':[{'id':'s1','text':'100分'},{'id':'s2','text':'101分'}],'selected_id':'s1'},"
                                + "'button_list':[{'text':'按钮1','style':1,'key':'button_key_1'},"
                                + "{'type':1,'text':'详情','style':2,'url':'https://example.com'}]}"),
                sendAndCapture(card));
    }

    @Test
    void sendsVoteInteractionCard() {
        TemplateCard card = TemplateCard.voteInteraction()
                .mainTitle("午餐投票", null)
                .taskId("task_3")
                .checkbox(Checkbox.of(
                        "question_key1",
                        true,
                        new CheckboxOption("o1", "选项1", true),
                        new CheckboxOption("o2", "选项2", false)))
                .submitButton("提交", "submit")
                .build();
        assertJsonEquals(
                expected(
                        "template_card",
                        "{'card_type':'vote_interaction','task_id':'task_3',"
                                + "'main_title':{'title':'午餐投票'},'checkbox':{'question_key':'question_key1','mode':1,"
                                + "'option_list':[{'id':'o1','text':'选项1','is_checked':true},"
                                + "{'id':'o2','text':'选项2','is_checked':false}]},"
                                + "'submit_button':{'text':'提交','key':'submit'}}"),
                sendAndCapture(card));
    }

    @Test
    void sendsMultipleInteractionCard() {
        TemplateCard card = TemplateCard.multipleInteraction()
                .mainTitle("问卷", null)
                .taskId("task_4")
                .select(
                        Selection.of("q1", "选择器1", new Option("s1", "A"), new Option("s2", "B"))
                                .withSelected("s1"),
                        Selection.of("q2", null, new Option("s3", "C")))
                .submitButton("提交", "key")
                .build();
        assertJsonEquals(
                expected(
                        "template_card",
                        "{'card_type':'multiple_interaction','task_id':'task_4',"
                                + "'main_title':{'title':'问卷'},'select_list':[{'question_key':'q1','title':'选择器1','selected_id':'s1',"
                                + "'option_list':[{'id':'s1','text':'A'},{'id':'s2','text':'B'}]},"
                                + "{'question_key':'q2','option_list':[{'id':'s3','text':'C'}]}],"
                                + "'submit_button':{'text':'提交','key':'key'}}"),
                sendAndCapture(card));
    }

    @Test
    void sendsToEveryoneWithAtAll() {
        wecom.enqueueFixture("fixtures/messaging/send-ok.json");
        messages.send(
                Audience.all(), TextMessage.of("hi"), SendOptions.defaults().confidential());
        assertJsonEquals(
                "{'touser':'@all','msgtype':'text','agentid':1000002,'text':{'content':'hi'},'safe':1,"
                        + "'enable_duplicate_check':1,'duplicate_check_interval':1800}",
                MockWeCom.bodyOf(wecom.takeRequest()));
    }

    @Test
    void sendsToTagsWithoutDuplicateCheckWhenTurnedOff() {
        wecom.enqueueFixture("fixtures/messaging/send-ok.json");
        SendResult result = messages.send(
                Audience.tags(1, 2),
                TextMessage.of("hi"),
                SendOptions.defaults().withoutDuplicateCheck());
        assertJsonEquals(
                "{'totag':'1|2','msgtype':'text','agentid':1000002,'text':{'content':'hi'}}",
                MockWeCom.bodyOf(wecom.takeRequest()));
        assertTrue(result.allDelivered());
        assertEquals(1, result.slices().size());
        assertEquals(Audience.tags(1, 2), result.slices().get(0).audience());
    }
}
