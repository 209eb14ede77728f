package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.Batches;
import io.github.wecomsdk.core.PagedIterable;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.internal.Checks;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Customers (客户管理): the members with customer contact, their customers, customer details and
 * remarks. Every method throws {@link io.github.wecomsdk.core.WeComApiException} for a non-zero
 * errcode and {@link io.github.wecomsdk.core.WeComValidationException} for bad input, before any
 * request.
 */
public final class Customers {

    /** WeCom's largest number of members per {@code batch/get_by_user} call. */
    public static final int MAX_USER_IDS_PER_BATCH = 100;
    /** WeCom's largest page size for {@code batch/get_by_user}. */
    public static final int MAX_BATCH_LIMIT = 100;

    private final WeComClient client;

    Customers(WeComClient client) {
        this.client = client;
    }

    /**
     * The members with the customer-contact function, within the app's visibility
     * ({@code GET /cgi-bin/externalcontact/get_follow_user_list}), fetched by one request when first
     * iterated.
     *
     * @return the userids, lazily
     * @throws io.github.wecomsdk.core.WeComApiException while iterating, if WeCom answers with a non-zero
     *         errcode
     */
    public PagedIterable<String> listFollowUsers() {
        return PagedIterable.ofSingleCall(() -> client.execute(
                        ApiRequest.get("/cgi-bin/externalcontact/get_follow_user_list")
                                .build(),
                        FollowUserList.class)
                .followUser());
    }

    /**
     * The customers of one member ({@code GET /cgi-bin/externalcontact/list}), fetched by one request
     * when first iterated.
     *
     * @param userId the member
     * @return the customers' external_userids, lazily
     * @throws io.github.wecomsdk.core.WeComApiException while iterating, if WeCom answers with a non-zero
     *         errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if the userid is blank; nothing was sent
     */
    public PagedIterable<String> list(String userId) {
        Checks.notBlank(userId, "userid");
        return PagedIterable.ofSingleCall(() -> client.execute(
                        ApiRequest.get("/cgi-bin/externalcontact/list")
                                .query("userid", userId)
                                .build(),
                        ExternalUserIds.class)
                .externalUserId());
    }

    /**
     * A customer with every member who added them ({@code GET /cgi-bin/externalcontact/get}), following
     * the {@code follow_user} cursor (WeCom pages it past 500 members) to the last page.
     *
     * @param externalUserId the customer
     * @return the customer, all members who added them, and no next cursor
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if the id is blank; nothing was sent
     */
    public CustomerDetail get(String externalUserId) {
        CustomerDetail first = getPage(externalUserId, null);
        if (first.nextCursor() == null || first.nextCursor().isEmpty()) {
            return first;
        }
        List<FollowUser> all = PagedIterable.<FollowUser>ofCursor(
                        cursor -> cursor == null ? first : getPage(externalUserId, cursor))
                .toList();
        return new CustomerDetail(first.externalContact(), all, "", first.otherFields());
    }

    /**
     * A customer with one page of the members who added them ({@code GET /cgi-bin/externalcontact/get}).
     *
     * @param externalUserId the customer
     * @param cursor         the {@code next_cursor} of the previous page, or {@code null} for the first
     * @return the customer and that page of members
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if the id is blank; nothing was sent
     */
    public CustomerDetail getPage(String externalUserId, String cursor) {
        Checks.notBlank(externalUserId, "external_userid");
        return client.execute(
                ApiRequest.get("/cgi-bin/externalcontact/get")
                        .query("external_userid", externalUserId)
                        .query("cursor", cursor == null || cursor.isEmpty() ? null : cursor)
                        .build(),
                CustomerDetail.class);
    }

