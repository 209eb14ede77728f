package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.PagedIterable;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Corp customer tags (企业客户标签): the tag library and tagging customers. At most 10,000 corp tags;
 * an app may edit or delete only the tags it created. Every method throws
 * {@link io.github.wecomsdk.core.WeComApiException} for a non-zero errcode and
 * {@link WeComValidationException} for bad input, before any request.
 */
public final class CorpTags {

    private final WeComClient client;

    CorpTags(WeComClient client) {
        this.client = client;
    }

    /**
     * The whole tag library ({@code POST /cgi-bin/externalcontact/get_corp_tag_list} with no filter),
     * fetched by one request when first iterated.
     *
     * @return the groups with their tags, lazily
     * @throws io.github.wecomsdk.core.WeComApiException while iterating, if WeCom answers with a non-zero
     *         errcode
     */
    public PagedIterable<CorpTagGroup> list() {
        return listFiltered(null, null);
    }

    /**
     * The groups holding the given tags, each with only those tags
     * ({@code POST /cgi-bin/externalcontact/get_corp_tag_list} with {@code tag_id}).
     *
     * @param tagIds the tag ids, at least one
     * @return the groups with the tags, lazily
     * @throws io.github.wecomsdk.core.WeComApiException while iterating, if WeCom answers with a non-zero
     *         errcode
     * @throws WeComValidationException if the list is empty or has a blank id; nothing was sent
     */
    public PagedIterable<CorpTagGroup> listByTags(Collection<String> tagIds) {
        return listFiltered(List.copyOf(Checks.notEmptyIds(tagIds, "tag_id")), null);
    }

    /**
     * The groups holding the given tags; see {@link #listByTags(Collection)}.
     *
     * @param tagIds the tag ids, at least one
     * @return the groups with the tags, lazily
     * @throws io.github.wecomsdk.core.WeComApiException while iterating, if WeCom answers with a non-zero
     *         errcode
     * @throws WeComValidationException if no id is given or one is blank; nothing was sent
     */
    public PagedIterable<CorpTagGroup> listByTags(String... tagIds) {
        return listByTags(Arrays.asList(Checks.notNull(tagIds, "tag_id")));
    }

    /**
     * The given groups with all their tags ({@code POST /cgi-bin/externalcontact/get_corp_tag_list} with
     * {@code group_id}).
     *
     * @param groupIds the group ids, at least one
     * @return the groups with their tags, lazily
     * @throws io.github.wecomsdk.core.WeComApiException while iterating, if WeCom answers with a non-zero
     *         errcode
     * @throws WeComValidationException if the list is empty or has a blank id; nothing was sent
     */
    public PagedIterable<CorpTagGroup> listByGroups(Collection<String> groupIds) {
        return listFiltered(null, List.copyOf(Checks.notEmptyIds(groupIds, "group_id")));
    }

    /**
     * The given groups with all their tags; see {@link #listByGroups(Collection)}.
     *
     * @param groupIds the group ids, at least one
     * @return the groups with their tags, lazily
     * @throws io.github.wecomsdk.core.WeComApiException while iterating, if WeCom answers with a non-zero
     *         errcode
     * @throws WeComValidationException if no id is given or one is blank; nothing was sent
     */
    public PagedIterable<CorpTagGroup> listByGroups(String... groupIds) {
        return listByGroups(Arrays.asList(Checks.notNull(groupIds, "group_id")));
    }

    /**
     * Adds tags to a group, creating the group if named and new
     * ({@code POST /cgi-bin/externalcontact/add_corp_tag}). Names repeated within a group create one tag.
     *
     * @param request the group and tags
     * @return the group with the new tags and their ids
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the request breaks a limit; nothing was sent
     */
    public CorpTagGroup create(NewCorpTags request) {
        Checks.notNull(request, "request").validate();
        return client.execute(
                        ApiRequest.post("/cgi-bin/externalcontact/add_corp_tag")
                                .body(request)
                                .build(),
                        Added.class)
                .tagGroup();
    }

    /**
     * Renames a tag or group ({@code POST /cgi-bin/externalcontact/edit_corp_tag}).
     *
     * @param id   the tag id or group id
     * @param name the new name, at most 30 characters
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the id or name is blank or the name too long; nothing was sent
     */
    public void update(String id, String name) {
        Checks.notBlank(name, "name");
        edit(id, name, null);
    }

    /**
     * Reorders a tag or group ({@code POST /cgi-bin/externalcontact/edit_corp_tag}).
     *
     * @param id    the tag id or group id
     * @param order the new order; larger first
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the id is blank; nothing was sent
     */
    public void update(String id, long order) {
        edit(id, null, order);
    }

