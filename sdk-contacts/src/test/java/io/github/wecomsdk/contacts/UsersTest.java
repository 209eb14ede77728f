package io.github.wecomsdk.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.MockWeCom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UsersTest {

    private final MockWeCom wecom = new MockWeCom();
    private final Users users = Contacts.of(wecom.client()).users();

    @AfterEach
    void close() {
        wecom.close();
    }

    @Test
    void createsMemberWithTypedAttributesAndProfile() {
        wecom.enqueueFixture("fixtures/users/create.json");
        UserRequest request = UserRequest.builder("zhangsan")
                .name("张三")
                .mobile("+86 13800000000")
                .department(List.of(1L, 2L))
                .order(List.of(10L, 40L))
                .isLeaderInDept(List.of(1, 0))
                .directLeader(List.of("lisi"))
                .gender("1")
                .enable(1)
                .toInvite(false)
                .extattr(ExtAttr.of(ExtAttribute.text("文本名称", "文本"),
                        ExtAttribute.web("网页名称", "http://www.test.com", "标题")))
                .externalProfile(new ExternalProfile("企业简称", new ExternalProfile.WechatChannels("视频号名称", null),
                        List.of(ExtAttribute.miniprogram("测试app", "wx8bd80126147dFAKE", "/index", "my miniprogram"))))
                .externalPosition("高级产品经理")
                .build();
        List<CreatedDepartment> created = users.create(request);
        Requests.post(wecom, "/cgi-bin/user/create", "{'userid':'zhangsan','name':'张三','mobile':'+86 13800000000',"
                + "'department':[1,2],'order':[10,40],'is_leader_in_dept':[1,0],'direct_leader':['lisi'],'gender':'1',"
                + "'enable':1,'to_invite':false,"
                + "'extattr':{'attrs':[{'type':0,'name':'文本名称','text':{'value':'文本'}},"
                + "{'type':1,'name':'网页名称','web':{'url':'http://www.test.com','title':'标题'}}]},"
                + "'external_profile':{'external_corp_name':'企业简称','wechat_channels':{'nickname':'视频号名称'},"
                + "'external_attr':[{'type':2,'name':'测试app','miniprogram':{'appid':'wx8bd80126147dFAKE',"
                + "'pagepath':'/index','title':'my miniprogram'}}]},'external_position':'高级产品经理'}");
        assertEquals(List.of(new CreatedDepartment(12, "部门1"), new CreatedDepartment(13, "部门2")), created);
    }

    @Test
    void refusesCreateWithoutMobileOrEmail() {
        WeComValidationException e = assertThrows(WeComValidationException.class,
                () -> users.create(UserRequest.builder("zhangsan").name("张三").build()));
        assertTrue(e.getMessage().contains("mobile and email"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesCreateWithUseridStartingWithAPunctuationMark() {
        WeComValidationException e = assertThrows(WeComValidationException.class,
                () -> users.create(UserRequest.builder("_zhang san").name("张三").mobile("13800000000").build()));
        assertTrue(e.getMessage().contains("userid"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesUseridOverSixtyFourBytes() {
        WeComValidationException e = assertThrows(WeComValidationException.class, () -> users.get("u".repeat(65)));
        assertTrue(e.getMessage().contains("userid") && e.getMessage().contains("64"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void getsMemberWithExtattrExternalProfileAndUnknownFields() {
        wecom.enqueueFixture("fixtures/users/get.json");
        User user = users.get("zhangsan");
        Requests.get(wecom, "/cgi-bin/user/get", "userid", "zhangsan");
        assertEquals("张三", user.name());
        assertEquals(List.of(1L, 2L), user.department());
        assertEquals(1, user.status());
        assertEquals(1L, user.mainDepartment());
        assertEquals(AttributeType.WEB, user.extattr().attrs().get(1).kind());
        assertEquals("http://www.test.com", user.extattr().attrs().get(1).web().url());
        ExtAttribute mini = user.externalProfile().externalAttrs().get(2);
        assertEquals(AttributeType.MINIPROGRAM, mini.kind());
        assertEquals("/index", mini.miniprogram().pagepath());
        assertEquals(1, user.externalProfile().wechatChannels().status());
        assertEquals(0, user.otherFields().get("hide_mobile"));
        assertTrue(!user.otherFields().containsKey("errcode"));
    }

    @Test
    void unknownAttributeTypeKeepsRawValue() {
        ExtAttribute odd = new ExtAttribute(7, "x", null, null, null);
        assertEquals(AttributeType.UNKNOWN, odd.kind());
        assertEquals(7, odd.type());
    }

    @Test
    void updatesWithNewUseridAndMailAliases() {
        wecom.enqueueFixture("fixtures/common/ok.json");
        users.update(UserRequest.builder("zhangsan").newUserid("zhangsan2").position("经理")
                .bizMailAlias(new UserRequest.BizMailAlias(List.of("a@x.com", "b@x.com"))).build());
        Requests.post(wecom, "/cgi-bin/user/update", "{'userid':'zhangsan','new_userid':'zhangsan2','position':'经理',"
                + "'biz_mail_alias':{'item':['a@x.com','b@x.com']}}");
    }

    @Test
    void deletesByUserid() {
        wecom.enqueueFixture("fixtures/common/ok.json");
        users.delete("zhangsan");
        Requests.get(wecom, "/cgi-bin/user/delete", "userid", "zhangsan");
    }

    @Test
    void batchDeletesUpToTwoHundred() {
        wecom.enqueueFixture("fixtures/common/ok.json");
        users.batchDelete(List.of("zhangsan", "lisi"));
        Requests.post(wecom, "/cgi-bin/user/batchdelete", "{'useridlist':['zhangsan','lisi']}");
    }

    @Test
    void refusesBatchDeleteOfTwoHundredAndOneWithoutSplitting() {
        List<String> ids = IntStream.range(0, 201).mapToObj(i -> "u" + i).toList();
        WeComValidationException e = assertThrows(WeComValidationException.class, () -> users.batchDelete(ids));
        assertTrue(e.getMessage().contains("useridlist") && e.getMessage().contains("200"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesBlankIdInBatchDelete() {
        assertThrows(WeComValidationException.class, () -> users.batchDelete(List.of("a", " ")));
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void simpleListsOneDepartment() {
        wecom.enqueueFixture("fixtures/users/simplelist.json");
        List<SimpleUser> list = users.simpleList(1);
        Requests.get(wecom, "/cgi-bin/user/simplelist", "department_id", "1");
        assertEquals(List.of(new SimpleUser("zhangsan", "张三", List.of(1L, 2L), "xxxxxx")), list);
    }

    @Test
    void listsDepartmentMembersInDetail() {
        wecom.enqueueFixture("fixtures/users/list.json");
        List<User> list = users.list(1);
        Requests.get(wecom, "/cgi-bin/user/list", "department_id", "1");
        assertEquals("jacky", list.get(0).englishName());
        assertEquals(List.of("lisi", "wangwu"), list.get(0).directLeader());
    }

    @Test
    void listIdsOnePageSendsCursorAndLimit() {
        wecom.enqueueFixture("fixtures/users/list_id-page1.json");
        UserIdPage page = users.listIds("abc", 500);
        Requests.post(wecom, "/cgi-bin/user/list_id", "{'cursor':'abc','limit':500}");
        assertEquals("xxxxxx", page.nextCursor());
        assertEquals(new DepartmentUser("lisi", 2), page.deptUser().get(1));
    }

    @Test
    void listIdsFollowsCursorToTheEnd() {
        wecom.enqueueFixture("fixtures/users/list_id-page1.json");
        wecom.enqueueFixture("fixtures/users/list_id-page2.json");
        List<String> ids = users.listIds().map(DepartmentUser::userid).toList();
        assertEquals(List.of("zhangsan", "lisi", "wangwu"), ids);
        Requests.post(wecom, "/cgi-bin/user/list_id", "{'limit':10000}");
        Requests.post(wecom, "/cgi-bin/user/list_id", "{'cursor':'xxxxxx','limit':10000}");
    }

    @Test
    void listIdsStoppedEarlyMakesNoFurtherRequest() {
        wecom.enqueueFixture("fixtures/users/list_id-page1.json");
        List<DepartmentUser> first = users.listIds().limit(2).toList();
        assertEquals(2, first.size());
        wecom.takeRequest();
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void iterateIdsWalksPagesInForEach() {
        wecom.enqueueFixture("fixtures/users/list_id-page1.json");
        wecom.enqueueFixture("fixtures/users/list_id-page2.json");
        List<String> seen = new ArrayList<>();
        for (DepartmentUser row : users.iterateIds()) {
            seen.add(row.userid());
        }
        assertEquals(3, seen.size());
    }

    @Test
    void refusesListIdLimitAboveTenThousand() {
        WeComValidationException e = assertThrows(WeComValidationException.class, () -> users.listIds(null, 10_001));
        assertTrue(e.getMessage().contains("limit"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void convertsUseridToOpenid() {
        wecom.enqueueFixture("fixtures/users/convert_to_openid.json");
        assertEquals("oDjGHs-1yCnGrRovBj2yHij5JAAA", users.convertToOpenid("zhangsan"));
        Requests.post(wecom, "/cgi-bin/user/convert_to_openid", "{'userid':'zhangsan'}");
    }

    @Test
    void convertsOpenidToUserid() {
        wecom.enqueueFixture("fixtures/users/convert_to_userid.json");
        assertEquals("zhangsan", users.convertToUserid("oDjGHs-1yCnGrRovBj2yHij5JAAA"));
        Requests.post(wecom, "/cgi-bin/user/convert_to_userid", "{'openid':'oDjGHs-1yCnGrRovBj2yHij5JAAA'}");
    }

    @Test
    void findsUseridByMobile() {
        wecom.enqueueFixture("fixtures/users/getuserid.json");
        assertEquals("zhangsan", users.getUseridByMobile("13430388888"));
        Requests.post(wecom, "/cgi-bin/user/getuserid", "{'mobile':'13430388888'}");
    }

    @Test
    void findsUseridByPersonalEmail() {
        wecom.enqueueFixture("fixtures/users/get_userid_by_email.json");
        assertEquals("zhangsan", users.getUseridByEmail("zhangsan@gzdev.com", 2));
        Requests.post(wecom, "/cgi-bin/user/get_userid_by_email", "{'email':'zhangsan@gzdev.com','email_type':2}");
    }

    @Test
    void findsUseridByCorpEmailByDefault() {
        wecom.enqueueFixture("fixtures/users/get_userid_by_email.json");
        users.getUseridByEmail("zhangsan@gzdev.com");
        Requests.post(wecom, "/cgi-bin/user/get_userid_by_email", "{'email':'zhangsan@gzdev.com','email_type':1}");
    }

    @Test
    void invitesAndReturnsInvalidLists() {
        wecom.enqueueFixture("fixtures/users/invite.json");
        InviteResult result = users.invite(List.of("UserID1", "UserID2", "UserID3"), List.of(1L, 2L), null);
        Requests.post(wecom, "/cgi-bin/batch/invite", "{'user':['UserID1','UserID2','UserID3'],'party':[1,2]}");
        assertEquals(List.of("UserID1", "UserID2"), result.invalidUsers());
        assertEquals(List.of(1L, 2L), result.invalidParties());
        assertEquals(List.of(1L, 2L), result.invalidTags());
    }

    @Test
    void refusesInviteWithNothingToInvite() {
        assertThrows(WeComValidationException.class, () -> users.invite(List.of(), null, Collections.emptySet()));
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesInviteOfMoreThanOneHundredTags() {
        Set<Long> tags = IntStream.range(0, 101).mapToObj(i -> (long) i).collect(Collectors.toSet());
        WeComValidationException e = assertThrows(WeComValidationException.class, () -> users.invite(null, null, tags));
        assertTrue(e.getMessage().contains("tag") && e.getMessage().contains("100"), e.getMessage());
    }

    @Test
    void getsJoinQrCodeInASize() {
        wecom.enqueueFixture("fixtures/users/get_join_qrcode.json");
        String url = users.joinQrCode(3);
        Requests.get(wecom, "/cgi-bin/corp/get_join_qrcode", "size_type", "3");
        assertTrue(url.startsWith("https://work.weixin.qq.com/wework_admin/genqrcode"), url);
    }

    @Test
    void getsJoinQrCodeWithoutSize() {
        wecom.enqueueFixture("fixtures/users/get_join_qrcode.json");
        users.joinQrCode();
        Requests.get(wecom, "/cgi-bin/corp/get_join_qrcode");
    }

    @Test
    void countsActiveMembersOfADay() {
        wecom.enqueueFixture("fixtures/users/get_active_stat.json");
        assertEquals(100462, users.activeCount(LocalDate.of(2020, 3, 27)));
        Requests.post(wecom, "/cgi-bin/user/get_active_stat", "{'date':'2020-03-27'}");
    }

    @Test
    void surfacesUnknownUseridAsApiException() {
        wecom.enqueueFixture("fixtures/common/error-60111.json");
        WeComApiException e = assertThrows(WeComApiException.class, () -> users.get("nobody"));
        assertEquals(60111, e.errcode());
        assertEquals("1700000000_11_abcdef", e.hint());
    }

    @Test
    void leavesNullFieldsOutOfTheRequest() {
        UserRequest request = UserRequest.builder("a").name("n").email("a@b.c").build();
        assertNull(request.department());
    }
}
