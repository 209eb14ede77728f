package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.Batches;
import io.github.wecomsdk.core.Pages;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Customer and group transfers (在职继承 and 离职继承). Lists longer than WeCom's 100 per call are split
 * into calls of 100 and the answers merged; when a later call fails, the earlier ones have already
 * started their transfers. Every method throws {@link io.github.wecomsdk.core.WeComApiException} for a
 * non-zero errcode and {@link io.github.wecomsdk.core.WeComValidationException} for bad input, before
 * any request.
 */
public final class Transfers {

    /** WeCom's largest number of customers or groups per transfer call. */
    public static final int MAX_PER_CALL = 100;
    /** WeCom's largest page size for {@code get_unassigned_list}. */
    public static final int MAX_UNASSIGNED_PAGE = 1000;

    private final WeComClient client;

    Transfers(WeComClient client) {
        this.client = client;
    }

    /**
     * Moves customers from a member to another while both work here
     * ({@code POST /cgi-bin/externalcontact/transfer_customer}), 100 per call. A customer can be moved
     * at most twice in 90 days.
     *
     * @param handoverUserid  the member giving the customers away
     * @param takeoverUserid  the member receiving them
     * @param externalUserids the customers, any number (split into calls of 100)
     * @param successMessage  the message customers get, at most 200 characters, or {@code null} for
     *                        WeCom's default
     * @return one outcome per customer, in order
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode; calls for
     *         earlier chunks of 100 have already been made and their transfers started
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public List<TransferOutcome> transferCustomers(String handoverUserid, String takeoverUserid,
                                                   Collection<String> externalUserids, String successMessage) {
        Checks.maxChars(successMessage, 200, "transfer_success_msg");
        return transfer("/cgi-bin/externalcontact/transfer_customer", handoverUserid, takeoverUserid,
                externalUserids, successMessage);
    }

    private List<TransferOutcome> transfer(String path, String handoverUserid, String takeoverUserid,
                                           Collection<String> externalUserids, String successMessage) {
        members(handoverUserid, takeoverUserid);
        Checks.notEmptyIds(externalUserids, "external_userid");
        return Batches.splitAndMerge(externalUserids, MAX_PER_CALL,
                chunk -> client.execute(ApiRequest.post(path)
                        .body(new Transfer(handoverUserid, takeoverUserid, chunk, successMessage)).build(),
                        Outcomes.class).customer(), Transfers::concat);
    }

    /**
     * One page of the status of on-job transfers between two members
     * ({@code POST /cgi-bin/externalcontact/transfer_result}).
     *
     * @param handoverUserid the member who gave the customers away
     * @param takeoverUserid the member who received them
     * @param cursor         the previous page's {@code next_cursor}, or {@code null}
     * @return the page (up to 1,000)
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public TransferStatusPage transferResult(String handoverUserid, String takeoverUserid, String cursor) {
        return status("/cgi-bin/externalcontact/transfer_result", handoverUserid, takeoverUserid, cursor);
    }

    /**
     * Every on-job transfer status between two members, following the cursor lazily.
     *
     * @param handoverUserid the member who gave the customers away
     * @param takeoverUserid the member who received them
     * @return a lazy stream
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public Stream<TransferStatusPage.Entry> transferResults(String handoverUserid, String takeoverUserid) {
        members(handoverUserid, takeoverUserid);
        return Pages.followCursor(cursor -> transferResult(handoverUserid, takeoverUserid, cursor));
    }

    /**
     * One page of resigned members' customers and groups awaiting assignment
     * ({@code POST /cgi-bin/externalcontact/get_unassigned_list}).
     *
     * @param cursor   the previous page's {@code next_cursor}, or {@code null}
     * @param pageSize the page size, 1 to 1,000
     * @return the page
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public UnassignedPage unassigned(String cursor, int pageSize) {
        Checks.range(pageSize, 1, MAX_UNASSIGNED_PAGE, "page_size");
        return client.execute(ApiRequest.post("/cgi-bin/externalcontact/get_unassigned_list")
                .body(new UnassignedBody(cursor == null || cursor.isEmpty() ? null : cursor, pageSize))
                .repeatable().build(), UnassignedPage.class);
    }

    /**
     * Every customer awaiting assignment, following the cursor lazily with pages of 1,000.
     *
     * @return a lazy stream
     */
    public Stream<UnassignedPage.Entry> unassignedAll() {
        return Pages.followCursor(cursor -> unassigned(cursor, MAX_UNASSIGNED_PAGE));
    }

