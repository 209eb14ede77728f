package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.Pages;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Member calls (成员管理), id conversions, invitations, the join QR code and activity statistics.
 * Writes need the contacts-sync token. Every method throws
 * {@link io.github.wecomsdk.core.WeComApiException} for a non-zero errcode (the call reached WeCom)
 * and {@link WeComValidationException} for bad input, before any request.
 */
public final class Users {

    /** WeCom's largest {@code limit} for {@code user/list_id}. */
    public static final int LIST_ID_MAX_LIMIT = 10_000;
    /** WeCom's largest number of userids for {@code user/batchdelete}. */
    public static final int BATCH_DELETE_MAX = 200;

    private final WeComClient client;

    Users(WeComClient client) {
        this.client = client;
    }

    /**
     * Creates a member ({@code POST /cgi-bin/user/create}). Unknown department ids make WeCom create
     * those departments, which it reports back.
     *
     * @param request the member; userid and name required, mobile or email required
     * @return the departments WeCom created on the way (usually none)
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public List<CreatedDepartment> create(UserRequest request) {
        Checks.notNull(request, "request").validate(true);
        Created created = client.execute(ApiRequest.post("/cgi-bin/user/create").body(request).build(),
                Created.class);
        return created.createdDepartmentList() == null ? List.of()
                : created.createdDepartmentList().departmentInfo();
    }

    /**
     * Reads a member ({@code GET /cgi-bin/user/get}).
     *
     * @param userid the userid
     * @return the member
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public User get(String userid) {
        return client.execute(ApiRequest.get("/cgi-bin/user/get").query("userid", userid(userid)).build(),
                User.class);
    }

    /**
     * Changes a member ({@code POST /cgi-bin/user/update}); only the fields set change.
     *
     * @param request the change; userid required
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public void update(UserRequest request) {
        Checks.notNull(request, "request").validate(false);
        client.execute(ApiRequest.post("/cgi-bin/user/update").body(request).build());
    }

    /**
     * Deletes a member ({@code GET /cgi-bin/user/delete}), with the bound Tencent Exmail account; the
     * corp's creator cannot be deleted (301005).
     *
     * @param userid the userid
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public void delete(String userid) {
        client.execute(ApiRequest.get("/cgi-bin/user/delete").query("userid", userid(userid)).build());
    }

    /**
     * Deletes up to 200 members in one call ({@code POST /cgi-bin/user/batchdelete}). WeCom refuses the
     * whole call if one userid is invalid, so longer lists are refused here rather than split.
     *
     * @param userids the userids, 1 to 200
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public void batchDelete(Collection<String> userids) {
        Checks.notEmptyIds(userids, "useridlist");
        Checks.maxSize(userids, BATCH_DELETE_MAX, "useridlist");
        client.execute(ApiRequest.post("/cgi-bin/user/batchdelete")
                .body(Map.of("useridlist", List.copyOf(userids))).build());
    }

    /**
     * The members of one department, in brief ({@code GET /cgi-bin/user/simplelist}); sub-departments
     * are not included: walk {@link Departments#simpleList(Long)} for them.
     *
     * @param departmentId the department id
     * @return the members
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public List<SimpleUser> simpleList(long departmentId) {
        return client.execute(ApiRequest.get("/cgi-bin/user/simplelist").query("department_id", departmentId)
                .build(), SimpleUserList.class).userlist();
    }

    /**
     * The members of one department, in detail ({@code GET /cgi-bin/user/list}). Very large
     * departments may fail with 45029 (answer too large).
     *
     * @param departmentId the department id
     * @return the members
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public List<User> list(long departmentId) {
        return client.execute(ApiRequest.get("/cgi-bin/user/list").query("department_id", departmentId)
                .build(), UserList.class).userlist();
    }

    /**
     * One page of every member-department pair ({@code POST /cgi-bin/user/list_id}); contacts-sync
     * token only.
     *
     * @param cursor the cursor from the previous page, or {@code null} for the first page
     * @param limit  the page size, 1 to 10,000
     * @return the page
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public UserIdPage listIds(String cursor, int limit) {
        Checks.range(limit, 1, LIST_ID_MAX_LIMIT, "limit");
        return client.execute(ApiRequest.post("/cgi-bin/user/list_id")
                .body(new CursorRequest(cursor == null || cursor.isEmpty() ? null : cursor, limit))
                .repeatable().build(), UserIdPage.class);
    }

    /**
     * Every member-department pair, following {@code user/list_id}'s cursor lazily with pages of
     * 10,000: a page is fetched only when the previous one is used up.
     *
     * @return a lazy stream; errors surface as {@link io.github.wecomsdk.core.WeComException} while
     *         it is consumed
     */
    public Stream<DepartmentUser> listIds() {
        return Pages.followCursor(cursor -> listIds(cursor, LIST_ID_MAX_LIMIT));
    }

