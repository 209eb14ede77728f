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

class ContactWaysTest {

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom().strict();

    private final ContactWays ways = ExternalContacts.of(wecom.client()).contactWays();

    @Test
    void addsTemporaryContactWayWithConclusions() {
        wecom.enqueueFixture("fixtures/contactways/add_contact_way.json");
        ContactWay way = ContactWay.builder(ContactWayType.SINGLE, ContactWayScene.QR_CODE)
                .style(1)
                .remark("渠道客户")
                .skipVerify(true)
                .state("teststate")
                .user(List.of("zhangsan"))
                .isTemp(true)
                .expiresIn(86400)
                .chatExpiresIn(86400)
                .unionId("oxTWIuGaIt6gTKsQRLau2M0AAAA")
                .isExclusive(true)
                .markSource(true)
                .conclusions(new ContactWay.Conclusions(
                        Attachment.Text.of("文本消息内容"),
                        Attachment.Image.ofMediaId("MEDIA_ID"),
                        Attachment.Link.of(
                                "消息标题", "https://example.pic.com/path", "消息描述", "https://example.link.com/path"),
                        Attachment.Miniprogram.of("消息标题", "MEDIA_ID", "wx8bd80126147dfAAA", "/path/index"),
                        null))
                .build();
        ContactWayCreated created = ways.create(way);
        wecom.takePost(
                "/cgi-bin/externalcontact/add_contact_way",
                "{'type':1,'scene':2,'style':1,"
                        + "'remark':'渠道客户','skip_verify':true,'state':'teststate','user':['zhangsan'],'is_temp':true,"
                        + "'expires_in':86400,'chat_expires_in':86400,'unionid':'oxTWIuGaIt6gTKsQRLau2M0AAAA',"
                        + "'is_exclusive':true,'mark_source':true,'conclusions':{'text':{'content':'文本消息内容'},"
                        + "'image':{'media_id':'MEDIA_ID'},'link':{'title':'消息标题','picurl':'https://example.pic.com/path',"
                        + "'desc':'消息描述','url':'https://example.link.com/path'},'miniprogram':{'title':'消息标题',"
                        + "'pic_media_id':'MEDIA_ID','appid':'wx8bd80126147dfAAA','page':'/path/index'}}}");
        assertEquals("42b34949e138eb6e027c123cba77fAAA", created.configId());
        assertEquals("http://p4.qhimg.com/t01dd3f36c41fdAAA.png", created.qrCode());
    }