    /**
     * Renames and reorders a tag or group ({@code POST /cgi-bin/externalcontact/edit_corp_tag}).
     *
     * @param id    the tag id or group id
     * @param name  the new name, at most 30 characters
     * @param order the new order; larger first
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the id or name is blank or the name too long; nothing was sent
     */
    public void update(String id, String name, long order) {
        Checks.notBlank(name, "name");
        edit(id, name, order);
    }

    /**
     * Deletes tags ({@code POST /cgi-bin/externalcontact/del_corp_tag} with {@code tag_id}); a group left
     * empty is deleted with them.
     *
     * @param tagIds the tag ids, at least one
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the list is empty or has a blank id; nothing was sent
     */
    public void deleteTags(Collection<String> tagIds) {
        Checks.notEmptyIds(tagIds, "tag_id");
        client.execute(ApiRequest.post("/cgi-bin/externalcontact/del_corp_tag")
                .body(new Ids(List.copyOf(tagIds), null))
                .build());
    }

    /**
     * Deletes tags; see {@link #deleteTags(Collection)}.
     *
     * @param tagIds the tag ids, at least one
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the list is empty or has a blank id; nothing was sent
     */
    public void deleteTags(String... tagIds) {
        deleteTags(Arrays.asList(Checks.notNull(tagIds, "tag_id")));
    }

    /**
     * Deletes whole groups with their tags ({@code POST /cgi-bin/externalcontact/del_corp_tag} with
     * {@code group_id}).
     *
     * @param groupIds the group ids, at least one
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the list is empty or has a blank id; nothing was sent
     */
    public void deleteGroups(Collection<String> groupIds) {
        Checks.notEmptyIds(groupIds, "group_id");
        client.execute(ApiRequest.post("/cgi-bin/externalcontact/del_corp_tag")
                .body(new Ids(null, List.copyOf(groupIds)))
                .build());
    }

    /**
     * Deletes whole groups; see {@link #deleteGroups(Collection)}.
     *
     * @param groupIds the group ids, at least one
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the list is empty or has a blank id; nothing was sent
     */
    public void deleteGroups(String... groupIds) {
        deleteGroups(Arrays.asList(Checks.notNull(groupIds, "group_id")));
    }

    /**
     * Tags and untags a customer for a member ({@code POST /cgi-bin/externalcontact/mark_tag}).
     *
     * @param userId         the member
     * @param externalUserId the customer
     * @param addTags        tag ids to add (empty for none)
     * @param removeTags     tag ids to remove (empty for none)
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if both lists are empty or an id is blank; nothing was sent
     */
    public void mark(String userId, String externalUserId, Collection<String> addTags, Collection<String> removeTags) {
        Checks.notBlank(userId, "userid");
        Checks.notBlank(externalUserId, "external_userid");
        if (empty(addTags) && empty(removeTags)) {
            throw new WeComValidationException("add_tag and remove_tag may not both be empty");
        }
        Checks.noBlankIds(addTags, "add_tag");
        Checks.noBlankIds(removeTags, "remove_tag");
        client.execute(ApiRequest.post("/cgi-bin/externalcontact/mark_tag")
                .body(new Mark(userId, externalUserId, copy(addTags), copy(removeTags)))
                .build());
    }

    private PagedIterable<CorpTagGroup> listFiltered(List<String> tagIds, List<String> groupIds) {
        return PagedIterable.ofSingleCall(() -> client.execute(
                        ApiRequest.post("/cgi-bin/externalcontact/get_corp_tag_list")
                                .body(new Ids(tagIds, groupIds))
                                .repeatable()
                                .build(),
                        GroupList.class)
                .tagGroup());
    }

    private void edit(String id, String name, Long order) {
        Checks.notBlank(id, "id");
        Checks.maxChars(name, 30, "name");
        client.execute(ApiRequest.post("/cgi-bin/externalcontact/edit_corp_tag")
                .body(new Edit(id, name, order))
                .build());
    }

    private static boolean empty(Collection<?> values) {
        return values == null || values.isEmpty();
    }

    private static List<String> copy(Collection<String> values) {
        return empty(values) ? null : List.copyOf(values);
    }

    private record Ids(
            @JsonProperty("tag_id") List<String> tagId,
            @JsonProperty("group_id") List<String> groupId) {}

    private record GroupList(@JsonProperty("tag_group") List<CorpTagGroup> tagGroup) {
        GroupList {
            tagGroup = tagGroup == null ? List.of() : List.copyOf(tagGroup);
        }
    }

    private record Added(@JsonProperty("tag_group") CorpTagGroup tagGroup) {}

    private record Edit(
            @JsonProperty("id") String id,
            @JsonProperty("name") String name,
            @JsonProperty("order") Long order) {}

    private record Mark(
            @JsonProperty("userid") String userId,
            @JsonProperty("external_userid") String externalUserId,
            @JsonProperty("add_tag") List<String> addTag,
            @JsonProperty("remove_tag") List<String> removeTag) {}
}