    /**
     * The same walk as {@link #listIds()}, for for-each loops.
     *
     * @return a lazy iterable; each iterator starts from the first page
     */
    public Iterable<DepartmentUser> iterateIds() {
        return Pages.iterateCursor(cursor -> listIds(cursor, LIST_ID_MAX_LIMIT));
    }

    /**
     * A member's openid, for corporate payments ({@code POST /cgi-bin/user/convert_to_openid}); the
     * member must have used WeChat with the corp (else 43004).
     *
     * @param userid the userid
     * @return the openid
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public String convertToOpenid(String userid) {
        return client.execute(ApiRequest.post("/cgi-bin/user/convert_to_openid")
                .body(Map.of("userid", userid(userid))).repeatable().build(), OpenId.class).openid();
    }

    /**
     * The member behind an openid ({@code POST /cgi-bin/user/convert_to_userid}).
     *
     * @param openid the openid
     * @return the userid
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public String convertToUserid(String openid) {
        Checks.notBlank(openid, "openid");
        return client.execute(ApiRequest.post("/cgi-bin/user/convert_to_userid")
                .body(Map.of("openid", openid)).repeatable().build(), UserId.class).userid();
    }

    /**
     * The member with a mobile number ({@code POST /cgi-bin/user/getuserid}). Too many lookups of
     * unknown numbers (over 20% of the member cap) block this API for a day.
     *
     * @param mobile the mobile number, 5 to 32 bytes
     * @return the userid
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public String getUseridByMobile(String mobile) {
        Checks.notBlank(mobile, "mobile");
        Checks.maxBytes(mobile, 32, "mobile");
        return client.execute(ApiRequest.post("/cgi-bin/user/getuserid")
                .body(Map.of("mobile", mobile)).repeatable().build(), UserId.class).userid();
    }

    /**
     * The member with a corp e-mail ({@code POST /cgi-bin/user/get_userid_by_email}, email_type 1).
     *
     * @param email the e-mail
     * @return the userid
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public String getUseridByEmail(String email) {
        return getUseridByEmail(email, 1);
    }

    /**
     * The member with an e-mail ({@code POST /cgi-bin/user/get_userid_by_email}). Same lookup limit as
     * {@link #getUseridByMobile(String)}.
     *
     * @param email     the e-mail
     * @param emailType 1 corp e-mail, 2 personal e-mail
     * @return the userid
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public String getUseridByEmail(String email, int emailType) {
        Checks.notBlank(email, "email");
        Checks.range(emailType, 1, 2, "email_type");
        return client.execute(ApiRequest.post("/cgi-bin/user/get_userid_by_email")
                .body(Map.of("email", email, "email_type", emailType)).repeatable().build(), UserId.class).userid();
    }

    /**
     * Invites members to activate WeCom ({@code POST /cgi-bin/batch/invite}). Not-yet-installed
     * invitees are reminded daily for up to 3 days.
     *
     * @param users   userids, at most 1,000 (may be null)
     * @param parties department ids, at most 100 (may be null)
     * @param tags    tag ids, at most 100 (may be null)
     * @return what WeCom refused to invite
     * @throws WeComValidationException if all three are empty or one is too long
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public InviteResult invite(Collection<String> users, Collection<Long> parties, Collection<Long> tags) {
        if (isEmpty(users) && isEmpty(parties) && isEmpty(tags)) {
            throw new WeComValidationException("user, party and tag may not all be empty");
        }
        Checks.maxSize(Checks.noBlankIds(users, "user"), 1000, "user");
        Checks.maxSize(Checks.noBlankIds(parties, "party"), 100, "party");
        Checks.maxSize(Checks.noBlankIds(tags, "tag"), 100, "tag");
        return client.execute(ApiRequest.post("/cgi-bin/batch/invite")
                .body(new Invite(copy(users), copy(parties), copy(tags))).build(), InviteResult.class);
    }

    /**
     * The corp's join QR code in WeCom's default size ({@code GET /cgi-bin/corp/get_join_qrcode}).
     *
     * @return the QR code image URL, valid 7 days
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public String joinQrCode() {
        return client.execute(ApiRequest.get("/cgi-bin/corp/get_join_qrcode").build(), JoinQrCode.class)
                .joinQrcode();
    }

    /**
     * The corp's join QR code in a size ({@code GET /cgi-bin/corp/get_join_qrcode}).
     *
     * @param sizeType 1 = 171 px, 2 = 399 px, 3 = 741 px, 4 = 2052 px
     * @return the QR code image URL, valid 7 days
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public String joinQrCode(int sizeType) {
        Checks.range(sizeType, 1, 4, "size_type");
        return client.execute(ApiRequest.get("/cgi-bin/corp/get_join_qrcode").query("size_type", sizeType)
                .build(), JoinQrCode.class).joinQrcode();
    }

    /**
     * How many members were active on a day ({@code POST /cgi-bin/user/get_active_stat}); WeCom keeps
     * the last 30 days.
     *
     * @param date the day
     * @return the number of active members
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public long activeCount(LocalDate date) {
        Checks.notNull(date, "date");
        return client.execute(ApiRequest.post("/cgi-bin/user/get_active_stat")
                .body(Map.of("date", date.toString())).repeatable().build(), ActiveStat.class).activeCnt();
    }

    private static String userid(String userid) {
        Checks.notBlank(userid, "userid");
        return Checks.maxBytes(userid, 64, "userid");
    }

    private static boolean isEmpty(Collection<?> values) {
        return values == null || values.isEmpty();
    }

    private static <T> List<T> copy(Collection<T> values) {
        return isEmpty(values) ? null : List.copyOf(values);
    }

    private record CursorRequest(@JsonProperty("cursor") String cursor, @JsonProperty("limit") int limit) {
    }

    private record Created(@JsonProperty("created_department_list") CreatedList createdDepartmentList) {
    }

    private record CreatedList(@JsonProperty("department_info") List<CreatedDepartment> departmentInfo) {
        CreatedList {
            departmentInfo = Models.list(departmentInfo);
        }
    }

    private record SimpleUserList(@JsonProperty("userlist") List<SimpleUser> userlist) {
        SimpleUserList {
            userlist = Models.list(userlist);
        }
    }

    private record UserList(@JsonProperty("userlist") List<User> userlist) {
        UserList {
            userlist = Models.list(userlist);
        }
    }

    private record OpenId(@JsonProperty("openid") String openid) {
    }

    private record UserId(@JsonProperty("userid") String userid) {
    }

    private record Invite(@JsonProperty("user") List<String> user, @JsonProperty("party") List<Long> party,
                          @JsonProperty("tag") List<Long> tag) {
    }

    private record JoinQrCode(@JsonProperty("join_qrcode") String joinQrcode) {
    }

    private record ActiveStat(@JsonProperty("active_cnt") long activeCnt) {
    }
}
