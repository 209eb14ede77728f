package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.PagedIterable;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.internal.Checks;

/**
 * Mass messages to customers (企业群发): create them, list them, and follow their sending. Every method
 * throws {@link io.github.wecomsdk.core.WeComApiException} for a non-zero errcode and
 * {@link io.github.wecomsdk.core.WeComValidationException} for bad input, before any request.
 *
 * <p>{@link #list(GroupMsgQuery)} has its single-request page call {@link #listPage(GroupMsgQuery, String)};
 * the other walks of this service name theirs after what they page ({@link #taskPage(String, String)},
 * {@link #sendResultPage(String, String, String)}).
 */
public final class GroupMessages {

    /** WeCom's largest page size for tasks and send results. */
    public static final int MAX_RESULT_LIMIT = 1000;

    private final WeComClient client;

    GroupMessages(WeComClient client) {
        this.client = client;
    }

    /**
     * Creates a mass message ({@code POST /cgi-bin/externalcontact/add_msg_template}); it is sent only
     * when the members confirm it. Each customer receives at most one mass message a day from the corp
     * by default.
     *
     * @param message the message
     * @return its msgid and the recipients it cannot reach
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if the message breaks a limit; nothing was sent
     */
    public MsgTemplateResult create(MsgTemplate message) {
        Checks.notNull(message, "message").validate();
        return client.execute(
                ApiRequest.post("/cgi-bin/externalcontact/add_msg_template")
                        .body(message)
                        .build(),
                MsgTemplateResult.class);
    }

    /**
     * Every mass message matching a filter ({@code POST /cgi-bin/externalcontact/get_groupmsg_list_v2}),
     * following the cursor lazily; a message queried right after creation may answer 41063 while it is
     * dispatched.
     *
     * @param query the filter, checked when it was built
     * @return the messages, lazily
     * @throws io.github.wecomsdk.core.WeComApiException while iterating, if WeCom answers with a non-zero
     *         errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if {@code query} is null; nothing was sent
     */
    public PagedIterable<GroupMsgPage.GroupMsg> list(GroupMsgQuery query) {
        Checks.notNull(query, "query");
        return PagedIterable.ofCursor(cursor -> listPage(query, cursor));
    }

    /**
     * One page of {@link #list(GroupMsgQuery)} ({@code POST /cgi-bin/externalcontact/get_groupmsg_list_v2}).
     *
     * @param query  the filter
     * @param cursor the previous page's {@code next_cursor}, or {@code null} for the first page
     * @return the page
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if {@code query} is null; nothing was sent
     */
    public GroupMsgPage listPage(GroupMsgQuery query, String cursor) {
        Checks.notNull(query, "query");
        return client.execute(
                ApiRequest.post("/cgi-bin/externalcontact/get_groupmsg_list_v2")
                        .body(new ListBody(query, cursor(cursor)))
                        .repeatable()
                        .build(),
                GroupMsgPage.class);
    }

    /**
     * Every member's sending task of a mass message ({@code POST /cgi-bin/externalcontact/get_groupmsg_task}),
     * following the cursor lazily with pages of 1,000.
     *
     * @param msgId the mass message's msgid
     * @return the tasks, lazily
     * @throws io.github.wecomsdk.core.WeComApiException while iterating, if WeCom answers with a non-zero
     *         errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if the msgid is blank; nothing was sent
     */
    public PagedIterable<GroupMsgTaskPage.Task> listTasks(String msgId) {
        Checks.notBlank(msgId, "msgid");
        return PagedIterable.ofCursor(cursor -> taskPage(msgId, cursor));
    }

    /**
     * One page of {@link #listTasks(String)} ({@code POST /cgi-bin/externalcontact/get_groupmsg_task}),
     * 1,000 tasks at most.
     *
     * @param msgId  the mass message's msgid
     * @param cursor the previous page's {@code next_cursor}, or {@code null} for the first page
     * @return the page
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if the msgid is blank; nothing was sent
     */
    public GroupMsgTaskPage taskPage(String msgId, String cursor) {
        Checks.notBlank(msgId, "msgid");
        return client.execute(
                ApiRequest.post("/cgi-bin/externalcontact/get_groupmsg_task")
                        .body(new TaskBody(msgId, null, cursor(cursor), MAX_RESULT_LIMIT))
                        .repeatable()
                        .build(),
                GroupMsgTaskPage.class);
    }

    /**
     * Every recipient's result of one member's sending of a mass message
     * ({@code POST /cgi-bin/externalcontact/get_groupmsg_send_result}), following the cursor lazily with
     * pages of 1,000.
     *
     * @param msgId  the mass message's msgid
     * @param userId the member who sent it
     * @return the results, lazily
     * @throws io.github.wecomsdk.core.WeComApiException while iterating, if WeCom answers with a non-zero
     *         errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an id is blank; nothing was sent
     */
    public PagedIterable<GroupMsgSendResultPage.SendResult> listSendResults(String msgId, String userId) {
        Checks.notBlank(msgId, "msgid");
        Checks.notBlank(userId, "userid");
        return PagedIterable.ofCursor(cursor -> sendResultPage(msgId, userId, cursor));
    }

    /**
     * One page of {@link #listSendResults(String, String)}
     * ({@code POST /cgi-bin/externalcontact/get_groupmsg_send_result}), 1,000 results at most.
     *
     * @param msgId  the mass message's msgid
     * @param userId the member who sent it
     * @param cursor the previous page's {@code next_cursor}, or {@code null} for the first page
     * @return the page
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an id is blank; nothing was sent
     */
    public GroupMsgSendResultPage sendResultPage(String msgId, String userId, String cursor) {
        Checks.notBlank(msgId, "msgid");
        Checks.notBlank(userId, "userid");
        return client.execute(
                ApiRequest.post("/cgi-bin/externalcontact/get_groupmsg_send_result")
                        .body(new TaskBody(msgId, userId, cursor(cursor), MAX_RESULT_LIMIT))
                        .repeatable()
                        .build(),
                GroupMsgSendResultPage.class);
    }

    private static String cursor(String cursor) {
        return cursor == null || cursor.isEmpty() ? null : cursor;
    }

    private record ListBody(
            @JsonUnwrapped GroupMsgQuery query,
            @JsonProperty("cursor") String cursor) {}

    private record TaskBody(
            @JsonProperty("msgid") String msgId,
            @JsonProperty("userid") String userId,
            @JsonProperty("cursor") String cursor,
            @JsonProperty("limit") int limit) {}
}