    /**
     * Assigns a resigned member's customers to another member
     * ({@code POST /cgi-bin/externalcontact/resigned/transfer_customer}), 100 per call.
     *
     * @param handoverUserid  the resigned member
     * @param takeoverUserid  the member receiving the customers
     * @param externalUserids the customers, any number (split into calls of 100)
     * @return one outcome per customer, in order
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode; calls for
     *         earlier chunks of 100 have already been made and their transfers started
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public List<TransferOutcome> transferResignedCustomers(String handoverUserid, String takeoverUserid,
                                                           Collection<String> externalUserids) {
        return transfer("/cgi-bin/externalcontact/resigned/transfer_customer", handoverUserid, takeoverUserid,
                externalUserids, null);
    }

    /**
     * One page of the status of resigned-member transfers
     * ({@code POST /cgi-bin/externalcontact/resigned/transfer_result}).
     *
     * @param handoverUserid the resigned member
     * @param takeoverUserid the member who received the customers
     * @param cursor         the previous page's {@code next_cursor}, or {@code null}
     * @return the page
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public TransferStatusPage resignedTransferResult(String handoverUserid, String takeoverUserid, String cursor) {
        return status("/cgi-bin/externalcontact/resigned/transfer_result", handoverUserid, takeoverUserid, cursor);
    }

    /**
     * Every resigned-member transfer status between two members, following the cursor lazily.
     *
     * @param handoverUserid the resigned member
     * @param takeoverUserid the member who received the customers
     * @return a lazy stream
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public Stream<TransferStatusPage.Entry> resignedTransferResults(String handoverUserid, String takeoverUserid) {
        members(handoverUserid, takeoverUserid);
        return Pages.followCursor(cursor -> resignedTransferResult(handoverUserid, takeoverUserid, cursor));
    }

    /**
     * Gives a resigned owner's customer groups to a new owner
     * ({@code POST /cgi-bin/externalcontact/groupchat/transfer}), 100 per call; at most 300 groups per
     * new owner per day.
     *
     * @param chatIds  the groups, any number (split into calls of 100)
     * @param newOwner the new owner's userid
     * @return the groups not moved, with WeCom's reason
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode; calls for
     *         earlier chunks of 100 have already been made and their transfers started
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public List<FailedChat> transferGroupChats(Collection<String> chatIds, String newOwner) {
        return groupTransfer("/cgi-bin/externalcontact/groupchat/transfer", chatIds, newOwner);
    }

    /**
     * Gives a working owner's customer groups to a new owner
     * ({@code POST /cgi-bin/externalcontact/groupchat/onjob_transfer}), 100 per call; each group can be
     * moved at most twice in 90 days.
     *
     * @param chatIds  the groups, any number (split into calls of 100)
     * @param newOwner the new owner's userid
     * @return the groups not moved, with WeCom's reason
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode; calls for
     *         earlier chunks of 100 have already been made and their transfers started
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public List<FailedChat> transferGroupChatsOnJob(Collection<String> chatIds, String newOwner) {
        return groupTransfer("/cgi-bin/externalcontact/groupchat/onjob_transfer", chatIds, newOwner);
    }

    private List<FailedChat> groupTransfer(String path, Collection<String> chatIds, String newOwner) {
        Checks.notEmptyIds(chatIds, "chat_id_list");
        Checks.notBlank(newOwner, "new_owner");
        return Batches.splitAndMerge(chatIds, MAX_PER_CALL,
                chunk -> client.execute(ApiRequest.post(path).body(new GroupTransfer(chunk, newOwner)).build(),
                        Failed.class).failedChatList(), Transfers::concat);
    }

    private TransferStatusPage status(String path, String handoverUserid, String takeoverUserid, String cursor) {
        members(handoverUserid, takeoverUserid);
        return client.execute(ApiRequest.post(path)
                .body(new StatusBody(handoverUserid, takeoverUserid,
                        cursor == null || cursor.isEmpty() ? null : cursor))
                .repeatable().build(), TransferStatusPage.class);
    }

    private static void members(String handoverUserid, String takeoverUserid) {
        Checks.notBlank(handoverUserid, "handover_userid");
        Checks.notBlank(takeoverUserid, "takeover_userid");
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private record Transfer(@JsonProperty("handover_userid") String handoverUserid,
                            @JsonProperty("takeover_userid") String takeoverUserid,
                            @JsonProperty("external_userid") List<String> externalUserid,
                            @JsonProperty("transfer_success_msg") String transferSuccessMsg) {
    }

    private record Outcomes(@JsonProperty("customer") List<TransferOutcome> customer) {
        Outcomes {
            customer = customer == null ? List.of() : List.copyOf(customer);
        }
    }

    private record StatusBody(@JsonProperty("handover_userid") String handoverUserid,
                              @JsonProperty("takeover_userid") String takeoverUserid,
                              @JsonProperty("cursor") String cursor) {
    }

    private record UnassignedBody(@JsonProperty("cursor") String cursor, @JsonProperty("page_size") int pageSize) {
    }

    private record GroupTransfer(@JsonProperty("chat_id_list") List<String> chatIdList,
                                 @JsonProperty("new_owner") String newOwner) {
    }

    private record Failed(@JsonProperty("failed_chat_list") List<FailedChat> failedChatList) {
        Failed {
            failedChatList = failedChatList == null ? List.of() : List.copyOf(failedChatList);
        }
    }
}
