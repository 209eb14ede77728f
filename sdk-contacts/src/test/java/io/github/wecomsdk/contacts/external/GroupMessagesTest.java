package io.github.wecomsdk.contacts.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.MockWeCom;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GroupMessagesTest {

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom().strict();

    private final GroupMessages messages = ExternalContacts.of(wecom.client()).groupMessages();

    @Test
    void createsCustomerMassMessageWithTagFilterAndAttachments() {
        wecom.enqueueFixture("fixtures/groupmsg/add_msg_template.json");
        MsgTemplate message = MsgTemplate.toCustomers()
                .externalUserIds(List.of("woAJ2GCAAAXtWyujaWJHDDGi0mACAAAA", "wmqfasd1e1927831123109rBAAAA"))
                .sender("zhangsan")
                .allowSelect(true)
                .tagFilter(
                        new MsgTemplate.TagFilter(List.of(new MsgTemplate.TagFilter.TagGroup(List.of("etXXXXXXXXXX")))))
                .text(Attachment.Text.of("文本消息内容"))
                .attachments(List.of(
                        Attachment.image("MEDIA_ID"),
                        Attachment.link(Attachment.Link.of(
                                "消息标题", "https://example.pic.com/path", "消息描述", "https://example.link.com/path")),
                        Attachment.miniprogram(Attachment.Miniprogram.of(
                                "消息标题", "MEDIA_ID", "wx8bd80126147dfAAA", "/path/index.html")),
                        Attachment.video("MEDIA_ID"),
                        Attachment.file("MEDIA_ID")))
                .build();
        MsgTemplateResult result = messages.create(message);
        wecom.takePost(
                "/cgi-bin/externalcontact/add_msg_template",
                "{'chat_type':'single',"
                        + "'external_userid':['woAJ2GCAAAXtWyujaWJHDDGi0mACAAAA','wmqfasd1e1927831123109rBAAAA'],"
                        + "'sender':'zhangsan','allow_select':true,"
                        + "'tag_filter':{'group_list':[{'tag_list':['etXXXXXXXXXX']}]},'text':{'content':'文本消息内容'},"
                        + "'attachments':[{'msgtype':'image','image':{'media_id':'MEDIA_ID'}},"
                        + "{'msgtype':'link','link':{'title':'消息标题','picurl':'https://example.pic.com/path','desc':'消息描述',"
                        + "'url':'https://example.link.com/path'}},{'msgtype':'miniprogram','miniprogram':{'title':'消息标题',"
                        + "'pic_media_id':'MEDIA_ID','appid':'wx8bd80126147dfAAA','page':'/path/index.html'}},"
                        + "{'msgtype':'video','video':{'media_id':'MEDIA_ID'}},{'msgtype':'file','file':{'media_id':'MEDIA_ID'}}]}");
        assertEquals("msgGCAAAXtWyujaWJHDDGi0mAAAA", result.msgId());
        assertEquals(List.of("wmqfasd1e1927831291723123109rAAA"), result.failList());
    }

    @Test
    void createsGroupMassMessage() {
        wecom.enqueueFixture("fixtures/groupmsg/add_msg_template.json");
        messages.create(MsgTemplate.toGroups("zhangsan")
                .chatIdList(List.of("wr1"))
                .text(Attachment.Text.of("hi"))
                .build());
        wecom.takePost(
                "/cgi-bin/externalcontact/add_msg_template",
                "{'chat_type':'group','sender':'zhangsan','chat_id_list':['wr1'],'text':{'content':'hi'}}");
    }

    @Test
    void refusesTenAttachments() {
        List<Attachment> ten = Collections.nCopies(10, Attachment.image("M"));
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> messages.create(
                        MsgTemplate.toCustomers().sender("a").attachments(ten).build()));
        assertTrue(e.getMessage().contains("attachments") && e.getMessage().contains("9"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesTextOverFourThousandBytes() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> messages.create(MsgTemplate.toCustomers()
                        .sender("a")
                        .text(Attachment.Text.of("字".repeat(1334)))
                        .build()));
        assertTrue(e.getMessage().contains("4000"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesGroupMessageWithoutSender() {
        assertThrows(
                WeComValidationException.class,
                () -> messages.create(
                        MsgTemplate.toGroups(null).text(Attachment.Text.of("x")).build()));
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesMessageWithoutContent() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> messages.create(MsgTemplate.toCustomers().sender("a").build()));
        assertTrue(e.getMessage().contains("text and attachments"), e.getMessage());
    }

    @Test
    void listsMassMessagesPage() {
        wecom.enqueueFixture("fixtures/groupmsg/get_groupmsg_list_v2.json");
        GroupMsgPage page = messages.listPage(
                GroupMsgQuery.builder("single", 1605171726L, 1605172726L)
                        .creator("zhangshan")
                        .filterType(1)
                        .limit(50)
                        .build(),
                "CURSOR");
        wecom.takePost(
                "/cgi-bin/externalcontact/get_groupmsg_list_v2",
                "{'chat_type':'single',"
                        + "'start_time':1605171726,'end_time':1605172726,'creator':'zhangshan','filter_type':1,'limit':50,"
                        + "'cursor':'CURSOR'}");
        GroupMsgPage.GroupMsg msg = page.items().get(0);
        assertEquals(1605171726L, msg.createTime());
        assertEquals("link", msg.attachments().get(1).msgtype());
        assertEquals(
                "http://p.qpic.cn/pic_wework/3474110808/7a6344sdadfwehe42060/0",
                msg.attachments().get(0).image().picUrl());
    }

    @Test
    void listFollowsCursorLazily() {
        wecom.enqueueFixture("fixtures/groupmsg/get_groupmsg_list_v2.json");
        assertEquals(
                1,
                messages.list(GroupMsgQuery.builder("group", 0, 3600).build()).stream()
                        .limit(1)
                        .count());
        wecom.takePost(
                "/cgi-bin/externalcontact/get_groupmsg_list_v2",
                "{'chat_type':'group','start_time':0,'end_time':3600}");
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesSpanOverOneMonth() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> GroupMsgQuery.builder("single", 0, GroupMsgQuery.MAX_SPAN_SECONDS + 1)
                        .build());
        assertTrue(e.getMessage().contains("end_time"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void readsMemberTasks() {
        wecom.enqueueFixture("fixtures/groupmsg/get_groupmsg_task.json");
        GroupMsgTaskPage page = messages.taskPage("msgGCAAAXtWyujaWJHDDGi0mACAAAA", "CURSOR");
        wecom.takePost(
                "/cgi-bin/externalcontact/get_groupmsg_task",
                "{'msgid':'msgGCAAAXtWyujaWJHDDGi0mACAAAA','cursor':'CURSOR','limit':1000}");
        assertEquals(
                new GroupMsgTaskPage.Task("zhangsan", 1, 1552536375, null),
                page.items().get(0));
    }

    @Test
    void listTasksFollowsCursor() {
        wecom.enqueueFixture("fixtures/groupmsg/get_groupmsg_task.json");
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"next_cursor\":\"\",\"task_list\":[]}");
        assertEquals(1, messages.listTasks("m").stream().count());
        wecom.takePost("/cgi-bin/externalcontact/get_groupmsg_task", "{'msgid':'m','limit':1000}");
        wecom.takePost("/cgi-bin/externalcontact/get_groupmsg_task", "{'msgid':'m','cursor':'CURSOR','limit':1000}");
    }

    @Test
    void readsSendResults() {
        wecom.enqueueFixture("fixtures/groupmsg/get_groupmsg_send_result.json");
        GroupMsgSendResultPage page = messages.sendResultPage("msgGCAAAXtWyujaWJHDDGi0mACAAAA", "zhangsan", null);
        wecom.takePost(
                "/cgi-bin/externalcontact/get_groupmsg_send_result",
                "{'msgid':'msgGCAAAXtWyujaWJHDDGi0mACAAAA','userid':'zhangsan','limit':1000}");
        assertEquals("wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA", page.items().get(0).chatId());
        assertEquals(1, page.items().get(0).status());
        assertEquals(SendStatus.SENT, page.items().get(0).statusType());
        assertEquals(SendStatus.UNKNOWN, SendStatus.fromWire(7));
    }

    @Test
    void listSendResultsStopsEarly() {
        wecom.enqueueFixture("fixtures/groupmsg/get_groupmsg_send_result.json");
        assertEquals(1, messages.listSendResults("m", "u").stream().limit(1).count());
        wecom.takePost("/cgi-bin/externalcontact/get_groupmsg_send_result", "{'msgid':'m','userid':'u','limit':1000}");
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesFilterTypeOutOfRangeWhenBuilt() {
        assertThrows(
                WeComValidationException.class,
                () -> GroupMsgQuery.builder("single", 0, 10).filterType(3).build());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void surfacesStillDispatchingAsApiException() {
        wecom.enqueueJson("{\"errcode\":41063,\"errmsg\":\"still sending\"}");
        assertEquals(
                41063,
                assertThrows(
                                WeComApiException.class,
                                () -> messages.listPage(
                                        GroupMsgQuery.builder("single", 0, 10).build(), null))
                        .errcode());
    }
}
