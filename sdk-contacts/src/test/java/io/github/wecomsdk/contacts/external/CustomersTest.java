package io.github.wecomsdk.contacts.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.JsonAssert;
import io.github.wecomsdk.core.testing.MockWeCom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CustomersTest {

    /** 250 members with 10 customers each: 2,500 customers, in 3 member chunks (100, 100, 50), 25 pages. */
    private static final int MEMBERS = 250;

    private static final int CUSTOMERS_PER_MEMBER = 10;

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom();

    private final Customers customers = ExternalContacts.of(wecom.client()).customers();

    @Test
    void listsFollowUsers() {
        wecom.enqueueFixture("fixtures/customers/get_follow_user_list.json");
        assertEquals(List.of("zhangsan", "lissi"), customers.listFollowUsers().toList());
        wecom.takeGet("/cgi-bin/externalcontact/get_follow_user_list");
    }

    @Test
    void listsCustomersOfOneMember() {
        wecom.enqueueFixture("fixtures/customers/list.json");
        List<String> ids = customers.list("zhangsan").toList();
        wecom.takeGet("/cgi-bin/externalcontact/list", "userid", "zhangsan");
        assertEquals(2, ids.size());
        assertEquals("woAJ2GCAAAXtWyujaWJHDDGi0mACAAA", ids.get(0));
    }

    @Test
    void getsCustomerWithFollowUsersTagsAndChannels() {
        wecom.enqueueFixture("fixtures/customers/get.json");
        CustomerDetail detail = customers.getPage("woAJ2GCAAAXtWyujaWJHDDGi0mACHAAA", null);
        wecom.takeGet("/cgi-bin/externalcontact/get", "external_userid", "woAJ2GCAAAXtWyujaWJHDDGi0mACHAAA");
        assertEquals("腾讯科技有限公司", detail.externalContact().corpFullName());
        assertEquals(2, detail.externalContact().type());
        assertEquals(CustomerType.WECOM, detail.externalContact().customerType());
        assertEquals(
                "文本",
                detail.externalContact()
                        .externalProfile()
                        .externalAttrs()
                        .get(0)
                        .text()
                        .value());
        FollowUser rocky = detail.followUser().get(0);
        assertEquals(1525779812L, rocky.createtime());
        assertEquals(3, rocky.tags().get(2).type());
        assertEquals(List.of("13800000001", "13000000002"), rocky.remarkMobiles());
        assertEquals("视频号名称", rocky.wechatChannels().nickname());
        assertEquals(ChannelsAddScene.PROFILE, rocky.wechatChannels().scene());
        assertEquals("外联二维码1", detail.followUser().get(1).state());
        assertEquals("NEXT_CURSOR", detail.nextCursor());
    }

    @Test
    void getsFollowUserPageAtCursor() {
        wecom.enqueueFixture("fixtures/customers/get-page2.json");
        customers.getPage("woAJ", "NEXT_CURSOR");
        wecom.takeGet("/cgi-bin/externalcontact/get", "external_userid", "woAJ", "cursor", "NEXT_CURSOR");
    }

    @Test
    void getJoinsEveryFollowUserPage() {
        wecom.enqueueFixture("fixtures/customers/get.json");
        wecom.enqueueFixture("fixtures/customers/get-page2.json");
        CustomerDetail all = customers.get("woAJ2GCAAAXtWyujaWJHDDGi0mACHAAA");
        assertEquals(
                List.of("rocky", "tommy", "sandy"),
                all.followUser().stream().map(FollowUser::userId).toList());
        assertEquals("李四", all.externalContact().name());
        assertEquals("", all.nextCursor());
        wecom.takeGet("/cgi-bin/externalcontact/get", "external_userid", "woAJ2GCAAAXtWyujaWJHDDGi0mACHAAA");
        wecom.takeGet(
                "/cgi-bin/externalcontact/get",
                "external_userid",
                "woAJ2GCAAAXtWyujaWJHDDGi0mACHAAA",
                "cursor",
                "NEXT_CURSOR");
    }

    @Test
    void batchGetsOnePageWithFailInfo() {
        wecom.enqueueFixture("fixtures/customers/get_by_user.json");
        CustomerPage page = customers.relationPage(List.of("rocky", "zhangsan"), "CURSOR");
        wecom.takePost(
                "/cgi-bin/externalcontact/batch/get_by_user",
                "{'userid_list':['rocky','zhangsan'],'cursor':'CURSOR','limit':100}");
        assertEquals(2, page.items().size());
        assertEquals(
                List.of("etAJ2GCAAAXtWyujaWJHDDGi0mACHAAA"),
                page.items().get(0).followInfo().tagId());
        assertEquals("外联二维码1", page.items().get(1).followInfo().state());
        assertEquals(1, page.items().get(1).externalContact().type());
        assertEquals(List.of("zhangsan"), page.failInfo().unlicensedUserIds());
        assertEquals("r9FqSqsI8fgNbHLHE5QoCP50UIg2cFQbfma3l2QsmwI", page.nextCursor());
    }

    @Test
    void refusesOneHundredAndOneMembersInOnePageCall() {
        List<String> ids = members(0, 101);
        WeComValidationException e =
                assertThrows(WeComValidationException.class, () -> customers.relationPage(ids, 100, null));
        assertTrue(e.getMessage().contains("userid_list") && e.getMessage().contains("100"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesPageLimitAboveOneHundred() {
        assertThrows(WeComValidationException.class, () -> customers.relationPage(List.of("a"), 101, null));
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesBlankMemberBeforeAnyRequest() {
        WeComValidationException e = assertThrows(WeComValidationException.class, () -> customers.listByUsers("a", ""));
        assertTrue(e.getMessage().contains("userid_list"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void walksTwoThousandFiveHundredCustomersAcrossMemberChunksAndPages() {
        enqueueCustomerPages();
        List<String> seen = customers.listByUsers(members(0, MEMBERS)).stream()
                .map(r -> r.externalContact().externalUserId())
                .toList();
        assertEquals(MEMBERS * CUSTOMERS_PER_MEMBER, seen.size());
        assertEquals(seen.size(), new HashSet<>(seen).size());
        assertEquals("wm_m0_0", seen.get(0));
        assertEquals("wm_m249_9", seen.get(seen.size() - 1));
        List<RecordedRequest> requests =
                IntStream.range(0, 25).mapToObj(i -> wecom.takeRequest()).toList();
        assertEquals(0, wecom.pendingRequests());
        JsonAssert.assertJsonEquals(
                "{'userid_list':" + json(members(0, 100)) + ",'limit':100}", MockWeCom.bodyOf(requests.get(0)));
        JsonAssert.assertJsonEquals(
                "{'userid_list':" + json(members(0, 100)) + ",'cursor':'c0p1','limit':100}",
                MockWeCom.bodyOf(requests.get(1)));
        JsonAssert.assertJsonEquals(
                "{'userid_list':" + json(members(100, 100)) + ",'limit':100}", MockWeCom.bodyOf(requests.get(10)));
        JsonAssert.assertJsonEquals(
                "{'userid_list':" + json(members(200, 50)) + ",'cursor':'c2p4','limit':100}",
                MockWeCom.bodyOf(requests.get(24)));
        for (RecordedRequest request : requests) {
            assertEquals(
                    "/cgi-bin/externalcontact/batch/get_by_user",
                    request.getUrl().encodedPath());
        }
    }

    @Test
    void consumerStoppingEarlyMakesNoFurtherRequests() {
        enqueueCustomerPages();
        long taken =
                customers.listByUsers(members(0, MEMBERS)).stream().limit(1050).count();
        assertEquals(1050, taken);
        for (int i = 0; i < 11; i++) {
            wecom.takeRequest();
        }
        assertEquals(0, wecom.pendingRequests(), "only 10 pages of chunk 1 and the first of chunk 2 were fetched");
    }

    @Test
    void forEachLoopBreakingEarlyMakesNoFurtherRequests() {
        enqueueCustomerPages();
        List<CustomerRelation> firstPage = new ArrayList<>();
        for (CustomerRelation relation : customers.listByUsers(members(0, MEMBERS))) {
            firstPage.add(relation);
            if (firstPage.size() == 100) {
                break;
            }
        }
        wecom.takeRequest();
        assertEquals(0, wecom.pendingRequests());
        assertEquals("m9", firstPage.get(99).followInfo().userId());
    }

    @Test
    void errorOnASecondPageSurfacesAsApiExceptionAfterTheFirstPageItems() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"external_contact_list\":[{\"external_contact\":"
                + "{\"external_userid\":\"wm1\"},\"follow_info\":{\"userid\":\"m0\"}}],\"next_cursor\":\"p2\"}");
        wecom.enqueueJson("{\"errcode\":48002,\"errmsg\":\"api forbidden\"}");
        List<String> seen = new ArrayList<>();
        WeComApiException e = assertThrows(
                WeComApiException.class,
                () -> customers
                        .listByUsers(members(0, 1))
                        .forEach(r -> seen.add(r.externalContact().externalUserId())));
        assertEquals(48002, e.errcode());
        assertEquals(List.of("wm1"), seen);
    }

    @Test
    void exactlyOneHundredMembersGoInOneChunk() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"external_contact_list\":[],\"next_cursor\":\"\"}");
        assertEquals(0, customers.listByUsers(members(0, 100)).stream().count());
        wecom.takePost(
                "/cgi-bin/externalcontact/batch/get_by_user",
                "{'userid_list':" + json(members(0, 100)) + ",'limit':100}");
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void remarksCustomerAndClearsMobiles() {
        wecom.enqueueFixture("fixtures/common/ok.json");
        customers.updateRemark(RemarkRequest.builder("zhangsan", "woAJ2GCAAAd1NPGHKSD4wKmE8Aabj9AAA")
                .remark("备注信息")
                .description("描述信息")
                .remarkCompany("腾讯科技")
                .remarkMobiles(List.of())
                .remarkPicMediaId("MEDIAID")
                .build());
        wecom.takePost(
                "/cgi-bin/externalcontact/remark",
                "{'userid':'zhangsan',"
                        + "'external_userid':'woAJ2GCAAAd1NPGHKSD4wKmE8Aabj9AAA','remark':'备注信息','description':'描述信息',"
                        + "'remark_company':'腾讯科技','remark_mobiles':[''],'remark_pic_mediaid':'MEDIAID'}");
    }

    @Test
    void refusesRemarkWithNothingToChange() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> RemarkRequest.builder("zhangsan", "wo1").build());
        assertTrue(e.getMessage().contains("remark"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesRemarkOverTwentyCharacters() {
        assertThrows(
                WeComValidationException.class,
                () -> RemarkRequest.builder("zhangsan", "wo1")
                        .remark("备".repeat(21))
                        .build());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void surfacesUnlicensedMembersAsApiException() {
        wecom.enqueueJson("{\"errcode\":701008,\"errmsg\":\"all userids unlicensed\"}");
        WeComApiException e = assertThrows(
                WeComApiException.class,
                () -> customers.listByUsers("a").stream().findFirst());
        assertEquals(701008, e.errcode());
    }

    @Test
    void getRefusesBlankExternalUserid() {
        assertThrows(WeComValidationException.class, () -> customers.get(" "));
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void walkRefusesAnEmptyMemberList() {
        Set<String> none = Set.of();
        assertThrows(WeComValidationException.class, () -> customers.listByUsers(none));
        assertEquals(0, wecom.pendingRequests());
    }

    private void enqueueCustomerPages() {
        List<List<String>> chunks = List.of(members(0, 100), members(100, 100), members(200, 50));
        for (int c = 0; c < chunks.size(); c++) {
            List<String> relations = new ArrayList<>();
            for (String member : chunks.get(c)) {
                for (int k = 0; k < CUSTOMERS_PER_MEMBER; k++) {
                    relations.add("{\"external_contact\":{\"external_userid\":\"wm_" + member + "_" + k
                            + "\",\"name\":\"客户" + k + "\",\"type\":1},\"follow_info\":{\"userid\":\"" + member
                            + "\",\"createtime\":1525779812,\"tag_id\":[],\"add_way\":1}}");
                }
            }
            int pages = relations.size() / 100;
            for (int p = 0; p < pages; p++) {
                String next = p + 1 < pages ? "c" + c + "p" + (p + 1) : "";
                wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"external_contact_list\":["
                        + String.join(",", relations.subList(p * 100, p * 100 + 100)) + "],\"next_cursor\":\""
                        + next + "\"}");
            }
        }
    }

    private static List<String> members(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(i -> "m" + i).toList();
    }

    private static String json(List<String> ids) {
        return ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",", "[", "]"));
    }

    @Test
    void getWithoutANextCursorMakesOneRequest() {
        wecom.enqueueFixture("fixtures/customers/get-page2.json");
        CustomerDetail detail = customers.get("woAJ");
        wecom.takeGet("/cgi-bin/externalcontact/get", "external_userid", "woAJ");
        assertEquals(0, wecom.pendingRequests());
        assertEquals(1, detail.followUser().size());
    }

    @Test
    void listsAreLazyUntilIterated() {
        customers.listFollowUsers();
        customers.list("zhangsan");
        customers.listByUsers("a");
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void channelsSceneKeepsAValueThisSdkDoesNotKnow() {
        WechatChannelsSource source = new WechatChannelsSource("n", 7, null);
        assertEquals(ChannelsAddScene.UNKNOWN, source.scene());
        assertEquals(7, source.source());
        assertEquals(ChannelsAddScene.NOT_RECORDED, ChannelsAddScene.fromWire(0));
        assertEquals(ChannelsAddScene.LIVE_ROOM, ChannelsAddScene.fromWire(2));
        assertEquals(ChannelsAddScene.LEAD_CAPTURE_SERVICE, ChannelsAddScene.fromWire(3));
    }
}
