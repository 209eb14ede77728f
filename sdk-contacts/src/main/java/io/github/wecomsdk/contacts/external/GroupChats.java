package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.PagedIterable;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.internal.Checks;
import java.util.List;
import java.util.Map;

/**
 * Customer groups (客户群). Every method throws {@link io.github.wecomsdk.core.WeComApiException} for a
 * non-zero errcode and {@link io.github.wecomsdk.core.WeComValidationException} for bad input, before
 * any request.
 */
public final class GroupChats {

    /** WeCom's largest page size for {@code groupchat/list}. */
    public static final int MAX_LIST_LIMIT = 1000;
    /** WeCom's largest number of owners in {@code owner_filter}. */
    public static final int MAX_OWNERS = 100;

    private final WeComClient client;

    GroupChats(WeComClient client) {
        this.client = client;
    }

    /**
     * Every customer group of the members in the app's range
     * ({@code POST /cgi-bin/externalcontact/groupchat/list}), following the cursor lazily with pages of
     * 1,000.
     *
     * @return the groups' ids and states, lazily
     * @throws io.github.wecomsdk.core.WeComApiException while iterating, if WeCom answers with a non-zero
     *         errcode
     */
    public PagedIterable<GroupChatPage.Entry> list() {
        return list(GroupChatQuery.builder().build());
    }

    /**
     * The customer groups a query selects ({@code POST /cgi-bin/externalcontact/groupchat/list}),
     * following the cursor lazily with pages of 1,000.
     *
     * @param query the filters, checked when it was built
     * @return the groups' ids and states, lazily
     * @throws io.github.wecomsdk.core.WeComApiException while iterating, if WeCom answers with a non-zero
     *         errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if {@code query} is null; nothing was sent
     */
    public PagedIterable<GroupChatPage.Entry> list(GroupChatQuery query) {
        Checks.notNull(query, "query");
        return PagedIterable.ofCursor(cursor -> listPage(query, cursor));
    }

    /**
     * One page of {@link #list()}, 1,000 groups at most.
     *
     * @param cursor the previous page's {@code next_cursor}, or {@code null} for the first page
     * @return the page
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public GroupChatPage listPage(String cursor) {
        return listPage(GroupChatQuery.builder().build(), cursor);
    }

    /**
     * One page of {@link #list(GroupChatQuery)} ({@code POST /cgi-bin/externalcontact/groupchat/list}),
     * 1,000 groups at most.
     *
     * @param query  the filters
     * @param cursor the previous page's {@code next_cursor}, or {@code null} for the first page
     * @return the page
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if {@code query} is null; nothing was sent
     */
    public GroupChatPage listPage(GroupChatQuery query, String cursor) {
        Checks.notNull(query, "query");
        OwnerFilter filter = query.owners() == null ? null : new OwnerFilter(query.owners());
        return client.execute(
                ApiRequest.post("/cgi-bin/externalcontact/groupchat/list")
                        .body(new ListBody(
                                query.statusFilter(),
                                filter,
                                cursor == null || cursor.isEmpty() ? null : cursor,
                                MAX_LIST_LIMIT))
                        .repeatable()
                        .build(),
                GroupChatPage.class);
    }

    /**
     * A customer group's details without members' names ({@code POST /cgi-bin/externalcontact/groupchat/get}).
     *
     * @param chatId the chat id
     * @return the group
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if the chat id is blank; nothing was sent
     */
    public GroupChat get(String chatId) {
        return get(chatId, false);
    }

    /**
     * A customer group's details ({@code POST /cgi-bin/externalcontact/groupchat/get}); its owner must be
     * in the app's visibility.
     *
     * @param chatId   the chat id
     * @param needName whether to include members' names
     * @return the group
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public GroupChat get(String chatId, boolean needName) {
        Checks.notBlank(chatId, "chat_id");
        return client.execute(
                        ApiRequest.post("/cgi-bin/externalcontact/groupchat/get")
                                .body(Map.of("chat_id", chatId, "need_name", needName ? 1 : 0))
                                .repeatable()
                                .build(),
                        One.class)
                .groupChat();
    }

    /**
     * The chat id of a group a mini-program knows by opengid
     * ({@code POST /cgi-bin/externalcontact/opengid_to_chatid}).
     *
     * @param opengid the opengid
     * @return the chat id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public String opengidToChatId(String opengid) {
        Checks.notBlank(opengid, "opengid");
        return client.execute(
                        ApiRequest.post("/cgi-bin/externalcontact/opengid_to_chatid")
                                .body(Map.of("opengid", opengid))
                                .repeatable()
                                .build(),
                        ChatId.class)
                .chatId();
    }

    private record OwnerFilter(@JsonProperty("userid_list") List<String> userIdList) {}

    private record ListBody(
            @JsonProperty("status_filter") Integer statusFilter,
            @JsonProperty("owner_filter") OwnerFilter ownerFilter,
            @JsonProperty("cursor") String cursor,
            @JsonProperty("limit") int limit) {}

    private record One(@JsonProperty("group_chat") GroupChat groupChat) {}

    private record ChatId(@JsonProperty("chat_id") String chatId) {}
}
