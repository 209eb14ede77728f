package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.PagedIterable;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Tag calls (标签管理). A tag belongs to the app that created it: only that app may rename it,
 * delete it or change its members (81011). Every method throws
 * {@link io.github.wecomsdk.core.WeComApiException} for a non-zero errcode and
 * {@link WeComValidationException} for bad input, before any request.
 */
public final class Tags {

    /** WeCom's largest number of userids per {@code addtagusers}/{@code deltagusers} call. */
    public static final int MAX_USERS_PER_CALL = 1000;
    /** WeCom's largest number of department ids per {@code addtagusers}/{@code deltagusers} call. */
    public static final int MAX_DEPARTMENTS_PER_CALL = 100;

    private final WeComClient client;

    Tags(WeComClient client) {
        this.client = client;
    }

    /**
     * Creates a tag with an id WeCom picks ({@code POST /cgi-bin/tag/create}); at most 3,000 tags.
     *
     * @param tagName the name, 1 to 32 characters, unique
     * @return the new tag's id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the name is blank or too long; nothing was sent
     */
    public long create(String tagName) {
        tagName(tagName);
        return client.execute(
                        ApiRequest.post("/cgi-bin/tag/create")
                                .body(new TagBody(tagName, null))
                                .build(),
                        Created.class)
                .tagId();
    }

    /**
     * Creates a tag with a chosen id ({@code POST /cgi-bin/tag/create}).
     *
     * @param tagName the name, 1 to 32 characters, unique
     * @param tagId   the id to give it, non-negative
     * @return the new tag's id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the name is blank or too long or the id negative; nothing was sent
     */
    public long create(String tagName, long tagId) {
        tagName(tagName);
        Checks.range(tagId, 0, Long.MAX_VALUE, "tagid");
        return client.execute(
                        ApiRequest.post("/cgi-bin/tag/create")
                                .body(new TagBody(tagName, tagId))
                                .build(),
                        Created.class)
                .tagId();
    }

    /**
     * Renames a tag ({@code POST /cgi-bin/tag/update}).
     *
     * @param tagId   the tag id
     * @param tagName the new name, 1 to 32 characters
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the name is blank or too long; nothing was sent
     */
    public void update(long tagId, String tagName) {
        tagName(tagName);
        client.execute(ApiRequest.post("/cgi-bin/tag/update")
                .body(new TagBody(tagName, tagId))
                .build());
    }

