package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.Batches;
import io.github.wecomsdk.core.PagedIterable;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Customer and group transfers (在职继承 and 离职继承). Lists longer than WeCom's 100 per call are split
 * into calls of 100 and the answers merged. When a later call fails after earlier ones succeeded, the
 * call throws {@link io.github.wecomsdk.core.PartialFailureException}: its {@code succeeded()} holds
 * WeCom's answer to each call that succeeded (a {@code List} of outcomes, or of failed chats, per call),
 * its {@code remaining()} the ids not yet sent; retry exactly those. Every method throws
 * {@link io.github.wecomsdk.core.WeComApiException} for a non-zero errcode and
 * {@link io.github.wecomsdk.core.WeComValidationException} for bad input, before any request.
 *
 * <p>Each walk here has its single-request page call named after what it pages
 * ({@link #transferResultPage(String, String, String)}, {@link #unassignedPage(String)}, ...).
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
     * ({@code POST /cgi-bin/externalcontact/transfer_customer}), 100 per call, with WeCom's default
     * message to the customers. A customer can be moved at most twice in 90 days.
     *
     * @param handoverUserId  the member giving the customers away
     * @param takeoverUserId  the member receiving them
     * @param externalUserIds the customers, any number (split into calls of 100)
     * @return one outcome per customer, in order
     * @throws io.github.wecomsdk.core.WeComApiException if the first call is refused; nothing was transferred
     * @throws io.github.wecomsdk.core.PartialFailureException if a later call failed: earlier calls' transfers
     *         have started and are in {@code succeeded()}, the ids not sent in {@code remaining()}
     * @throws io.github.wecomsdk.core.WeComValidationException if an id is blank or the list empty; nothing
     *         was sent
     */
    public List<TransferOutcome> transferCustomers(
            String handoverUserId, String takeoverUserId, Collection<String> externalUserIds) {
        return transfer(
                "/cgi-bin/externalcontact/transfer_customer", handoverUserId, takeoverUserId, externalUserIds, null);
    }

    /**
     * Moves customers from a member to another while both work here
     * ({@code POST /cgi-bin/externalcontact/transfer_customer}), 100 per call. A customer can be moved
     * at most twice in 90 days.
     *
     * @param handoverUserId  the member giving the customers away
     * @param takeoverUserId  the member receiving them
     * @param externalUserIds the customers, any number (split into calls of 100)
     * @param successMessage  the message customers get, at most 200 characters
     * @return one outcome per customer, in order
     * @throws io.github.wecomsdk.core.WeComApiException if the first call is refused; nothing was transferred
     * @throws io.github.wecomsdk.core.PartialFailureException if a later call failed: earlier calls' transfers
     *         have started and are in {@code succeeded()}, the ids not sent in {@code remaining()}
     * @throws io.github.wecomsdk.core.WeComValidationException if an id is blank, the list empty or the
     *         message too long; nothing was sent
     */
    public List<TransferOutcome> transferCustomers(
            String handoverUserId, String takeoverUserId, Collection<String> externalUserIds, String successMessage) {
        Checks.notBlank(successMessage, "transfer_success_msg");
        Checks.maxChars(successMessage, 200, "transfer_success_msg");
        return transfer(
                "/cgi-bin/externalcontact/transfer_customer",
                handoverUserId,
                takeoverUserId,
                externalUserIds,
                successMessage);
    }

    /**
     * Every customer's state in the transfers from one member to another
     * ({@code POST /cgi-bin/externalcontact/transfer_result}), following the cursor lazily.
     *
     * @param handoverUserId the member who gave the customers away
     * @param takeoverUserId the member receiving them
     * @return the states, lazily
     * @throws io.github.wecomsdk.core.WeComApiException while iterating, if WeCom answers with a non-zero
     *         errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an id is blank; nothing was sent
     */
    public PagedIterable<TransferStatusPage.Entry> listTransferResults(String handoverUserId, String takeoverUserId) {
        members(handoverUserId, takeoverUserId);
        return PagedIterable.ofCursor(cursor -> transferResultPage(handoverUserId, takeoverUserId, cursor));
    }

    /**
     * One page of {@link #listTransferResults(String, String)}
     * ({@code POST /cgi-bin/externalcontact/transfer_result}).
     *
     * @param handoverUserId the member who gave the customers away
     * @param takeoverUserId the member receiving them
     * @param cursor         the previous page's {@code next_cursor}, or {@code null} for the first page
     * @return the page
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an id is blank; nothing was sent
     */
    public TransferStatusPage transferResultPage(String handoverUserId, String takeoverUserId, String cursor) {
        return status("/cgi-bin/externalcontact/transfer_result", handoverUserId, takeoverUserId, cursor);
    }

    /**
     * Every customer of members who left and were not yet reassigned
     * ({@code POST /cgi-bin/externalcontact/get_unassigned_list}), following the cursor lazily with pages
     * of 1,000.
     *
     * @return the customers and their former members, lazily
     * @throws io.github.wecomsdk.core.WeComApiException while iterating, if WeCom answers with a non-zero
     *         errcode
     */
    public PagedIterable<UnassignedPage.Entry> listUnassigned() {
        return PagedIterable.ofCursor(this::unassignedPage);
    }

    /**
     * One page of {@link #listUnassigned()} ({@code POST /cgi-bin/externalcontact/get_unassigned_list}),
     * 1,000 at most.
     *
     * @param cursor the previous page's {@code next_cursor}, or {@code null} for the first page
     * @return the page
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public UnassignedPage unassignedPage(String cursor) {
        return client.execute(
                ApiRequest.post("/cgi-bin/externalcontact/get_unassigned_list")
                        .body(new UnassignedBody(
                                cursor == null || cursor.isEmpty() ? null : cursor, MAX_UNASSIGNED_PAGE))
                        .repeatable()
                        .build(),
                UnassignedPage.class);
    }

    /**
     * Moves the customers of a member who left to another member
     * ({@code POST /cgi-bin/externalcontact/resigned/transfer_customer}), 100 per call.
     *
     * @param handoverUserId  the member who left
     * @param takeoverUserId  the member receiving the customers
     * @param externalUserIds the customers, any number (split into calls of 100)
     * @return one outcome per customer, in order
     * @throws io.github.wecomsdk.core.WeComApiException if the first call is refused; nothing was transferred
     * @throws io.github.wecomsdk.core.PartialFailureException if a later call failed: earlier calls' transfers
     *         have started and are in {@code succeeded()}, the ids not sent in {@code remaining()}
     * @throws io.github.wecomsdk.core.WeComValidationException if an id is blank or the list empty; nothing
     *         was sent
     */
    public List<TransferOutcome> transferResignedCustomers(
            String handoverUserId, String takeoverUserId, Collection<String> externalUserIds) {
        return transfer(
                "/cgi-bin/externalcontact/resigned/transfer_customer",
                handoverUserId,
                takeoverUserId,
                externalUserIds,
                null);
    }

    /**
     * Every customer's state in the transfers from a member who left
     * ({@code POST /cgi-bin/externalcontact/resigned/transfer_result}), following the cursor lazily.
     *
     * @param handoverUserId the member who left
     * @param takeoverUserId the member receiving the customers
     * @return the states, lazily
     * @throws io.github.wecomsdk.core.WeComApiException while iterating, if WeCom answers with a non-zero
     *         errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an id is blank; nothing was sent
     */
    public PagedIterable<TransferStatusPage.Entry> listResignedTransferResults(
            String handoverUserId, String takeoverUserId) {
        members(handoverUserId, takeoverUserId);
        return PagedIterable.ofCursor(cursor -> resignedTransferResultPage(handoverUserId, takeoverUserId, cursor));
    }

    /**
     * One page of {@link #listResignedTransferResults(String, String)}
     * ({@code POST /cgi-bin/externalcontact/resigned/transfer_result}).
     *
     * @param handoverUserId the member who left
     * @param takeoverUserId the member receiving the customers
     * @param cursor         the previous page's {@code next_cursor}, or {@code null} for the first page
     * @return the page
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an id is blank; nothing was sent
     */
    public TransferStatusPage resignedTransferResultPage(String handoverUserId, String takeoverUserId, String cursor) {
        return status("/cgi-bin/externalcontact/resigned/transfer_result", handoverUserId, takeoverUserId, cursor);
    }

    /**
     * Gives the customer groups of a member who left to another member
     * ({@code POST /cgi-bin/externalcontact/groupchat/transfer}), 100 per call.
     *
     * @param chatIds  the groups, any number (split into calls of 100)
     * @param newOwner the new owner's userid
     * @return the groups WeCom could not transfer, with why
     * @throws io.github.wecomsdk.core.WeComApiException if the first call is refused; nothing was transferred
     * @throws io.github.wecomsdk.core.PartialFailureException if a later call failed: earlier calls' transfers
     *         are done and in {@code succeeded()}, the chat ids not sent in {@code remaining()}
     * @throws io.github.wecomsdk.core.WeComValidationException if an id is blank or the list empty; nothing
     *         was sent
     */
    public List<FailedChat> transferGroupChats(Collection<String> chatIds, String newOwner) {
        return groupTransfer("/cgi-bin/externalcontact/groupchat/transfer", chatIds, newOwner);
    }

    /**
     * Gives the customer groups of a member still working here to another member
     * ({@code POST /cgi-bin/externalcontact/groupchat/onjob_transfer}), 100 per call.
     *
     * @param chatIds  the groups, any number (split into calls of 100)
     * @param newOwner the new owner's userid
     * @return the groups WeCom could not transfer, with why
     * @throws io.github.wecomsdk.core.WeComApiException if the first call is refused; nothing was transferred
     * @throws io.github.wecomsdk.core.PartialFailureException if a later call failed: earlier calls' transfers
     *         are done and in {@code succeeded()}, the chat ids not sent in {@code remaining()}
     * @throws io.github.wecomsdk.core.WeComValidationException if an id is blank or the list empty; nothing
     *         was sent
     */
    public List<FailedChat> transferGroupChatsOnJob(Collection<String> chatIds, String newOwner) {
        return groupTransfer("/cgi-bin/externalcontact/groupchat/onjob_transfer", chatIds, newOwner);
    }

    private List<TransferOutcome> transfer(
            String path,
            String handoverUserId,
            String takeoverUserId,
            Collection<String> externalUserIds,
            String successMessage) {
        members(handoverUserId, takeoverUserId);
        Checks.notEmptyIds(externalUserIds, "external_userid");
        return Batches.splitAndMerge(
                externalUserIds,
                MAX_PER_CALL,
                chunk -> client.execute(
                                ApiRequest.post(path)
                                        .body(new Transfer(handoverUserId, takeoverUserId, chunk, successMessage))
                                        .build(),
                                Outcomes.class)
                        .customer(),
                Transfers::concat);
    }

    private List<FailedChat> groupTransfer(String path, Collection<String> chatIds, String newOwner) {
        Checks.notEmptyIds(chatIds, "chat_id_list");
        Checks.notBlank(newOwner, "new_owner");
        return Batches.splitAndMerge(
                chatIds,
                MAX_PER_CALL,
                chunk -> client.execute(
                                ApiRequest.post(path)
                                        .body(new GroupTransfer(chunk, newOwner))
                                        .build(),
                                Failed.class)
                        .failedChatList(),
                Transfers::concat);
    }

    private TransferStatusPage status(String path, String handoverUserId, String takeoverUserId, String cursor) {
        members(handoverUserId, takeoverUserId);
        return client.execute(
                ApiRequest.post(path)
                        .body(new StatusBody(
                                handoverUserId, takeoverUserId, cursor == null || cursor.isEmpty() ? null : cursor))
                        .repeatable()
                        .build(),
                TransferStatusPage.class);
    }

    private static void members(String handoverUserId, String takeoverUserId) {
        Checks.notBlank(handoverUserId, "handover_userid");
        Checks.notBlank(takeoverUserId, "takeover_userid");
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private record Transfer(
            @JsonProperty("handover_userid") String handoverUserId,
            @JsonProperty("takeover_userid") String takeoverUserId,
            @JsonProperty("external_userid") List<String> externalUserId,
            @JsonProperty("transfer_success_msg") String transferSuccessMsg) {}

    private record Outcomes(@JsonProperty("customer") List<TransferOutcome> customer) {
        Outcomes {
            customer = customer == null ? List.of() : List.copyOf(customer);
        }
    }

    private record StatusBody(
            @JsonProperty("handover_userid") String handoverUserId,
            @JsonProperty("takeover_userid") String takeoverUserId,
            @JsonProperty("cursor") String cursor) {}

    private record UnassignedBody(
            @JsonProperty("cursor") String cursor,
            @JsonProperty("page_size") int pageSize) {}

    private record GroupTransfer(
            @JsonProperty("chat_id_list") List<String> chatIdList,
            @JsonProperty("new_owner") String newOwner) {}

    private record Failed(@JsonProperty("failed_chat_list") List<FailedChat> failedChatList) {
        Failed {
            failedChatList = failedChatList == null ? List.of() : List.copyOf(failedChatList);
        }
    }
}
