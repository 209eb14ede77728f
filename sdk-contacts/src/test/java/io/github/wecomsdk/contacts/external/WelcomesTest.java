package io.github.wecomsdk.contacts.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.MockWeCom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WelcomesTest {

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom().strict();

    private final Welcomes welcomes = ExternalContacts.of(wecom.client()).welcomes();

    @Test
    void sendsWelcomeMessageWithAttachments() {
        wecom.enqueueFixture("fixtures/common/ok.json");
        welcomes.send(
                "CALLBACK_CODE",
                "文本消息内容",
                List.of(Attachment.imageUrl("http://p.qpic.cn/pic_wework/XXXXX"), Attachment.video("MEDIA_ID")));
        wecom.takePost(
                "/cgi-bin/externalcontact/send_welcome_msg",
                "{'welcome_code':'CALLBACK_CODE',"
                        + "'text':{'content':'文本消息内容'},'attachments':[{'msgtype':'image','image':"
                        + "{'pic_url':'http://p.qpic.cn/pic_wework/XXXXX'}},{'msgtype':'video','video':{'media_id':'MEDIA_ID'}}]}");
    }

    @Test
    void refusesWelcomeWithoutCode() {
        WeComValidationException e = assertThrows(WeComValidationException.class, () -> welcomes.send("", "hi"));
        assertTrue(e.getMessage().contains("welcome_code"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesWelcomeWithNeitherTextNorAttachment() {
        assertThrows(WeComValidationException.class, () -> welcomes.send("c", List.of()));
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void surfacesUsedWelcomeCodeAsApiException() {
        wecom.enqueueJson("{\"errcode\":41051,\"errmsg\":\"externaluser has started chatting\"}");
        assertEquals(
                41051,
                assertThrows(WeComApiException.class, () -> welcomes.send("c", "hi"))
                        .errcode());
    }

    @Test
    void addsGroupTemplate() {
        wecom.enqueueFixture("fixtures/welcome/group_welcome_template_add.json");
        String id = welcomes.createGroupTemplate(
                GroupWelcomeTemplate.builder()
                        .text("亲爱的%NICKNAME%用户，你好")
                        .link(Attachment.Link.of(
                                "消息标题", "https://example.pic.com/path", "消息描述", "https://example.link.com/path"))
                        .build(),
                true,
                1000014L);
        wecom.takePost(
                "/cgi-bin/externalcontact/group_welcome_template/add",
                "{'text':{'content':"
                        + "'亲爱的%NICKNAME%用户，你好'},'link':{'title':'消息标题','picurl':'https://example.pic.com/path',"
                        + "'desc':'消息描述','url':'https://example.link.com/path'},'agentid':1000014,'notify':1}");
        assertEquals("msgXXXXXXX", id);
    }

    @Test
    void refusesTemplateWithTwoAttachments() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> GroupWelcomeTemplate.builder()
                        .text("x")
                        .file("F")
                        .video("V")
                        .build());
        assertTrue(e.getMessage().contains("at most one"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void editsGroupTemplate() {
        wecom.enqueueFixture("fixtures/common/ok.json");
        welcomes.updateGroupTemplate(
                "msgXXXXXXX",
                GroupWelcomeTemplate.builder().text("新欢迎语").file("MEDIA_ID").build());
        wecom.takePost(
                "/cgi-bin/externalcontact/group_welcome_template/edit",
                "{'template_id':'msgXXXXXXX','text':{'content':'新欢迎语'},'file':{'media_id':'MEDIA_ID'}}");
    }

    @Test
    void getsGroupTemplate() {
        wecom.enqueueFixture("fixtures/welcome/group_welcome_template_get.json");
        GroupWelcomeTemplate template = welcomes.getGroupTemplate("msgXXXXXXX");
        wecom.takePost("/cgi-bin/externalcontact/group_welcome_template/get", "{'template_id':'msgXXXXXXX'}");
        assertEquals("亲爱的%NICKNAME%用户，你好", template.text().content());
        assertEquals("http://p.qpic.cn/pic_wework/XXXXX", template.image().picUrl());
        assertEquals("wx8bd80126147dfAAA", template.miniprogram().appId());
        assertEquals("MEDIA_ID", template.video().mediaId());
    }

    @Test
    void deletesGroupTemplate() {
        wecom.enqueueFixture("fixtures/common/ok.json");
        welcomes.deleteGroupTemplate("msgXXXXXXX", 1000014L);
        wecom.takePost(
                "/cgi-bin/externalcontact/group_welcome_template/del",
                "{'template_id':'msgXXXXXXX','agentid':1000014}");
    }

    @Test
    void createGroupTemplateRefusesTextOverThreeThousandBytes() {
        String text = "字".repeat(1000) + "x";
        WeComValidationException e = assertThrows(
                WeComValidationException.class, () -> welcomes.createGroupTemplate(GroupWelcomeTemplate.text(text)));
        assertTrue(e.getMessage().contains("text.content") && e.getMessage().contains("3000"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void updateGroupTemplateRefusesTextOverThreeThousandBytes() {
        GroupWelcomeTemplate unchecked =
                new GroupWelcomeTemplate(Attachment.Text.of("a".repeat(3001)), null, null, null, null, null, null);
        WeComValidationException e = assertThrows(
                WeComValidationException.class, () -> welcomes.updateGroupTemplate("msgXXXXXXX", unchecked));
        assertTrue(e.getMessage().contains("3000"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void createGroupTemplateAcceptsExactlyThreeThousandBytesWithWeComsDefaultNotify() {
        wecom.enqueueFixture("fixtures/welcome/group_welcome_template_add.json");
        String text = "字".repeat(1000);
        welcomes.createGroupTemplate(GroupWelcomeTemplate.text(text));
        wecom.takePost("/cgi-bin/externalcontact/group_welcome_template/add", "{'text':{'content':'" + text + "'}}");
    }

    @Test
    void sendsTextOnlyWelcomeWithoutAnAttachmentsField() {
        wecom.enqueueFixture("fixtures/common/ok.json");
        welcomes.send("CODE", "hi");
        wecom.takePost("/cgi-bin/externalcontact/send_welcome_msg", "{'welcome_code':'CODE','text':{'content':'hi'}}");
    }

    @Test
    void deletesGroupTemplateWithoutAgentId() {
        wecom.enqueueFixture("fixtures/common/ok.json");
        welcomes.deleteGroupTemplate("msgXXXXXXX");
        wecom.takePost("/cgi-bin/externalcontact/group_welcome_template/del", "{'template_id':'msgXXXXXXX'}");
    }
}