    /**
     * Deletes a tag ({@code GET /cgi-bin/tag/delete}).
     *
     * @param tagId the tag id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public void delete(long tagId) {
        client.execute(
                ApiRequest.get("/cgi-bin/tag/delete").query("tagid", tagId).build());
    }

    /**
     * A tag's members ({@code GET /cgi-bin/tag/get}).
     *
     * @param tagId the tag id
     * @return the members and departments
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public TagMembers get(long tagId) {
        return client.execute(
                ApiRequest.get("/cgi-bin/tag/get").query("tagid", tagId).build(), TagMembers.class);
    }

    /**
     * Adds members to a tag ({@code POST /cgi-bin/tag/addtagusers}).
     *
     * @param tagId   the tag id
     * @param userIds userids, 1 to 1,000
     * @return the ids WeCom did not add
     * @throws WeComValidationException if the list is empty, has a blank id or is too long; nothing was sent
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public TagMembersChange addUsers(long tagId, String... userIds) {
        return addMembers(tagId, Arrays.asList(Checks.notNull(userIds, "userlist")), List.of());
    }

    /**
     * Adds departments to a tag ({@code POST /cgi-bin/tag/addtagusers}).
     *
     * @param tagId         the tag id
     * @param departmentIds department ids, 1 to 100
     * @return the ids WeCom did not add
     * @throws WeComValidationException if the list is empty or too long; nothing was sent
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public TagMembersChange addDepartments(long tagId, long... departmentIds) {
        return addMembers(tagId, List.of(), ids(departmentIds));
    }

    /**
     * Adds members and departments to a tag ({@code POST /cgi-bin/tag/addtagusers}). A tag holds at
     * most 30,000 members and departments.
     *
     * @param tagId         the tag id
     * @param userIds       userids, at most 1,000 (empty for none)
     * @param departmentIds department ids, at most 100 (empty for none)
     * @return the ids WeCom did not add
     * @throws WeComValidationException if both lists are empty or one is too long; nothing was sent
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public TagMembersChange addMembers(long tagId, Collection<String> userIds, Collection<Long> departmentIds) {
        return change("/cgi-bin/tag/addtagusers", tagId, userIds, departmentIds);
    }

    /**
     * Removes members from a tag ({@code POST /cgi-bin/tag/deltagusers}).
     *
     * @param tagId   the tag id
     * @param userIds userids, 1 to 1,000
     * @return the ids WeCom did not remove
     * @throws WeComValidationException if the list is empty, has a blank id or is too long; nothing was sent
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public TagMembersChange deleteUsers(long tagId, String... userIds) {
        return deleteMembers(tagId, Arrays.asList(Checks.notNull(userIds, "userlist")), List.of());
    }

    /**
     * Removes departments from a tag ({@code POST /cgi-bin/tag/deltagusers}).
     *
     * @param tagId         the tag id
     * @param departmentIds department ids, 1 to 100
     * @return the ids WeCom did not remove
     * @throws WeComValidationException if the list is empty or too long; nothing was sent
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public TagMembersChange deleteDepartments(long tagId, long... departmentIds) {
        return deleteMembers(tagId, List.of(), ids(departmentIds));
    }

    /**
     * Removes members and departments from a tag ({@code POST /cgi-bin/tag/deltagusers}).
     *
     * @param tagId         the tag id
     * @param userIds       userids, at most 1,000 (empty for none)
     * @param departmentIds department ids, at most 100 (empty for none)
     * @return the ids WeCom did not remove
     * @throws WeComValidationException if both lists are empty or one is too long; nothing was sent
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public TagMembersChange deleteMembers(long tagId, Collection<String> userIds, Collection<Long> departmentIds) {
        return change("/cgi-bin/tag/deltagusers", tagId, userIds, departmentIds);
    }

    /**
     * Every tag ({@code GET /cgi-bin/tag/list}), fetched by one request when first iterated.
     *
     * @return the tags, lazily
     * @throws io.github.wecomsdk.core.WeComApiException while iterating, if WeCom answers with a non-zero
     *         errcode
     */
    public PagedIterable<Tag> list() {
        return PagedIterable.ofSingleCall(
                () -> client.execute(ApiRequest.get("/cgi-bin/tag/list").build(), TagList.class)
                        .taglist());
    }

    private TagMembersChange change(
            String path, long tagId, Collection<String> userIds, Collection<Long> departmentIds) {
        boolean noUsers = userIds == null || userIds.isEmpty();
        boolean noDepartments = departmentIds == null || departmentIds.isEmpty();
        if (noUsers && noDepartments) {
            throw new WeComValidationException("userlist and partylist may not both be empty");
        }
        Checks.maxSize(Checks.noBlankIds(userIds, "userlist"), MAX_USERS_PER_CALL, "userlist");
        Checks.maxSize(Checks.noBlankIds(departmentIds, "partylist"), MAX_DEPARTMENTS_PER_CALL, "partylist");
        MemberBody body = new MemberBody(
                tagId, noUsers ? null : List.copyOf(userIds), noDepartments ? null : List.copyOf(departmentIds));
        Invalid invalid = client.execute(ApiRequest.post(path).body(body).build(), Invalid.class);
        List<String> users =
                invalid.invalidlist() == null || invalid.invalidlist().isEmpty()
                        ? List.of()
                        : Arrays.stream(invalid.invalidlist().split("\\|"))
                                .filter(s -> !s.isEmpty())
                                .toList();
        return new TagMembersChange(users, invalid.invalidparty(), invalid.otherFields());
    }

    private static List<Long> ids(long[] values) {
        return Arrays.stream(Checks.notNull(values, "partylist")).boxed().toList();
    }

    private static void tagName(String tagName) {
        Checks.notBlank(tagName, "tagname");
        Checks.maxChars(tagName, 32, "tagname");
    }

    private record TagBody(
            @JsonProperty("tagname") String tagName,
            @JsonProperty("tagid") Long tagId) {}

    private record Created(@JsonProperty("tagid") long tagId) {}

    private record MemberBody(
            @JsonProperty("tagid") long tagId,
            @JsonProperty("userlist") List<String> userlist,
            @JsonProperty("partylist") List<Long> partylist) {}

    private record Invalid(
            @JsonProperty("invalidlist") String invalidlist,
            @JsonProperty("invalidparty") List<Long> invalidparty,
            @JsonAnySetter Map<String, Object> otherFields) {}

    private record TagList(@JsonProperty("taglist") List<Tag> taglist) {
        TagList {
            taglist = Models.list(taglist);
        }
    }
}
