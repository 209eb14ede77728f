package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.CursorPage;
import io.github.wecomsdk.core.PagedIterable;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

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
     * Creates a member ({@code POST /cgi-bin/user/create}). Create the member's departments first: WeCom
     * documents that a department id that does not exist is created under "其他（待设置部门）" and
     * reported back, but it may instead refuse the call with 60003 (department not found).
     *
     * @param request the member; name, and mobile or email, required
     * @return the departments WeCom reports it created on the way (usually none)
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode (60003 for a
     *         department that does not exist, 60102 for a userid that exists); nothing was created
     * @throws WeComValidationException if the name is missing, mobile and email are both missing or the
     *         userid has characters WeCom refuses; nothing was sent
     */
    public List<CreatedDepartment> create(UserRequest request) {
        Checks.notNull(request, "request").checkLimits();
        request.checkCreatable();
        Created created = client.execute(
                ApiRequest.post("/cgi-bin/user/create").body(request).build(), Created.class);
        return created.createdDepartmentList() == null
                ? List.of()
                : created.createdDepartmentList().departmentInfo();
    }

    /**
     * Reads a member ({@code GET /cgi-bin/user/get}).
     *
     * @param userId the userid
     * @return the member
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode (60111 for
     *         an unknown userid)
     * @throws WeComValidationException if the userid is blank or over 64 bytes; nothing was sent
     */
    public User get(String userId) {
        return client.execute(
                ApiRequest.get("/cgi-bin/user/get")
                        .query("userid", userId(userId))
                        .build(),
                User.class);
    }

    /**
     * Changes a member ({@code POST /cgi-bin/user/update}); only the fields set change, and only they
     * are sent.
     *
     * @param request the change
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if {@code request} is null or breaks a limit; nothing was sent
     */
    public void update(UserRequest request) {
        Checks.notNull(request, "request").checkLimits();
        client.execute(ApiRequest.post("/cgi-bin/user/update").body(request).build());
    }

    /**
     * Deletes a member ({@code GET /cgi-bin/user/delete}), with the bound Tencent Exmail account; the
     * corp's creator cannot be deleted (301005).
     *
     * @param userId the userid
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the userid is blank or over 64 bytes; nothing was sent
     */
    public void delete(String userId) {
        client.execute(ApiRequest.get("/cgi-bin/user/delete")
                .query("userid", userId(userId))
                .build());
    }

    /**
     * Deletes up to 200 members in one call ({@code POST /cgi-bin/user/batchdelete}).
     *
     * @param userIds the userids, 1 to 200
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the list is empty, has a blank id or is too long; nothing was sent
     * @see #batchDelete(Collection)
     */
    public void batchDelete(String... userIds) {
        batchDelete(Arrays.asList(Checks.notNull(userIds, "useridlist")));
    }

    /**
     * Deletes up to 200 members in one call ({@code POST /cgi-bin/user/batchdelete}). WeCom refuses the
     * whole call if one userid is invalid, so longer lists are refused here rather than split.
     *
     * @param userIds the userids, 1 to 200
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the list is empty, has a blank id or is too long; nothing was sent
     */
    public void batchDelete(Collection<String> userIds) {
        Checks.notEmptyIds(userIds, "useridlist");
        Checks.maxSize(userIds, BATCH_DELETE_MAX, "useridlist");
        client.execute(ApiRequest.post("/cgi-bin/user/batchdelete")
                .body(Map.of("useridlist", List.copyOf(userIds)))
                .build());
    }

    /**
     * The members of one department, in brief ({@code GET /cgi-bin/user/simplelist}), fetched by one
     * request when first iterated; sub-departments are not included.
     *
     * @param departmentId the department id
     * @return the members, lazily
     * @throws io.github.wecomsdk.core.WeComApiException while iterating, if WeCom answers with a non-zero
     *         errcode
     */
    public PagedIterable<SimpleUser> listSimple(long departmentId) {
        return listSimple(departmentId, false);
    }

    /**
     * The members of a department, in brief, with those of every sub-department if {@code fetchChild}
     * ({@code GET /cgi-bin/user/simplelist}).
     *
     * <p>WeCom's current page for this endpoint (doc 90200) no longer lists the old {@code fetch_child}
     * parameter and tells callers to list each sub-department themselves. Whether WeCom still honours
     * {@code fetch_child} is undocumented, and a server that ignored it would silently answer with the
     * department's direct members only, so the SDK never sends it. Instead it asks
     * {@code GET /cgi-bin/department/simplelist?id=} for the subtree (one request), then each department
     * of it for its members: 1 + N requests for a subtree of N departments, each made only when the
     * items before it are used up. A member of several of these departments is returned once. The
     * subtree is what the token may see (for a self-built app, its visibility).
     *
     * @param departmentId the department id
     * @param fetchChild   whether to include every sub-department's members
     * @return the members, lazily
     * @throws io.github.wecomsdk.core.WeComApiException while iterating, if WeCom answers with a non-zero
     *         errcode
     */
    public PagedIterable<SimpleUser> listSimple(long departmentId, boolean fetchChild) {
        LongFunction<List<SimpleUser>> one = id -> client.execute(
                        ApiRequest.get("/cgi-bin/user/simplelist")
                                .query("department_id", id)
                                .build(),
                        SimpleUserList.class)
                .userlist();
        return members(departmentId, fetchChild, one, SimpleUser::department);
    }

    /**
     * The members of one department, in detail ({@code GET /cgi-bin/user/list}), fetched by one request
     * when first iterated; sub-departments are not included. Very large departments may fail with 45029
     * (answer too large): use {@link #listIds()} and {@link #get(String)} instead.
     *
     * @param departmentId the department id
     * @return the members, lazily
     * @throws io.github.wecomsdk.core.WeComApiException while iterating, if WeCom answers with a non-zero
     *         errcode
     */
    public PagedIterable<User> list(long departmentId) {
        return list(departmentId, false);
    }

    /**
     * The members of a department, in detail, with those of every sub-department if {@code fetchChild}
     * ({@code GET /cgi-bin/user/list}); walked like {@link #listSimple(long, boolean)}: {@code fetch_child}
     * is never sent (doc 90201 no longer lists it), so a subtree of N departments costs 1 + N requests,
     * made lazily, and each member is returned once.
     *
     * @param departmentId the department id
     * @param fetchChild   whether to include every sub-department's members
     * @return the members, lazily
     * @throws io.github.wecomsdk.core.WeComApiException while iterating, if WeCom answers with a non-zero
     *         errcode
     */
    public PagedIterable<User> list(long departmentId, boolean fetchChild) {
        LongFunction<List<User>> one = id -> client.execute(
                        ApiRequest.get("/cgi-bin/user/list")
                                .query("department_id", id)
                                .build(),
                        UserList.class)
                .userlist();
        return members(departmentId, fetchChild, one, User::department);
    }

    /**
     * Every member-department pair of the corp ({@code POST /cgi-bin/user/list_id}), following the
     * cursor lazily with pages of 10,000: a page is fetched only when the one before is used up.
     * Contacts-sync token only.
     *
     * @return the pairs, lazily; errors surface as {@link io.github.wecomsdk.core.WeComException} while
     *         iterating
     */
    public PagedIterable<DepartmentUser> listIds() {
        return PagedIterable.ofCursor(cursor -> idPage(LIST_ID_MAX_LIMIT, cursor));
    }

    /**
     * One page of {@link #listIds()} ({@code POST /cgi-bin/user/list_id}) with 10,000 pairs at most.
     *
     * @param cursor the cursor from the previous page, or {@code null} for the first page
     * @return the page
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public UserIdPage idPage(String cursor) {
        return idPage(LIST_ID_MAX_LIMIT, cursor);
    }

    /**
     * One page of {@link #listIds()} ({@code POST /cgi-bin/user/list_id}).
     *
     * @param limit  the page size, 1 to 10,000
     * @param cursor the cursor from the previous page, or {@code null} for the first page
     * @return the page
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if {@code limit} is out of range; nothing was sent
     */
    public UserIdPage idPage(int limit, String cursor) {
        Checks.range(limit, 1, LIST_ID_MAX_LIMIT, "limit");
        return client.execute(
                ApiRequest.post("/cgi-bin/user/list_id")
                        .body(new CursorRequest(cursor == null || cursor.isEmpty() ? null : cursor, limit))
                        .repeatable()
                        .build(),
                UserIdPage.class);
    }

    /**
     * A member's openid, for corporate payments ({@code POST /cgi-bin/user/convert_to_openid}); the
     * member must have used WeChat with the corp (else 43004).
     *
     * @param userId the userid
     * @return the openid
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the userid is blank or over 64 bytes; nothing was sent
     */
    public String convertToOpenId(String userId) {
        return client.execute(
                        ApiRequest.post("/cgi-bin/user/convert_to_openid")
                                .body(Map.of("userid", userId(userId)))
                                .repeatable()
                                .build(),
                        OpenId.class)
                .openId();
    }

    /**
     * The member behind an openid ({@code POST /cgi-bin/user/convert_to_userid}).
     *
     * @param openId the openid
     * @return the userid
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the openid is blank; nothing was sent
     */
    public String convertToUserId(String openId) {
        Checks.notBlank(openId, "openid");
        return client.execute(
                        ApiRequest.post("/cgi-bin/user/convert_to_userid")
                                .body(Map.of("openid", openId))
                                .repeatable()
                                .build(),
                        UserIdAnswer.class)
                .userId();
    }

    /**
     * The member with a mobile number ({@code POST /cgi-bin/user/getuserid}). Too many lookups of
     * unknown numbers (over 20% of the member cap) block this API for a day.
     *
     * @param mobile the mobile number, 5 to 32 bytes
     * @return the userid
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the number is blank or over 32 bytes; nothing was sent
     */
    public String getUserIdByMobile(String mobile) {
        Checks.notBlank(mobile, "mobile");
        Checks.maxBytes(mobile, 32, "mobile");
        return client.execute(
                        ApiRequest.post("/cgi-bin/user/getuserid")
                                .body(Map.of("mobile", mobile))
                                .repeatable()
                                .build(),
                        UserIdAnswer.class)
                .userId();
    }

    /**
     * The member with a corp e-mail ({@code POST /cgi-bin/user/get_userid_by_email}, email_type 1).
     *
     * @param email the e-mail
     * @return the userid
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the e-mail is blank; nothing was sent
     */
    public String getUserIdByEmail(String email) {
        return getUserIdByEmail(email, EmailType.CORP);
    }

    /**
     * The member with an e-mail ({@code POST /cgi-bin/user/get_userid_by_email}). Same lookup limit as
     * {@link #getUserIdByMobile(String)}.
     *
     * @param email     the e-mail
     * @param emailType which e-mail it is
     * @return the userid
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the e-mail is blank or the type is null or
     *         {@link EmailType#UNKNOWN}; nothing was sent
     */
    public String getUserIdByEmail(String email, EmailType emailType) {
        Checks.notBlank(email, "email");
        Integer type = Checks.notNull(emailType, "email_type").wireValue();
        if (type == null) {
            throw new WeComValidationException("email_type may not be UNKNOWN");
        }
        return client.execute(
                        ApiRequest.post("/cgi-bin/user/get_userid_by_email")
                                .body(Map.of("email", email, "email_type", type))
                                .repeatable()
                                .build(),
                        UserIdAnswer.class)
                .userId();
    }

    /**
     * Invites members to activate WeCom ({@code POST /cgi-bin/batch/invite}). Not-yet-installed
     * invitees are reminded daily for up to 3 days.
     *
     * @param request who to invite, checked when it was built
     * @return what WeCom refused to invite
     * @throws WeComValidationException if {@code request} is null; nothing was sent
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public InviteResult invite(InviteRequest request) {
        Checks.notNull(request, "request");
        return client.execute(
                ApiRequest.post("/cgi-bin/batch/invite").body(request).build(), InviteResult.class);
    }

    /**
     * The corp's join QR code in WeCom's default size ({@code GET /cgi-bin/corp/get_join_qrcode}).
     *
     * @return the QR code image URL, valid 7 days
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public String joinQrCode() {
        return client.execute(ApiRequest.get("/cgi-bin/corp/get_join_qrcode").build(), JoinQrCode.class)
                .joinQrCode();
    }

    /**
     * The corp's join QR code in a size ({@code GET /cgi-bin/corp/get_join_qrcode}).
     *
     * @param size the size
     * @return the QR code image URL, valid 7 days
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if {@code size} is null or {@link QrCodeSize#UNKNOWN}; nothing was sent
     */
    public String joinQrCode(QrCodeSize size) {
        Integer sizeType = Checks.notNull(size, "size_type").wireValue();
        if (sizeType == null) {
            throw new WeComValidationException("size_type may not be UNKNOWN");
        }
        return client.execute(
                        ApiRequest.get("/cgi-bin/corp/get_join_qrcode")
                                .query("size_type", sizeType)
                                .build(),
                        JoinQrCode.class)
                .joinQrCode();
    }

    /**
     * How many members were active on a day ({@code POST /cgi-bin/user/get_active_stat}); WeCom keeps
     * the last 30 days.
     *
     * @param date the day
     * @return the number of active members
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if {@code date} is null; nothing was sent
     */
    public long activeCount(LocalDate date) {
        Checks.notNull(date, "date");
        return client.execute(
                        ApiRequest.post("/cgi-bin/user/get_active_stat")
                                .body(Map.of("date", date.toString()))
                                .repeatable()
                                .build(),
                        ActiveStat.class)
                .activeCnt();
    }

    /**
     * The members of a department, or of its whole subtree: the subtree's ids come from
     * {@code department/simplelist} and travel in an internal cursor ({@code ids|index}), so each walk
     * is lazy and starts again from the first request.
     */
    private <T> PagedIterable<T> members(
            long departmentId, boolean fetchChild, LongFunction<List<T>> one, Function<T, List<Long>> departmentsOf) {
        if (!fetchChild) {
            return PagedIterable.ofSingleCall(() -> one.apply(departmentId));
        }
        return PagedIterable.ofCursor(cursor -> {
            List<Long> ids;
            int index;
            if (cursor == null) {
                ids = subtree(departmentId);
                index = 0;
            } else {
                int bar = cursor.indexOf('|');
                ids = Arrays.stream(cursor.substring(0, bar).split(","))
                        .map(Long::valueOf)
                        .toList();
                index = Integer.parseInt(cursor.substring(bar + 1));
            }
            if (ids.isEmpty()) {
                return new SubtreePage<T>(List.of(), null);
            }
            long current = ids.get(index);
            Set<Long> inTree = new HashSet<>(ids);
            List<T> page = one.apply(current).stream()
                    .filter(member -> firstInTree(departmentsOf.apply(member), inTree, current) == current)
                    .toList();
            String next = index + 1 < ids.size()
                    ? ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + "|" + (index + 1)
                    : null;
            return new SubtreePage<>(page, next);
        });
    }

    private static long firstInTree(List<Long> departments, Set<Long> inTree, long current) {
        for (Long department : departments) {
            if (department != null && inTree.contains(department)) {
                return department;
            }
        }
        return current;
    }

    private List<Long> subtree(long departmentId) {
        List<Long> ids = client.execute(
                        ApiRequest.get("/cgi-bin/department/simplelist")
                                .query("id", departmentId)
                                .build(),
                        DepartmentIds.class)
                .ids();
        if (ids.contains(departmentId)) {
            return ids;
        }
        List<Long> withRoot = new java.util.ArrayList<>(ids.size() + 1);
        withRoot.add(departmentId);
        withRoot.addAll(ids);
        return withRoot;
    }

    private static String userId(String userId) {
        Checks.notBlank(userId, "userid");
        return Checks.maxBytes(userId, 64, "userid");
    }

    private record SubtreePage<T>(List<T> items, String nextCursor) implements CursorPage<T> {}

    private record CursorRequest(
            @JsonProperty("cursor") String cursor,
            @JsonProperty("limit") int limit) {}

    private record Created(
            @JsonProperty("created_department_list") CreatedList createdDepartmentList) {}

    private record CreatedList(
            @JsonProperty("department_info") List<CreatedDepartment> departmentInfo) {
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

    private record DepartmentIds(
            @JsonProperty("department_id") List<DepartmentRef> departments) {
        List<Long> ids() {
            return departments == null
                    ? List.of()
                    : departments.stream().map(DepartmentRef::id).toList();
        }
    }

    private record OpenId(@JsonProperty("openid") String openId) {}

    private record UserIdAnswer(@JsonProperty("userid") String userId) {}

    private record JoinQrCode(@JsonProperty("join_qrcode") String joinQrCode) {}

    private record ActiveStat(@JsonProperty("active_cnt") long activeCnt) {}
}
