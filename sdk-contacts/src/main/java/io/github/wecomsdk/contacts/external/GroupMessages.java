package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.Pages;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.internal.Checks;
import java.util.stream.Stream;

/**
 * Mass messages to customers (企业群发): create them, list them, and follow their sending. Every method
 * throws {@link io.github.wecomsdk.core.WeComApiException} for a non-zero errcode and
 * {@link io.github.wecomsdk.core.WeComValidationException} for bad input, before any request.
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
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public MsgTemplateResult add(MsgTemplate message) {
        Checks.notNull(message, "message").validate();
        return client.execute(ApiRequest.post("/cgi-bin/externalcontact/add_msg_template").body(message).build(),
                MsgTemplateResult.class);
    }

    /**
     * One page of mass messages ({@code POST /cgi-bin/externalcontact/get_groupmsg_list_v2}); a message
     * queried right after creation may answer 41063 while it is dispatched.
     *
     * @param query the filter and cursor
     * @return the page
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public GroupMsgPage list(GroupMsgQuery query) {
        Checks.notNull(query, "query").validate();
        return client.execute(ApiRequest.post("/cgi-bin/externalcontact/get_groupmsg_list_v2").body(query)
                .repeatable().build(), GroupMsgPage.class);
    }

    /**
     * Every mass message matching a filter, following the cursor lazily.
     *
     * @param query the filter (its cursor is ignored)
     * @return a lazy stream
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public Stream<GroupMsgPage.GroupMsg> listAll(GroupMsgQuery query) {
        Checks.notNull(query, "query").validate();
        return Pages.followCursor(cursor -> list(query.withCursor(cursor)));
    }

    /**
     * One page of a mass message's per-member tasks ({@code POST /cgi-bin/externalcontact/get_groupmsg_task}).
     *
     * @param msgid  the mass message
     * @param cursor the previous page's {@code next_cursor}, or {@code null}
     * @param limit  the page size, 1 to 1,000
     * @return the page
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public GroupMsgTaskPage tasks(String msgid, String cursor, int limit) {
        Checks.notBlank(msgid, "msgid");
        Checks.range(limit, 1, MAX_RESULT_LIMIT, "limit");
        return client.execute(ApiRequest.post("/cgi-bin/externalcontact/get_groupmsg_task")
                .body(new TaskBody(msgid, null, cursor(cursor), limit)).repeatable().build(), GroupMsgTaskPage.class);
    }

    /**
     * Every member task of a mass message, following the cursor lazily with pages of 1,000.
     *
     * @param msgid the mass message
     * @return a lazy stream
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public Stream<GroupMsgTaskPage.Task> allTasks(String msgid) {
        Checks.notBlank(msgid, "msgid");
        return Pages.followCursor(cursor -> tasks(msgid, cursor, MAX_RESULT_LIMIT));
    }

    /**
     * One page of a member's per-customer results of a mass message
     * ({@code POST /cgi-bin/externalcontact/get_groupmsg_send_result}).
     *
     * @param msgid  the mass message
     * @param userid the member
     * @param cursor the previous page's {@code next_cursor}, or {@code null}
     * @param limit  the page size, 1 to 1,000
     * @return the page
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public GroupMsgSendResultPage sendResults(String msgid, String userid, String cursor, int limit) {
        Checks.notBlank(msgid, "msgid");
        Checks.notBlank(userid, "userid");
        Checks.range(limit, 1, MAX_RESULT_LIMIT, "limit");
        return client.execute(ApiRequest.post("/cgi-bin/externalcontact/get_groupmsg_send_result")
                .body(new TaskBody(msgid, userid, cursor(cursor), limit)).repeatable().build(),
                GroupMsgSendResultPage.class);
    }

    /**
     * Every per-customer result of a member for a mass message, following the cursor lazily.
     *
     * @param msgid  the mass message
     * @param userid the member
     * @return a lazy stream
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public Stream<GroupMsgSendResultPage.SendResult> allSendResults(String msgid, String userid) {
        Checks.notBlank(msgid, "msgid");
        Checks.notBlank(userid, "userid");
        return Pages.followCursor(cursor -> sendResults(msgid, userid, cursor, MAX_RESULT_LIMIT));
    }

    private static String cursor(String cursor) {
        return cursor == null || cursor.isEmpty() ? null : cursor;
    }

    private record TaskBody(@JsonProperty("msgid") String msgid, @JsonProperty("userid") String userid,
                            @JsonProperty("cursor") String cursor, @JsonProperty("limit") int limit) {
    }
}
