package io.github.wecomsdk.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UsersTest {

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom().strict();

    private final Users users = Contacts.of(wecom.client()).users();

    @Test
    void createsMemberWithTypedAttributesAndProfile() {
        wecom.enqueueFixture("fixtures/users/create.json");
        UserRequest request = UserRequest.builder("zhangsan")
                .name("张三")
                .mobile("+86 13800000000")
                .department(1, 2)
                .order(10, 40)
                .isLeaderInDept(List.of(1, 0))
                .directLeader(List.of("lisi"))
                .gender("1")
                .enable(true)
                .toInvite(false)
                .extAttr(ExtAttr.of(
                        ExtAttribute.text("文本名称", "文本"), ExtAttribute.web("网页名称", "http://www.test.com", "标题")))
                .externalProfile(new ExternalProfile(
                        "企业简称",
                        ExternalProfile.WechatChannels.of("视频号名称"),
                        List.of(ExtAttribute.miniprogram("测试app", "wx8bd80126147dFAKE", "/index", "my miniprogram")),
                        null))
                .externalPosition("高级产品经理")
                .build();
        List<CreatedDepartment> created = users.create(request);
        wecom.takePost(
                "/cgi-bin/user/create",
                "{'userid':'zhangsan','name':'张三','mobile':'+86 13800000000',"
                        + "'department':[1,2],'order':[10,40],'is_leader_in_dept':[1,0],'direct_leader':['lisi'],'gender':'1',"
                        + "'enable':1,'to_invite':false,"
                        + "'extattr':{'attrs':[{'type':0,'name':'文本名称','text':{'value':'文本'}},"
                        + "{'type':1,'name':'网页名称','web':{'url':'http://www.test.com','title':'标题'}}]},"
                        + "'external_profile':{'external_corp_name':'企业简称','wechat_channels':{'nickname':'视频号名称'},"
                        + "'external_attr':[{'type':2,'name':'测试app','miniprogram':{'appid':'wx8bd80126147dFAKE',"
                        + "'pagepath':'/index','title':'my miniprogram'}}]},'external_position':'高级产品经理'}");
        assertEquals(List.of(new CreatedDepartment(12, "部门1", null), new CreatedDepartment(13, "部门2", null)), created);
    }

    @Test
    void refusesCreateWithoutMobileOrEmail() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> users.create(UserRequest.builder("zhangsan").name("张三").build()));
        assertTrue(e.getMessage().contains("mobile and email"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesCreateWithUseridStartingWithAPunctuationMark() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> users.create(UserRequest.builder("_zhang san")
                        .name("张三")
                        .mobile("13800000000")
                        .build()));
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
        wecom.takeGet("/cgi-bin/user/get", "userid", "zhangsan");
        assertEquals("张三", user.name());
        assertEquals(List.of(1L, 2L), user.department());
        assertEquals(1, user.status());
        assertEquals(UserStatus.ACTIVE, user.statusType());
        assertEquals(1L, user.mainDepartment());
        assertEquals(AttributeType.WEB, user.extAttr().attrs().get(1).kind());
        assertEquals("http://www.test.com", user.extAttr().attrs().get(1).web().url());
        ExtAttribute mini = user.externalProfile().externalAttrs().get(2);
        assertEquals(AttributeType.MINIPROGRAM, mini.kind());
        assertEquals("/index", mini.miniprogram().pagePath());
        assertEquals(1, user.externalProfile().wechatChannels().status());
        assertFalse(user.externalProfile().wechatChannels().confirmed(), "status 1 waits for confirmation");
        assertEquals(0, user.otherFields().get("hide_mobile"));
        assertTrue(!user.otherFields().containsKey("errcode"));
    }

    @Test
    void unknownAttributeTypeKeepsRawValue() {
        ExtAttribute odd = new ExtAttribute(7, "x", null, null, null, null);
        assertEquals(AttributeType.UNKNOWN, odd.kind());
        assertEquals(7, odd.type());
    }

    @Test
    void updatesWithNewUseridAndMailAliases() {
        wecom.enqueueFixture("fixtures/common/ok.json");
        users.update(UserRequest.builder("zhangsan")
                .newUserId("zhangsan2")
                .position("经理")
                .bizMailAlias(new UserRequest.BizMailAlias(List.of("a@x.com", "b@x.com")))
                .build());
        wecom.takePost(
                "/cgi-bin/user/update",
                "{'userid':'zhangsan','new_userid':'zhangsan2','position':'经理',"
                        + "'biz_mail_alias':{'item':['a@x.com','b@x.com']}}");
    }

    @Test
    void deletesByUserid() {
        wecom.enqueueFixture("fixtures/common/ok.json");
        users.delete("zhangsan");
        wecom.takeGet("/cgi-bin/user/delete", "userid", "zhangsan");
    }

    @Test
    void batchDeletesUpToTwoHundred() {
        wecom.enqueueFixture("fixtures/common/ok.json");
        users.batchDelete(List.of("zhangsan", "lisi"));
        wecom.takePost("/cgi-bin/user/batchdelete", "{'useridlist':['zhangsan','lisi']}");
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
        List<SimpleUser> list = users.listSimple(1).toList();
        wecom.takeGet("/cgi-bin/user/simplelist", "department_id", "1");
        assertEquals(List.of(new SimpleUser("zhangsan", "张三", List.of(1L, 2L), "xxxxxx", null)), list);
    }

    @Test
    void listsDepartmentMembersInDetail() {
        wecom.enqueueFixture("fixtures/users/list.json");
        List<User> list = users.list(1).toList();
        wecom.takeGet("/cgi-bin/user/list", "department_id", "1");
        assertEquals("jacky", list.get(0).englishName());
        assertEquals(List.of("lisi", "wangwu"), list.get(0).directLeader());
    }

    @Test
    void listIdsOnePageSendsCursorAndLimit() {
        wecom.enqueueFixture("fixtures/users/list_id-page1.json");
        UserIdPage page = users.idPage(500, "abc");
        wecom.takePost("/cgi-bin/user/list_id", "{'cursor':'abc','limit':500}");
        assertEquals("xxxxxx", page.nextCursor());
        assertEquals(new DepartmentUser("lisi", null, 2, null), page.deptUser().get(1));
    }

    @Test
    void listIdsFollowsCursorToTheEnd() {
        wecom.enqueueFixture("fixtures/users/list_id-page1.json");
        wecom.enqueueFixture("fixtures/users/list_id-page2.json");
        List<String> ids = users.listIds().stream().map(DepartmentUser::userId).toList();
        assertEquals(List.of("zhangsan", "lisi", "wangwu"), ids);
        wecom.takePost("/cgi-bin/user/list_id", "{'limit':10000}");
        wecom.takePost("/cgi-bin/user/list_id", "{'cursor':'xxxxxx','limit':10000}");
    }

    @Test
    void listIdsStoppedEarlyMakesNoFurtherRequest() {
        wecom.enqueueFixture("fixtures/users/list_id-page1.json");
        List<DepartmentUser> first = users.listIds().stream().limit(2).toList();
        assertEquals(2, first.size());
        wecom.takeRequest();
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void listIdsWalksPagesInForEach() {
        wecom.enqueueFixture("fixtures/users/list_id-page1.json");
        wecom.enqueueFixture("fixtures/users/list_id-page2.json");
        List<String> seen = new ArrayList<>();
        for (DepartmentUser row : users.listIds()) {
            seen.add(row.userId());
        }
        assertEquals(3, seen.size());
    }

    @Test
    void refusesListIdLimitAboveTenThousand() {
        WeComValidationException e = assertThrows(WeComValidationException.class, () -> users.idPage(10_001, null));
        assertTrue(e.getMessage().contains("limit"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void convertsUseridToOpenid() {
        wecom.enqueueFixture("fixtures/users/convert_to_openid.json");
        assertEquals("oDjGHs-1yCnGrRovBj2yHij5JAAA", users.convertToOpenId("zhangsan"));
        wecom.takePost("/cgi-bin/user/convert_to_openid", "{'userid':'zhangsan'}");
    }

    @Test
    void convertsOpenidToUserid() {
        wecom.enqueueFixture("fixtures/users/convert_to_userid.json");
        assertEquals("zhangsan", users.convertToUserId("oDjGHs-1yCnGrRovBj2yHij5JAAA"));
        wecom.takePost("/cgi-bin/user/convert_to_userid", "{'openid':'oDjGHs-1yCnGrRovBj2yHij5JAAA'}");
    }

    @Test
    void findsUseridByMobile() {
        wecom.enqueueFixture("fixtures/users/getuserid.json");
        assertEquals("zhangsan", users.getUserIdByMobile("13430388888"));
        wecom.takePost("/cgi-bin/user/getuserid", "{'mobile':'13430388888'}");
    }

    @Test
    void findsUseridByPersonalEmail() {
        wecom.enqueueFixture("fixtures/users/get_userid_by_email.json");
        assertEquals("zhangsan", users.getUserIdByEmail("zhangsan@gzdev.com", EmailType.PERSONAL));
        wecom.takePost("/cgi-bin/user/get_userid_by_email", "{'email':'zhangsan@gzdev.com','email_type':2}");
    }

    @Test
    void findsUseridByCorpEmailByDefault() {
        wecom.enqueueFixture("fixtures/users/get_userid_by_email.json");
        users.getUserIdByEmail("zhangsan@gzdev.com");
        wecom.takePost("/cgi-bin/user/get_userid_by_email", "{'email':'zhangsan@gzdev.com','email_type':1}");
    }

    @Test
    void invitesAndReturnsInvalidLists() {
        wecom.enqueueFixture("fixtures/users/invite.json");
        InviteResult result = users.invite(InviteRequest.builder()
                .users("UserID1", "UserID2", "UserID3")
                .departments(1, 2)
                .build());
        wecom.takePost("/cgi-bin/batch/invite", "{'user':['UserID1','UserID2','UserID3'],'party':[1,2]}");
        assertEquals(List.of("UserID1", "UserID2"), result.invalidUsers());
        assertEquals(List.of(1L, 2L), result.invalidDepartments());
        assertEquals(List.of(1L, 2L), result.invalidTags());
    }

    @Test
    void refusesInviteWithNothingToInvite() {
        assertThrows(
                WeComValidationException.class,
                () -> InviteRequest.builder()
                        .users(List.of())
                        .tags(Collections.emptySet())
                        .build());
    }

    @Test
    void refusesInviteOfMoreThanOneHundredTags() {
        Set<Long> tags = IntStream.range(0, 101).mapToObj(i -> (long) i).collect(Collectors.toSet());
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> InviteRequest.builder().tags(tags).build());
        assertTrue(e.getMessage().contains("tag") && e.getMessage().contains("100"), e.getMessage());
    }

    @Test
    void getsJoinQrCodeInASize() {
        wecom.enqueueFixture("fixtures/users/get_join_qrcode.json");
        String url = users.joinQrCode(QrCodeSize.PX_741);
        wecom.takeGet("/cgi-bin/corp/get_join_qrcode", "size_type", "3");
        assertTrue(url.startsWith("https://work.weixin.qq.com/wework_admin/genqrcode"), url);
    }

    @Test
    void getsJoinQrCodeWithoutSize() {
        wecom.enqueueFixture("fixtures/users/get_join_qrcode.json");
        users.joinQrCode();
        wecom.takeGet("/cgi-bin/corp/get_join_qrcode");
    }

    @Test
    void countsActiveMembersOfADay() {
        wecom.enqueueFixture("fixtures/users/get_active_stat.json");
        assertEquals(100462, users.activeCount(LocalDate.of(2020, 3, 27)));
        wecom.takePost("/cgi-bin/user/get_active_stat", "{'date':'2020-03-27'}");
    }

    @Test
    void surfacesUnknownUseridAsApiException() {
        wecom.enqueueFixture("fixtures/common/error-60111.json");
        WeComApiException e = assertThrows(WeComApiException.class, () -> users.get("nobody"));
        assertEquals(60111, e.errcode());
        assertEquals("1700000000_11_abcdef", e.hint());
    }

    @Test
    void updateSendsOnlyTheFieldsSet() {
        wecom.enqueueFixture("fixtures/common/ok.json");
        users.update(UserRequest.builder("a").name("n").email("a@b.c").build());
        wecom.takePost("/cgi-bin/user/update", "{'userid':'a','name':'n','email':'a@b.c'}");
    }

    @Test
    void refusesAProfileWithoutExternalAttrWhichWeComRequiresBeforeAnythingIsSent() {
        for (ExternalProfile profile : List.of(
                new ExternalProfile("企业简称", null, null, null),
                new ExternalProfile("企业简称", null, List.of(), null),
                ExternalProfile.attributes(List.of()).withWechatChannels(ExternalProfile.WechatChannels.of("号")))) {
            UserRequest.Builder builder = UserRequest.builder("zhangsan").externalProfile(profile);
            WeComValidationException e = assertThrows(WeComValidationException.class, builder::build);
            assertTrue(
                    e.getMessage().contains("external_attr") && e.getMessage().contains("92230"), e.getMessage());
        }
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void updateRefusesAProfileWithoutExternalAttrMadeWithoutTheBuilder() {
        UserRequest unchecked = new UserRequest(
                "zhangsan",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new ExternalProfile("企业简称", null, null, null),
                null,
                null,
                null,
                null,
                null);
        assertThrows(WeComValidationException.class, () -> users.update(unchecked));
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void changingTheCorpNameSendsItWithTheMembersCurrentAttributes() {
        wecom.enqueueFixture("fixtures/users/get.json");
        ExternalProfile current = users.get("zhangsan").externalProfile();
        wecom.takeRequest();
        wecom.enqueueFixture("fixtures/common/ok.json");
        users.update(UserRequest.builder("zhangsan")
                .externalProfile(
                        ExternalProfile.attributes(current.externalAttrs()).withCorpName("新简称"))
                .extAttr(new ExtAttr(null, null))
                .build());
        wecom.takePost(
                "/cgi-bin/user/update",
                "{'userid':'zhangsan','external_profile':{"
                        + "'external_corp_name':'新简称','external_attr':[{'type':0,'name':'文本名称','text':{'value':'文本'}},"
                        + "{'type':1,'name':'网页名称','web':{'url':'http://www.test.com','title':'标题'}},"
                        + "{'type':2,'name':'测试app','miniprogram':{'appid':'wx8bd80126147dFAKE','pagepath':'/index',"
                        + "'title':'my miniprogram'}}]},'extattr':{}}");
    }

    @Test
    void unknownFieldsOfAProfileReadFromWeComAreSentBackUnchanged() {
        wecom.enqueueFixture("fixtures/users/get.json");
        User user = users.get("zhangsan");
        wecom.takeRequest();
        ExtAttribute text = user.externalProfile().externalAttrs().get(0);
        ExtAttribute withExtra = new ExtAttribute(
                text.type(), text.name(), text.text(), null, null, java.util.Map.of("future_field", "kept"));
        wecom.enqueueFixture("fixtures/common/ok.json");
        users.update(UserRequest.builder("zhangsan")
                .externalProfile(ExternalProfile.attributes(withExtra))
                .build());
        wecom.takePost(
                "/cgi-bin/user/update",
                "{'userid':'zhangsan','external_profile':{'external_attr':"
                        + "[{'type':0,'name':'" + text.name() + "','text':{'value':'"
                        + text.text().value() + "'},"
                        + "'future_field':'kept'}]}}");
    }

    @Test
    void wechatChannelsStatusZeroMeansConfirmed() {
        assertTrue(new ExternalProfile.WechatChannels("n", 0, null).confirmed());
        assertFalse(new ExternalProfile.WechatChannels("n", 1, null).confirmed());
        assertFalse(new ExternalProfile.WechatChannels("n", null, null).confirmed());
    }

    @Test
    void userStatusKeepsAnUnknownRawValue() {
        User user = new User(
                "u", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, 9, null, null, null, null, null);
        assertEquals(UserStatus.UNKNOWN, user.statusType());
        assertEquals(9, user.status());
        assertEquals(UserStatus.LEFT, UserStatus.fromWire(5));
    }

    @Test
    void builderRefusesANameOverSixtyFourCharactersBeforeAnythingIsSent() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> UserRequest.builder("zhangsan").name("名".repeat(65)).build());
        assertTrue(e.getMessage().contains("name") && e.getMessage().contains("64"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void builderRefusesOrderThatDoesNotMatchTheDepartments() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> UserRequest.builder("zhangsan").department(1, 2).order(10).build());
        assertTrue(e.getMessage().contains("order"), e.getMessage());
    }

    @Test
    void simpleListWithFetchChildWalksTheSubtreeOnceEachMemberOnce() {
        enqueueSubtreeOfTwoAndThree();
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"userlist\":[{\"userid\":\"a\",\"name\":\"A\","
                + "\"department\":[2,3]}]}");
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"userlist\":[{\"userid\":\"a\",\"name\":\"A\","
                + "\"department\":[2,3]},{\"userid\":\"b\",\"name\":\"B\",\"department\":[3]}]}");
        List<String> ids =
                users.listSimple(2, true).stream().map(SimpleUser::userId).toList();
        assertEquals(List.of("a", "b"), ids);
        assertSubtreeWalkOfTwoAndThree();
    }

    @Test
    void fetchChildFailureOnALaterDepartmentSurfacesAfterTheEarlierMembers() {
        enqueueSubtreeOfTwoAndThree();
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"userlist\":[{\"userid\":\"a\",\"name\":\"A\","
                + "\"department\":[2]}]}");
        wecom.enqueueJson("{\"errcode\":60011,\"errmsg\":\"no privilege to access/modify contact/party/agent\"}");
        List<String> seen = new ArrayList<>();
        WeComApiException e = assertThrows(
                WeComApiException.class, () -> users.listSimple(2, true).forEach(user -> seen.add(user.userId())));
        assertEquals(60011, e.errcode());
        assertEquals(List.of("a"), seen);
        assertSubtreeWalkOfTwoAndThree();
    }

    /** department/simplelist?id=2 answering departments 2 and 3 (3 under 2). */
    private void enqueueSubtreeOfTwoAndThree() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"department_id\":[{\"id\":2,\"parentid\":1,"
                + "\"order\":10},{\"id\":3,\"parentid\":2,\"order\":40}]}");
    }

    /** The subtree, then each department's members, and nothing else: fetch_child is never sent. */
    private void assertSubtreeWalkOfTwoAndThree() {
        wecom.takeGet("/cgi-bin/department/simplelist", "id", "2");
        wecom.takeGet("/cgi-bin/user/simplelist", "department_id", "2");
        wecom.takeGet("/cgi-bin/user/simplelist", "department_id", "3");
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void listWithFetchChildStoppedEarlyAsksForNoFurtherDepartment() {
        wecom.enqueueFixture("fixtures/departments/simplelist.json");
        wecom.enqueueFixture("fixtures/users/list.json");
        User first = users.list(2, true).stream().findFirst().orElseThrow();
        assertEquals("zhangsan", first.userId());
        wecom.takeGet("/cgi-bin/department/simplelist", "id", "2");
        wecom.takeGet("/cgi-bin/user/list", "department_id", "2");
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void listIsLazyUntilIterated() {
        users.list(1);
        users.listSimple(1, true);
        users.listIds();
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void batchDeleteTakesVarargs() {
        wecom.enqueueFixture("fixtures/common/ok.json");
        users.batchDelete("zhangsan", "lisi");
        wecom.takePost("/cgi-bin/user/batchdelete", "{'useridlist':['zhangsan','lisi']}");
    }

    @Test
    void updateRefusesARequestMadeWithoutTheBuilderThatBreaksALimit() {
        UserRequest unchecked = new UserRequest(
                "zhangsan",
                null,
                "名".repeat(65),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        WeComValidationException e = assertThrows(WeComValidationException.class, () -> users.update(unchecked));
        assertTrue(e.getMessage().contains("name"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }
}