    @Test
    void refusesSingleMemberWayWithTwoUsers() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> ContactWay.builder(ContactWayType.SINGLE, ContactWayScene.QR_CODE)
                        .user("a", "b")
                        .build());
        assertTrue(e.getMessage().contains("exactly one user"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesAWayOfMoreThanOneHundredMembersButAcceptsOneHundred() {
        List<String> hundred = java.util.stream.IntStream.range(0, ContactWay.MAX_USERS)
                .mapToObj(i -> "u" + i)
                .toList();
        ContactWay.builder(ContactWayType.MULTI, ContactWayScene.QR_CODE)
                .user(hundred)
                .build();
        List<String> more = new java.util.ArrayList<>(hundred);
        more.add("one-too-many");
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> ContactWay.builder(ContactWayType.MULTI, ContactWayScene.QR_CODE)
                        .user(more)
                        .build());
        assertTrue(e.getMessage().contains("user") && e.getMessage().contains("100"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesATemporaryChatWayForSeveralMembers() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> ContactWay.builder(ContactWayType.MULTI, ContactWayScene.QR_CODE)
                        .user("a", "b")
                        .isTemp(true)
                        .build());
        assertTrue(e.getMessage().contains("is_temp"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesExpiryBeyondFourteenDays() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> ContactWay.builder(ContactWayType.MULTI, ContactWayScene.QR_CODE)
                        .party(2)
                        .expiresIn(ContactWay.MAX_EXPIRES_IN + 1)
                        .build());
        assertTrue(e.getMessage().contains("expires_in"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesStateOverThirtyCharacters() {
        assertThrows(
                WeComValidationException.class,
                () -> ContactWay.builder(ContactWayType.MULTI, ContactWayScene.QR_CODE)
                        .user("a")
                        .state("s".repeat(31))
                        .build());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void getsContactWay() {
        wecom.enqueueFixture("fixtures/contactways/get_contact_way.json");
        ContactWay way = ways.get("42b34949e138eb6e027c123cba77fAAA");
        wecom.takePost("/cgi-bin/externalcontact/get_contact_way", "{'config_id':'42b34949e138eb6e027c123cba77fAAA'}");
        assertEquals(List.of("zhangsan", "lisi", "wangwu"), way.user());
        assertEquals(List.of(2L, 3L), way.party());
        assertEquals(
                "http://p.qpic.cn/pic_wework/XXXXX", way.conclusions().image().picUrl());
        assertEquals("/path/index", way.conclusions().miniprogram().page());
        assertTrue(way.isTemp());
        assertEquals(ContactWayType.SINGLE, way.wayType());
    }

    @Test
    void listsOnePageOfConfigIds() {
        wecom.enqueueFixture("fixtures/contactways/list_contact_way.json");
        ContactWayPage page = ways.listPage(1622476800L, 1625068800L, "CURSOR");
        wecom.takePost(
                "/cgi-bin/externalcontact/list_contact_way",
                "{'start_time':1622476800,'end_time':1625068800,'cursor':'CURSOR','limit':1000}");
        assertEquals(List.of("534b63270045c9ABiKEE814ef56d91c62f", "87bBiKEE811c62f63270041c62f5c9A4ef"), page.items());
        assertEquals("NEXT_CURSOR", page.nextCursor());
    }

    @Test
    void listFollowsCursorLazily() {
        wecom.enqueueFixture("fixtures/contactways/list_contact_way.json");
        wecom.enqueueJson(
                "{\"errcode\":0,\"errmsg\":\"ok\",\"contact_way\":[{\"config_id\":\"last\"}],\"next_cursor\":\"\"}");
        assertEquals(3, ways.list().stream().count());
        wecom.takePost("/cgi-bin/externalcontact/list_contact_way", "{'limit':1000}");
        wecom.takePost("/cgi-bin/externalcontact/list_contact_way", "{'cursor':'NEXT_CURSOR','limit':1000}");
    }

    @Test
    void listStoppedEarlyMakesNoFurtherRequest() {
        wecom.enqueueFixture("fixtures/contactways/list_contact_way.json");
        assertEquals(
                "534b63270045c9ABiKEE814ef56d91c62f",
                ways.list().stream().findFirst().orElseThrow());
        wecom.takeRequest();
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void updatesOnlyWhatChanges() {
        wecom.enqueueFixture("fixtures/common/ok.json");
        ways.update(ContactWay.update("42b34949e138eb6e027c123cba77fAAA")
                .remark("渠道客户")
                .user("UserID1")
                .build());
        wecom.takePost(
                "/cgi-bin/externalcontact/update_contact_way",
                "{'config_id':'42b34949e138eb6e027c123cba77fAAA','remark':'渠道客户','user':['UserID1']}");
    }

    @Test
    void refusesUpdateWithoutConfigId() {
        assertThrows(
                WeComValidationException.class,
                () -> ways.update(ContactWay.update(null).remark("x").build()));
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void deletesContactWay() {
        wecom.enqueueFixture("fixtures/common/ok.json");
        ways.delete("42b34949e138eb6e027c123cba77fAAA");
        wecom.takePost("/cgi-bin/externalcontact/del_contact_way", "{'config_id':'42b34949e138eb6e027c123cba77fAAA'}");
    }

    @Test
    void closesTemporaryChat() {
        wecom.enqueueFixture("fixtures/common/ok.json");
        ways.closeTempChat("zhangyisheng", "woAJ2GCAAAd1asdasdjO4wKmE8Aabj9AAA");
        wecom.takePost(
                "/cgi-bin/externalcontact/close_temp_chat",
                "{'userid':'zhangyisheng','external_userid':'woAJ2GCAAAd1asdasdjO4wKmE8Aabj9AAA'}");
    }

    @Test
    void surfacesTooManyMembersAsApiException() {
        wecom.enqueueJson("{\"errcode\":41041,\"errmsg\":\"too many members\"}");
        assertEquals(
                41041,
                assertThrows(
                                WeComApiException.class,
                                () -> ways.create(ContactWay.builder(ContactWayType.MULTI, ContactWayScene.QR_CODE)
                                        .party(1)
                                        .build()))
                        .errcode());
    }

    @Test
    void listInATimeRangeSendsTheRange() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"contact_way\":[{\"config_id\":\"c\"}]}");
        assertEquals(List.of("c"), ways.list(1622476800L, 1625068800L).toList());
        wecom.takePost(
                "/cgi-bin/externalcontact/list_contact_way",
                "{'start_time':1622476800,'end_time':1625068800,'limit':1000}");
    }

    @Test
    void createRefusesAContactWayBuiltForUpdate() {
        assertThrows(
                WeComValidationException.class,
                () -> ways.create(ContactWay.update("cfg").remark("x").build()));
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void contactWayEnumsKeepUnknownValues() {
        assertEquals(ContactWayScene.UNKNOWN, ContactWayScene.fromWire(9));
        assertEquals(ContactWayType.SINGLE, ContactWayType.fromWire(1));
    }
}