    /**
     * Every customer of any number of members, with details
     * ({@code POST /cgi-bin/externalcontact/batch/get_by_user}): the members are split into chunks of
     * 100, and each chunk's cursor is followed with pages of 100, all lazily: a page is fetched only
     * when the previous one is used up, so stopping early stops the requests.
     *
     * @param userIds the members; duplicates are not removed
     * @return the customers, lazily; errors surface as {@link io.github.wecomsdk.core.WeComException}
     *         while iterating
     * @throws io.github.wecomsdk.core.WeComValidationException if the list is empty or has a blank id;
     *         nothing was sent
     */
    public PagedIterable<CustomerRelation> listByUsers(Collection<String> userIds) {
        Checks.notEmptyIds(userIds, "userid_list");
        return PagedIterable.ofCursorPerChunk(
                Batches.split(userIds, MAX_USER_IDS_PER_BATCH),
                (List<String> chunk, String cursor) -> relationPage(chunk, MAX_BATCH_LIMIT, cursor));
    }

    /**
     * Every customer of the given members, with details; see {@link #listByUsers(Collection)}.
     *
     * @param userIds the members
     * @return the customers, lazily
     * @throws io.github.wecomsdk.core.WeComValidationException if the list is empty or has a blank id;
     *         nothing was sent
     */
    public PagedIterable<CustomerRelation> listByUsers(String... userIds) {
        return listByUsers(Arrays.asList(Checks.notNull(userIds, "userid_list")));
    }

    /**
     * One page of {@link #listByUsers(Collection)} for up to 100 members, 100 customers at most
     * ({@code POST /cgi-bin/externalcontact/batch/get_by_user}).
     *
     * @param userIds the members, 1 to 100
     * @param cursor  the previous page's {@code next_cursor}, or {@code null} for the first page
     * @return the page
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode (701008 if
     *         every member lacks an interconnection licence)
     * @throws io.github.wecomsdk.core.WeComValidationException if the list is empty or too long; nothing was
     *         sent
     */
    public CustomerPage relationPage(Collection<String> userIds, String cursor) {
        return relationPage(userIds, MAX_BATCH_LIMIT, cursor);
    }

    /**
     * One page of {@link #listByUsers(Collection)} for up to 100 members
     * ({@code POST /cgi-bin/externalcontact/batch/get_by_user}).
     *
     * @param userIds the members, 1 to 100
     * @param limit   the page size, 1 to 100
     * @param cursor  the previous page's {@code next_cursor}, or {@code null} for the first page
     * @return the page
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode (701008 if
     *         every member lacks an interconnection licence)
     * @throws io.github.wecomsdk.core.WeComValidationException if the list is empty or too long or the limit
     *         out of range; nothing was sent
     */
    public CustomerPage relationPage(Collection<String> userIds, int limit, String cursor) {
        Checks.notEmptyIds(userIds, "userid_list");
        Checks.maxSize(userIds, MAX_USER_IDS_PER_BATCH, "userid_list");
        Checks.range(limit, 1, MAX_BATCH_LIMIT, "limit");
        return client.execute(
                ApiRequest.post("/cgi-bin/externalcontact/batch/get_by_user")
                        .body(new ByUser(
                                List.copyOf(userIds), cursor == null || cursor.isEmpty() ? null : cursor, limit))
                        .repeatable()
                        .build(),
                CustomerPage.class);
    }

    /**
     * Changes a member's remark on a customer ({@code POST /cgi-bin/externalcontact/remark}).
     *
     * @param request what to change, checked when it was built
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if {@code request} is null; nothing was sent
     */
    public void updateRemark(RemarkRequest request) {
        Checks.notNull(request, "request");
        client.execute(
                ApiRequest.post("/cgi-bin/externalcontact/remark").body(request).build());
    }

    private record FollowUserList(
            @JsonProperty("follow_user") List<String> followUser) {
        FollowUserList {
            followUser = followUser == null ? List.of() : List.copyOf(followUser);
        }
    }

    private record ExternalUserIds(
            @JsonProperty("external_userid") List<String> externalUserId) {
        ExternalUserIds {
            externalUserId = externalUserId == null ? List.of() : List.copyOf(externalUserId);
        }
    }

    private record ByUser(
            @JsonProperty("userid_list") List<String> userIdList,
            @JsonProperty("cursor") String cursor,
            @JsonProperty("limit") int limit) {}
}
