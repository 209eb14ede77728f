package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.Pages;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.internal.Checks;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
     * One page of customer groups ({@code POST /cgi-bin/externalcontact/groupchat/list}). Without an owner
     * filter, apps seeing over 1,000 members get 81017.
     *
     * @param statusFilter 0 all, 1 awaiting transfer, 2 transferring, 3 transferred; {@code null} for all
     * @param owners       owners' userids, at most 100, or {@code null}
     * @param cursor       the previous page's {@code next_cursor}, or {@code null}
     * @param limit        the page size, 1 to 1,000
     * @return the page
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public GroupChatPage list(Integer statusFilter, Collection<String> owners, String cursor, int limit) {
        if (statusFilter != null) {
            Checks.range(statusFilter, 0, 3, "status_filter");
        }
        Checks.maxSize(Checks.noBlankIds(owners, "owner_filter.userid_list"), MAX_OWNERS, "owner_filter.userid_list");
        Checks.range(limit, 1, MAX_LIST_LIMIT, "limit");
        OwnerFilter filter = owners == null || owners.isEmpty() ? null : new OwnerFilter(List.copyOf(owners));
        return client.execute(ApiRequest.post("/cgi-bin/externalcontact/groupchat/list")
                .body(new ListBody(statusFilter, filter, cursor == null || cursor.isEmpty() ? null : cursor, limit))
                .repeatable().build(), GroupChatPage.class);
    }

    /**
     * Every customer group matching the filters, following the cursor lazily with pages of 1,000.
     *
     * @param statusFilter 0 to 3, or {@code null} for all
     * @param owners       owners' userids, at most 100, or {@code null}
     * @return a lazy stream
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public Stream<GroupChatPage.Entry> listAll(Integer statusFilter, Collection<String> owners) {
        List<String> fixed = owners == null ? null : List.copyOf(owners);
        Checks.maxSize(fixed, MAX_OWNERS, "owner_filter.userid_list");
        return Pages.followCursor(cursor -> list(statusFilter, fixed, cursor, MAX_LIST_LIMIT));
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
        return client.execute(ApiRequest.post("/cgi-bin/externalcontact/groupchat/get")
                .body(Map.of("chat_id", chatId, "need_name", needName ? 1 : 0)).repeatable().build(),
                One.class).groupChat();
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
    public String opengidToChatid(String opengid) {
        Checks.notBlank(opengid, "opengid");
        return client.execute(ApiRequest.post("/cgi-bin/externalcontact/opengid_to_chatid")
                .body(Map.of("opengid", opengid)).repeatable().build(), ChatId.class).chatId();
    }

    private record OwnerFilter(@JsonProperty("userid_list") List<String> useridList) {
    }

    private record ListBody(@JsonProperty("status_filter") Integer statusFilter,
                            @JsonProperty("owner_filter") OwnerFilter ownerFilter,
                            @JsonProperty("cursor") String cursor, @JsonProperty("limit") int limit) {
    }

    private record One(@JsonProperty("group_chat") GroupChat groupChat) {
    }

    private record ChatId(@JsonProperty("chat_id") String chatId) {
    }
}
