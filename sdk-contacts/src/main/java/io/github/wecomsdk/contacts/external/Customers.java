package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.Batches;
import io.github.wecomsdk.core.Pages;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.internal.Checks;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Customers (客户管理): the members with customer contact, their customers, customer details and
 * remarks. Every method throws {@link io.github.wecomsdk.core.WeComApiException} for a non-zero
 * errcode and {@link io.github.wecomsdk.core.WeComValidationException} for bad input, before any
 * request.
 */
public final class Customers {

    /** WeCom's largest number of members per {@code batch/get_by_user} call. */
    public static final int MAX_USERIDS_PER_BATCH = 100;
    /** WeCom's largest page size for {@code batch/get_by_user}. */
    public static final int MAX_BATCH_LIMIT = 100;

    private final WeComClient client;

    Customers(WeComClient client) {
        this.client = client;
    }

    /**
     * The members with the customer-contact function, within the app's visibility
     * ({@code GET /cgi-bin/externalcontact/get_follow_user_list}).
     *
     * @return the userids
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public List<String> followUsers() {
        return client.execute(ApiRequest.get("/cgi-bin/externalcontact/get_follow_user_list").build(),
                FollowUserList.class).followUser();
    }

    /**
     * The customers of one member ({@code GET /cgi-bin/externalcontact/list}), unpaged.
     *
     * @param userid the member
     * @return the customers' external_userids
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public List<String> list(String userid) {
        Checks.notBlank(userid, "userid");
        return client.execute(ApiRequest.get("/cgi-bin/externalcontact/list").query("userid", userid).build(),
                ExternalUserids.class).externalUserid();
    }

    /**
     * A customer with the first page (up to 500) of the members who added them
     * ({@code GET /cgi-bin/externalcontact/get}).
     *
     * @param externalUserid the customer
     * @return the customer and the first page of members
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public CustomerDetail get(String externalUserid) {
        return get(externalUserid, null);
    }

    /**
     * A customer with one page of the members who added them ({@code GET /cgi-bin/externalcontact/get}).
     *
     * @param externalUserid the customer
     * @param cursor         the {@code next_cursor} of the previous page, or {@code null} for the first
     * @return the customer and that page of members
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public CustomerDetail get(String externalUserid, String cursor) {
        Checks.notBlank(externalUserid, "external_userid");
        return client.execute(ApiRequest.get("/cgi-bin/externalcontact/get")
                .query("external_userid", externalUserid)
                .query("cursor", cursor == null || cursor.isEmpty() ? null : cursor)
                .build(), CustomerDetail.class);
    }

    /**
     * A customer with every member who added them, following the {@code follow_user} cursor of
     * {@code externalcontact/get} to the last page.
     *
     * @param externalUserid the customer
     * @return the customer, all members, and no next cursor
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public CustomerDetail getComplete(String externalUserid) {
        CustomerDetail first = get(externalUserid, null);
        List<FollowUser> all = Pages.followCursor(
                (String cursor) -> cursor == null ? first : get(externalUserid, cursor)).toList();
        return new CustomerDetail(first.externalContact(), all, "");
    }

    /**
     * One page of the customers of up to 100 members, with details
     * ({@code POST /cgi-bin/externalcontact/batch/get_by_user}). If every member lacks an
     * interconnection licence WeCom answers 701008.
     *
     * @param userids the members, 1 to 100
     * @param cursor  the previous page's {@code next_cursor}, or {@code null} for the first page
     * @param limit   the page size, 1 to 100
     * @return the page
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public CustomerPage byUsers(Collection<String> userids, String cursor, int limit) {
        Checks.notEmptyIds(userids, "userid_list");
        Checks.maxSize(userids, MAX_USERIDS_PER_BATCH, "userid_list");
        Checks.range(limit, 1, MAX_BATCH_LIMIT, "limit");
        return client.execute(ApiRequest.post("/cgi-bin/externalcontact/batch/get_by_user")
                .body(new ByUser(List.copyOf(userids), cursor == null || cursor.isEmpty() ? null : cursor, limit))
                .repeatable().build(), CustomerPage.class);
    }

    /**
     * Every customer of any number of members, with details: the members are split into chunks of 100,
     * and each chunk's cursor is followed with pages of 100, all lazily: a page is fetched only when
     * the previous one is used up, so stopping early stops the requests.
     *
     * @param userids the members; duplicates are not removed
     * @return a lazy stream; errors surface as {@link io.github.wecomsdk.core.WeComException} while
     *         it is consumed
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public Stream<CustomerRelation> byUsers(Collection<String> userids) {
        return Pages.followCursorPerChunk(chunks(userids),
                (List<String> chunk, String cursor) -> byUsers(chunk, cursor, MAX_BATCH_LIMIT));
    }

    /**
     * The same walk as {@link #byUsers(Collection)}, for for-each loops.
     *
     * @param userids the members
     * @return a lazy iterable; each iterator starts again from the first chunk
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public Iterable<CustomerRelation> iterateByUsers(Collection<String> userids) {
        return Pages.iterateCursorPerChunk(chunks(userids),
                (List<String> chunk, String cursor) -> byUsers(chunk, cursor, MAX_BATCH_LIMIT));
    }

    /**
     * Changes a member's remark on a customer ({@code POST /cgi-bin/externalcontact/remark}).
     *
     * @param request what to change; at least one field besides the ids
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public void remark(RemarkRequest request) {
        Checks.notNull(request, "request").validate();
        client.execute(ApiRequest.post("/cgi-bin/externalcontact/remark").body(request).build());
    }

    private static List<List<String>> chunks(Collection<String> userids) {
        Checks.notEmptyIds(userids, "userid_list");
        return Batches.split(userids, MAX_USERIDS_PER_BATCH);
    }

    private record FollowUserList(@JsonProperty("follow_user") List<String> followUser) {
        FollowUserList {
            followUser = followUser == null ? List.of() : List.copyOf(followUser);
        }
    }

    private record ExternalUserids(@JsonProperty("external_userid") List<String> externalUserid) {
        ExternalUserids {
            externalUserid = externalUserid == null ? List.of() : List.copyOf(externalUserid);
        }
    }

    private record ByUser(@JsonProperty("userid_list") List<String> useridList, @JsonProperty("cursor") String cursor,
                          @JsonProperty("limit") int limit) {
    }
}
