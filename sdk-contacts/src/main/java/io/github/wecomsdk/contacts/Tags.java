package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Tag calls (标签管理). A tag belongs to the app that created it: only that app may rename it,
 * delete it or change its members (81011). Every method throws
 * {@link io.github.wecomsdk.core.WeComApiException} for a non-zero errcode and
 * {@link WeComValidationException} for bad input, before any request.
 */
public final class Tags {

    /** WeCom's largest number of userids per member change. */
    public static final int MAX_USERS_PER_CALL = 1000;
    /** WeCom's largest number of department ids per member change. */
    public static final int MAX_PARTIES_PER_CALL = 100;

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
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public long create(String tagName) {
        return create(tagName, null);
    }

    /**
     * Creates a tag ({@code POST /cgi-bin/tag/create}).
     *
     * @param tagName the name, 1 to 32 characters, unique
     * @param tagId   the id to give it (non-negative), or {@code null} for WeCom to pick
     * @return the new tag's id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public long create(String tagName, Long tagId) {
        tagName(tagName);
        if (tagId != null) {
            Checks.range(tagId, 0, Long.MAX_VALUE, "tagid");
        }
        return client.execute(ApiRequest.post("/cgi-bin/tag/create").body(new TagBody(tagName, tagId)).build(),
                Created.class).tagId();
    }

    /**
     * Renames a tag ({@code POST /cgi-bin/tag/update}).
     *
     * @param tagId   the tag id
     * @param tagName the new name, 1 to 32 characters
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public void update(long tagId, String tagName) {
        tagName(tagName);
        client.execute(ApiRequest.post("/cgi-bin/tag/update").body(new TagBody(tagName, tagId)).build());
    }

    /**
     * Deletes a tag ({@code GET /cgi-bin/tag/delete}).
     *
     * @param tagId the tag id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public void delete(long tagId) {
        client.execute(ApiRequest.get("/cgi-bin/tag/delete").query("tagid", tagId).build());
    }

    /**
     * A tag's members ({@code GET /cgi-bin/tag/get}).
     *
     * @param tagId the tag id
     * @return the members and departments
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public TagMembers get(long tagId) {
        return client.execute(ApiRequest.get("/cgi-bin/tag/get").query("tagid", tagId).build(), TagMembers.class);
    }

    /**
     * Adds members and departments to a tag ({@code POST /cgi-bin/tag/addtagusers}). A tag holds at
     * most 30,000 members and departments.
     *
     * @param tagId   the tag id
     * @param userids userids, at most 1,000 (may be null)
     * @param parties department ids, at most 100 (may be null)
     * @return the ids WeCom did not add
     * @throws WeComValidationException if both lists are empty or one is too long
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public TagMembersChange addUsers(long tagId, Collection<String> userids, Collection<Long> parties) {
        return change("/cgi-bin/tag/addtagusers", tagId, userids, parties);
    }

    /**
     * Removes members and departments from a tag ({@code POST /cgi-bin/tag/deltagusers}).
     *
     * @param tagId   the tag id
     * @param userids userids, at most 1,000 (may be null)
     * @param parties department ids, at most 100 (may be null)
     * @return the ids WeCom did not remove
     * @throws WeComValidationException if both lists are empty or one is too long
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public TagMembersChange deleteUsers(long tagId, Collection<String> userids, Collection<Long> parties) {
        return change("/cgi-bin/tag/deltagusers", tagId, userids, parties);
    }

    /**
     * Every tag ({@code GET /cgi-bin/tag/list}).
     *
     * @return the tags
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public List<Tag> list() {
        return client.execute(ApiRequest.get("/cgi-bin/tag/list").build(), TagList.class).taglist();
    }

    private TagMembersChange change(String path, long tagId, Collection<String> userids, Collection<Long> parties) {
        if ((userids == null || userids.isEmpty()) && (parties == null || parties.isEmpty())) {
            throw new WeComValidationException("userlist and partylist may not both be empty");
        }
        Checks.maxSize(Checks.noBlankIds(userids, "userlist"), MAX_USERS_PER_CALL, "userlist");
        Checks.maxSize(Checks.noBlankIds(parties, "partylist"), MAX_PARTIES_PER_CALL, "partylist");
        MemberBody body = new MemberBody(tagId, userids == null || userids.isEmpty() ? null : List.copyOf(userids),
                parties == null || parties.isEmpty() ? null : List.copyOf(parties));
        Invalid invalid = client.execute(ApiRequest.post(path).body(body).build(), Invalid.class);
        List<String> users = invalid.invalidlist() == null || invalid.invalidlist().isEmpty() ? List.of()
                : Arrays.stream(invalid.invalidlist().split("\\|")).filter(s -> !s.isEmpty()).toList();
        return new TagMembersChange(users, invalid.invalidparty());
    }

    private static void tagName(String tagName) {
        Checks.notBlank(tagName, "tagname");
        Checks.maxChars(tagName, 32, "tagname");
    }

    private record TagBody(@JsonProperty("tagname") String tagName, @JsonProperty("tagid") Long tagId) {
    }

    private record Created(@JsonProperty("tagid") long tagId) {
    }

    private record MemberBody(@JsonProperty("tagid") long tagId, @JsonProperty("userlist") List<String> userlist,
                              @JsonProperty("partylist") List<Long> partylist) {
    }

    private record Invalid(@JsonProperty("invalidlist") String invalidlist,
                           @JsonProperty("invalidparty") List<Long> invalidparty) {
    }

    private record TagList(@JsonProperty("taglist") List<Tag> taglist) {
        TagList {
            taglist = Models.list(taglist);
        }
    }
}
