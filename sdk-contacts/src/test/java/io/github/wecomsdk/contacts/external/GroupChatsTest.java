package io.github.wecomsdk.contacts.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.MockWeCom;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GroupChatsTest {

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom().strict();

    private final GroupChats chats = ExternalContacts.of(wecom.client()).groupChats();

    @Test
    void listsOnePageWithFilters() {
        wecom.enqueueFixture("fixtures/groupchats/list.json");
        GroupChatPage page = chats.listPage(
                GroupChatQuery.builder()
                        .status(GroupChatStatus.AWAITING_TRANSFER)
                        .owners("abel", "sam")
                        .build(),
                "r9FqSqsI8fgNbHLHE5QoCP50UIg2cFQbfma3l2QsmwI");
        wecom.takePost(
                "/cgi-bin/externalcontact/groupchat/list",
                "{'status_filter':1,"
                        + "'owner_filter':{'userid_list':['abel','sam']},'cursor':'r9FqSqsI8fgNbHLHE5QoCP50UIg2cFQbfma3l2QsmwI',"
                        + "'limit':1000}");
        assertEquals("wrOgQhDgAAcwMTB7YmDkbeBsAAAA", page.items().get(1).chatId());
        assertEquals("tJzlB9tdqfh-g7i_J-ehOz_TWcd7dSKa39_AqCIeMFw", page.nextCursor());
    }

    @Test
    void listFollowsCursor() {
        wecom.enqueueFixture("fixtures/groupchats/list.json");
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"group_chat_list\":[{\"chat_id\":\"c3\",\"status\":1}]}");
        List<GroupChatPage.Entry> all = chats.list().toList();
        assertEquals(3, all.size());
        assertEquals(1, all.get(2).status());
        assertEquals(GroupChatStatus.AWAITING_TRANSFER, all.get(2).statusType());
        wecom.takePost("/cgi-bin/externalcontact/groupchat/list", "{'limit':1000}");
        wecom.takePost(
                "/cgi-bin/externalcontact/groupchat/list",
                "{'cursor':'tJzlB9tdqfh-g7i_J-ehOz_TWcd7dSKa39_AqCIeMFw','limit':1000}");
    }

    @Test
    void listStoppedEarlyMakesNoFurtherRequest() {
        wecom.enqueueFixture("fixtures/groupchats/list.json");
        assertEquals(2, chats.list().stream().limit(2).count());
        wecom.takeRequest();
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesMoreThanOneHundredOwners() {
        List<String> owners = IntStream.range(0, 101).mapToObj(i -> "u" + i).toList();
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> GroupChatQuery.builder().owners(owners).build());
        assertTrue(e.getMessage().contains("100"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void statusFilterRefusesNormalWhichWeComCannotFilterOn() {
        assertThrows(
                WeComValidationException.class, () -> GroupChatQuery.builder().status(GroupChatStatus.NORMAL));
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void getsGroupWithMembersAndAdmins() {
        wecom.enqueueFixture("fixtures/groupchats/get.json");
        GroupChat chat = chats.get("wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA", true);
        wecom.takePost(
                "/cgi-bin/externalcontact/groupchat/get", "{'chat_id':'wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA','need_name':1}");
        assertEquals("销售客服群", chat.name());
        assertEquals(1572505490L, chat.createTime());
        assertEquals("jack", chat.memberList().get(0).invitor().userId());
        assertEquals(2, chat.memberList().get(1).type());
        assertEquals("王语嫣", chat.memberList().get(1).name());
        assertEquals(
                List.of("sam", "pony"),
                chat.adminList().stream().map(GroupChat.Admin::userId).toList());
    }

    @Test
    void convertsOpengidToChatid() {
        wecom.enqueueFixture("fixtures/groupchats/opengid_to_chatid.json");
        assertEquals("ooAAAAAAAAAAA", chats.opengidToChatId("oAAAAAAA"));
        wecom.takePost("/cgi-bin/externalcontact/opengid_to_chatid", "{'opengid':'oAAAAAAA'}");
    }

    @Test
    void surfacesMissingOwnerFilterAsApiException() {
        wecom.enqueueJson("{\"errcode\":81017,\"errmsg\":\"owner_filter required\"}");
        assertEquals(
                81017,
                assertThrows(WeComApiException.class, () -> chats.listPage(null))
                        .errcode());
    }

    @Test
    void getWithoutNamesSendsNeedNameZero() {
        wecom.enqueueFixture("fixtures/groupchats/get.json");
        chats.get("wr1");
        wecom.takePost("/cgi-bin/externalcontact/groupchat/get", "{'chat_id':'wr1','need_name':0}");
    }
}
