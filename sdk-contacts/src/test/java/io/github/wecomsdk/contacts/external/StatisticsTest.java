package io.github.wecomsdk.contacts.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.MockWeCom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StatisticsTest {

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom().strict();

    private final Statistics statistics = ExternalContacts.of(wecom.client()).statistics();

    @Test
    void readsUserBehaviorData() {
        wecom.enqueueFixture("fixtures/statistics/get_user_behavior_data.json");
        List<BehaviorData> days = statistics.getUserBehavior(UserBehaviorQuery.builder(1536508800L, 1536595200L)
                .users("zhangsan", "lisi")
                .departments(1001, 1002)
                .build());
        wecom.takePost(
                "/cgi-bin/externalcontact/get_user_behavior_data",
                "{'userid':['zhangsan','lisi'],"
                        + "'partyid':[1001,1002],'start_time':1536508800,'end_time':1536595200}");
        assertEquals(33.3, days.get(0).replyPercentage());
        assertEquals(5, days.get(0).newContactCnt());
        assertNull(days.get(1).avgReplyTime());
    }

    @Test
    void refusesBehaviorQueryWithoutMembersOrDepartments() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> UserBehaviorQuery.builder(0, 1).departments(List.of()).build());
        assertTrue(e.getMessage().contains("userid and partyid"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesBehaviorSpanOverThirtyDays() {
        assertThrows(
                WeComValidationException.class,
                () -> UserBehaviorQuery.builder(0, 31L * 24 * 3600).users("a").build());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void readsGroupChatStatisticsByOwner() {
        wecom.enqueueFixture("fixtures/statistics/groupchat_statistic.json");
        GroupChatStatistic stats = statistics.groupChatStatisticPage(
                GroupChatStatisticQuery.builder(1600272000L)
                        .dayEndTime(1600444800L)
                        .owners("zhangsan")
                        .order(2, false)
                        .build(),
                0,
                1000);
        wecom.takePost(
                "/cgi-bin/externalcontact/groupchat/statistic",
                "{'day_begin_time':1600272000,"
                        + "'day_end_time':1600444800,'owner_filter':{'userid_list':['zhangsan']},'order_by':2,'order_asc':0,"
                        + "'offset':0,'limit':1000}");
        assertEquals(2, stats.total());
        assertEquals(2, stats.nextOffset());
        assertEquals("lisi", stats.items().get(1).owner());
        assertEquals(3, stats.items().get(1).data().chatTotal());
        assertEquals(3, stats.items().get(0).data().migrateTraineeChatCnt());
    }

    @Test
    void listGroupChatStatisticsFollowsOffsetUntilAShortPage() {
        String full = java.util.stream.IntStream.range(0, 1000)
                .mapToObj(i -> "{\"owner\":\"u" + i + "\",\"data\":{\"chat_total\":1}}")
                .collect(java.util.stream.Collectors.joining(","));
        wecom.enqueueJson(
                "{\"errcode\":0,\"errmsg\":\"ok\",\"total\":1001,\"next_offset\":1000,\"items\":[" + full + "]}");
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"total\":1001,\"next_offset\":1001,\"items\":[{\"owner\":"
                + "\"wangwu\",\"data\":{\"chat_total\":1}}]}");
        List<String> owners =
                statistics
                        .listGroupChatStatistics(
                                GroupChatStatisticQuery.builder(1600272000L).build())
                        .stream()
                        .map(GroupChatStatistic.Item::owner)
                        .toList();
        assertEquals(1001, owners.size());
        assertEquals("wangwu", owners.get(1000));
        wecom.takePost(
                "/cgi-bin/externalcontact/groupchat/statistic",
                "{'day_begin_time':1600272000,'offset':0,'limit':1000}");
        wecom.takePost(
                "/cgi-bin/externalcontact/groupchat/statistic",
                "{'day_begin_time':1600272000,'offset':1000,'limit':1000}");
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void listGroupChatStatisticsStoppedEarlyMakesNoFurtherRequest() {
        wecom.enqueueFixture("fixtures/statistics/groupchat_statistic.json");
        assertEquals(
                1,
                statistics
                        .listGroupChatStatistics(
                                GroupChatStatisticQuery.builder(1600272000L).build())
                        .stream()
                        .limit(1)
                        .count());
        wecom.takeRequest();
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesGroupStatisticLimitAboveOneThousand() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> statistics.groupChatStatisticPage(
                        GroupChatStatisticQuery.builder(0).build(), 0, 1001));
        assertTrue(e.getMessage().contains("limit"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void surfacesErrcodeAsApiException() {
        wecom.enqueueJson("{\"errcode\":81017,\"errmsg\":\"owner_filter required\"}");
        assertEquals(
                81017,
                assertThrows(
                                WeComApiException.class,
                                () -> statistics.groupChatStatisticPage(
                                        GroupChatStatisticQuery.builder(1600272000L)
                                                .build(),
                                        0,
                                        500))
                        .errcode());
    }
}
