package io.github.wecomsdk.contacts.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.PartialFailureException;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.MockWeCom;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TransfersTest {

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom().strict();

    private final Transfers transfers = ExternalContacts.of(wecom.client()).transfers();

    @Test
    void transfersCustomersWithMessage() {
        wecom.enqueueFixture("fixtures/transfers/transfer_customer.json");
        List<TransferOutcome> outcomes = transfers.transferCustomers(
                "zhangsan",
                "lisi",
                List.of("woAJ2GCAAAXtWyujaWJHDDGi0mACAAA", "woAJ2GCAAAXtWyujaWJHDDGi0mACBBBB"),
                "您好，您的服务已升级");
        wecom.takePost(
                "/cgi-bin/externalcontact/transfer_customer",
                "{'handover_userid':'zhangsan',"
                        + "'takeover_userid':'lisi','external_userid':['woAJ2GCAAAXtWyujaWJHDDGi0mACAAA',"
                        + "'woAJ2GCAAAXtWyujaWJHDDGi0mACBBBB'],'transfer_success_msg':'您好，您的服务已升级'}");
        assertEquals(new TransferOutcome("woAJ2GCAAAXtWyujaWJHDDGi0mACAAA", 40096, null), outcomes.get(0));
        assertEquals(0, outcomes.get(1).errcode());
    }

    @Test
    void splitsTwoHundredFiftyCustomersIntoThreeCallsAndMergesOutcomes() {
        List<String> ids = IntStream.range(0, 250).mapToObj(i -> "wm" + i).toList();
        for (int from = 0; from < 250; from += 100) {
            wecom.enqueueJson(IntStream.range(from, Math.min(250, from + 100))
                    .mapToObj(i -> "{\"external_userid\":\"wm" + i + "\",\"errcode\":0}")
                    .collect(Collectors.joining(",", "{\"errcode\":0,\"errmsg\":\"ok\",\"customer\":[", "]}")));
        }
        List<TransferOutcome> outcomes = transfers.transferCustomers("a", "b", ids);
        assertEquals(250, outcomes.size());
        assertEquals("wm249", outcomes.get(249).externalUserId());
        for (int from = 0; from < 250; from += 100) {
            String chunk = ids.subList(from, Math.min(250, from + 100)).stream()
                    .map(id -> "'" + id + "'")
                    .collect(Collectors.joining(",", "[", "]"));
            wecom.takePost(
                    "/cgi-bin/externalcontact/transfer_customer",
                    "{'handover_userid':'a','takeover_userid':'b','external_userid':" + chunk + "}");
        }
    }

    @Test
    void refusesSuccessMessageOverTwoHundredCharacters() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> transfers.transferCustomers("a", "b", List.of("wm"), "字".repeat(201)));
        assertTrue(e.getMessage().contains("transfer_success_msg"), e.getMessage());
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void refusesTransferWithoutHandover() {
        assertThrows(WeComValidationException.class, () -> transfers.transferCustomers(" ", "b", List.of("wm")));
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void readsTransferResultPage() {
        wecom.enqueueFixture("fixtures/transfers/transfer_result.json");
        TransferStatusPage page = transfers.transferResultPage("zhangsan", "lisi", "CURSOR");
        wecom.takePost(
                "/cgi-bin/externalcontact/transfer_result",
                "{'handover_userid':'zhangsan','takeover_userid':'lisi','cursor':'CURSOR'}");
        assertEquals(3, page.items().size());
        assertEquals(1588482400L, page.items().get(1).takeoverTime());
        assertEquals(3, page.items().get(2).status());
        assertEquals(TransferStatus.REFUSED_BY_CUSTOMER, page.items().get(2).statusType());
        assertEquals(TransferStatus.UNKNOWN, TransferStatus.fromWire(9));
    }

    @Test
    void listTransferResultsStopsEarlyWithoutFurtherRequests() {
        wecom.enqueueFixture("fixtures/transfers/transfer_result.json");
        assertEquals(
                1,
                transfers.listTransferResults("zhangsan", "lisi").stream()
                        .limit(1)
                        .count());
        wecom.takePost(
                "/cgi-bin/externalcontact/transfer_result", "{'handover_userid':'zhangsan','takeover_userid':'lisi'}");
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void readsUnassignedPage() {
        wecom.enqueueFixture("fixtures/transfers/get_unassigned_list.json");
        UnassignedPage page = transfers.unassignedPage(null);
        wecom.takePost("/cgi-bin/externalcontact/get_unassigned_list", "{'page_size':1000}");
        assertEquals("lisi", page.items().get(1).handoverUserId());
        assertEquals(1550661468L, page.items().get(1).dimissionTime());
        assertEquals("aSfwejksvhToiMMfFeIGZZ", page.nextCursor());
    }

    @Test
    void listUnassignedStopsAtIsLast() {
        wecom.enqueueFixture("fixtures/transfers/get_unassigned_list.json");
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"info\":[{\"handover_userid\":\"x\","
                + "\"external_userid\":\"wm\",\"dimission_time\":1}],\"is_last\":true,\"next_cursor\":\"ignored\"}");
        assertEquals(3, transfers.listUnassigned().stream().count());
        wecom.takePost("/cgi-bin/externalcontact/get_unassigned_list", "{'page_size':1000}");
        wecom.takePost(
                "/cgi-bin/externalcontact/get_unassigned_list", "{'cursor':'aSfwejksvhToiMMfFeIGZZ','page_size':1000}");
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void transfersResignedMembersCustomers() {
        wecom.enqueueFixture("fixtures/transfers/transfer_customer.json");
        List<TransferOutcome> outcomes =
                transfers.transferResignedCustomers("zhangsan", "lisi", List.of("woAJ2GCAAAXtWyujaWJHDDGi0mACAAA"));
        wecom.takePost(
                "/cgi-bin/externalcontact/resigned/transfer_customer",
                "{'handover_userid':'zhangsan',"
                        + "'takeover_userid':'lisi','external_userid':['woAJ2GCAAAXtWyujaWJHDDGi0mACAAA']}");
        assertEquals(2, outcomes.size());
    }

    @Test
    void readsResignedTransferResult() {
        wecom.enqueueFixture("fixtures/transfers/transfer_result.json");
        transfers.resignedTransferResultPage("zhangsan", "lisi", null);
        wecom.takePost(
                "/cgi-bin/externalcontact/resigned/transfer_result",
                "{'handover_userid':'zhangsan','takeover_userid':'lisi'}");
    }

    @Test
    void listResignedTransferResultsFollowsCursor() {
        wecom.enqueueFixture("fixtures/transfers/transfer_result.json");
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"customer\":[],\"next_cursor\":\"\"}");
        assertEquals(
                3,
                transfers.listResignedTransferResults("zhangsan", "lisi").stream()
                        .count());
        wecom.takeRequest();
        wecom.takePost(
                "/cgi-bin/externalcontact/resigned/transfer_result",
                "{'handover_userid':'zhangsan','takeover_userid':'lisi','cursor':'NEXT_CURSOR'}");
    }

    @Test
    void transfersGroupChatsAndReturnsFailures() {
        wecom.enqueueFixture("fixtures/transfers/groupchat_transfer.json");
        List<FailedChat> failed = transfers.transferGroupChats(
                List.of("wrOgQhDgAAcwMTB7YmDkbeBsgT_AAAA", "wrOgQhDgAAcwMTB7YmDkbeBsgT_KAAAA"), "zhangsan");
        wecom.takePost(
                "/cgi-bin/externalcontact/groupchat/transfer",
                "{'chat_id_list':"
                        + "['wrOgQhDgAAcwMTB7YmDkbeBsgT_AAAA','wrOgQhDgAAcwMTB7YmDkbeBsgT_KAAAA'],'new_owner':'zhangsan'}");
        assertEquals(
                new FailedChat(
                        "wrOgQhDgAAcwMTB7YmDkbeBsgT_KAAAA", 90500, "the owner of this chat is not resigned", null),
                failed.get(0));
    }

    @Test
    void transfersOnJobGroupChats() {
        wecom.enqueueFixture("fixtures/common/ok.json");
        assertEquals(List.of(), transfers.transferGroupChatsOnJob(List.of("c1"), "zhangsan"));
        wecom.takePost(
                "/cgi-bin/externalcontact/groupchat/onjob_transfer", "{'chat_id_list':['c1'],'new_owner':'zhangsan'}");
    }

    @Test
    void splitsGroupTransferOfOneHundredAndOneChats() {
        wecom.enqueueFixture("fixtures/transfers/groupchat_transfer.json");
        wecom.enqueueFixture("fixtures/transfers/groupchat_transfer.json");
        List<String> chats = IntStream.range(0, 101).mapToObj(i -> "c" + i).toList();
        assertEquals(2, transfers.transferGroupChats(chats, "o").size());
        wecom.takeRequest();
        wecom.takePost("/cgi-bin/externalcontact/groupchat/transfer", "{'chat_id_list':['c100'],'new_owner':'o'}");
    }

    @Test
    void refusesGroupTransferWithoutNewOwner() {
        assertThrows(WeComValidationException.class, () -> transfers.transferGroupChats(List.of("c"), null));
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void surfacesTransferLimitAsApiException() {
        wecom.enqueueJson("{\"errcode\":40128,\"errmsg\":\"transfer limit\"}");
        assertEquals(
                40128,
                assertThrows(WeComApiException.class, () -> transfers.transferCustomers("a", "b", List.of("wm")))
                        .errcode());
    }

    @Test
    void aFailureAfterTheFirstCallKeepsEarlierOutcomesAndNamesWhatRemains() {
        List<String> ids = IntStream.range(0, 250).mapToObj(i -> "wm" + i).toList();
        wecom.enqueueJson(IntStream.range(0, 100)
                .mapToObj(i -> "{\"external_userid\":\"wm" + i + "\",\"errcode\":0}")
                .collect(Collectors.joining(",", "{\"errcode\":0,\"errmsg\":\"ok\",\"customer\":[", "]}")));
        wecom.enqueueJson("{\"errcode\":40128,\"errmsg\":\"transfer limit\"}");
        PartialFailureException e =
                assertThrows(PartialFailureException.class, () -> transfers.transferCustomers("a", "b", ids));
        assertEquals(1, e.succeeded().size());
        assertEquals(100, ((List<?>) e.succeeded().get(0)).size());
        assertEquals(ids.subList(100, 250), e.remaining());
        assertEquals(40128, ((WeComApiException) e.getCause()).errcode());
        wecom.takeRequest();
        wecom.takeRequest();
        assertEquals(0, wecom.pendingRequests(), "the third chunk is never sent");
    }

    @Test
    void aFailureOfTheFirstCallIsThrownAsItIs() {
        List<String> chats = IntStream.range(0, 150).mapToObj(i -> "c" + i).toList();
        wecom.enqueueJson("{\"errcode\":40128,\"errmsg\":\"transfer limit\"}");
        assertEquals(
                40128,
                assertThrows(WeComApiException.class, () -> transfers.transferGroupChats(chats, "o"))
                        .errcode());
        wecom.takeRequest();
        assertEquals(0, wecom.pendingRequests());
    }
}
