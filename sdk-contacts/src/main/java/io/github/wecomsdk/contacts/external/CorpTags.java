package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
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
     * The tag library, or part of it ({@code POST /cgi-bin/externalcontact/get_corp_tag_list}). With
     * both lists empty every group is returned; with both given only {@code groupIds} filters.
     *
     * @param tagIds   tag ids to return, or {@code null}
     * @param groupIds group ids to return, or {@code null}
     * @return the groups with their tags
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public List<CorpTagGroup> list(Collection<String> tagIds, Collection<String> groupIds) {
        Checks.noBlankIds(tagIds, "tag_id");
        Checks.noBlankIds(groupIds, "group_id");
        return client.execute(ApiRequest.post("/cgi-bin/externalcontact/get_corp_tag_list")
                .body(new Ids(copy(tagIds), copy(groupIds))).repeatable().build(), GroupList.class).tagGroup();
    }

    /**
     * Adds tags to a group, creating the group if named and new
     * ({@code POST /cgi-bin/externalcontact/add_corp_tag}). Names repeated within a group create one tag.
     *
     * @param request the group and tags
     * @return the group with the new tags and their ids
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public CorpTagGroup add(NewCorpTags request) {
        Checks.notNull(request, "request").validate();
        return client.execute(ApiRequest.post("/cgi-bin/externalcontact/add_corp_tag").body(request).build(),
                Added.class).tagGroup();
    }

    /**
     * Renames or reorders a tag or group ({@code POST /cgi-bin/externalcontact/edit_corp_tag}).
     *
     * @param id    a tag id or group id
     * @param name  the new name, at most 30 characters, or {@code null}
     * @param order the new order, or {@code null}
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public void edit(String id, String name, Long order) {
        Checks.notBlank(id, "id");
        Checks.maxChars(name, 30, "name");
        if (name == null && order == null) {
            throw new WeComValidationException("name or order is required: nothing to change");
        }
        client.execute(ApiRequest.post("/cgi-bin/externalcontact/edit_corp_tag")
                .body(new Edit(id, name, order)).build());
    }

    /**
     * Deletes tags and groups ({@code POST /cgi-bin/externalcontact/del_corp_tag}); deleting every tag
     * of a group deletes the group.
     *
     * @param tagIds   tag ids, or {@code null}
     * @param groupIds group ids, or {@code null}
     * @throws WeComValidationException if both are empty
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public void delete(Collection<String> tagIds, Collection<String> groupIds) {
        if (empty(tagIds) && empty(groupIds)) {
            throw new WeComValidationException("tag_id and group_id may not both be empty");
        }
        Checks.noBlankIds(tagIds, "tag_id");
        Checks.noBlankIds(groupIds, "group_id");
        client.execute(ApiRequest.post("/cgi-bin/externalcontact/del_corp_tag")
                .body(new Ids(copy(tagIds), copy(groupIds))).build());
    }

    /**
     * Adds and removes corp tags on a member's customer ({@code POST /cgi-bin/externalcontact/mark_tag}).
     *
     * @param userid         the member
     * @param externalUserid the customer
     * @param addTags        tag ids to add, or {@code null}
     * @param removeTags     tag ids to remove, or {@code null}
     * @throws WeComValidationException if both tag lists are empty
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public void mark(String userid, String externalUserid, Collection<String> addTags,
                     Collection<String> removeTags) {
        Checks.notBlank(userid, "userid");
        Checks.notBlank(externalUserid, "external_userid");
        if (empty(addTags) && empty(removeTags)) {
            throw new WeComValidationException("add_tag and remove_tag may not both be empty");
        }
        Checks.noBlankIds(addTags, "add_tag");
        Checks.noBlankIds(removeTags, "remove_tag");
        client.execute(ApiRequest.post("/cgi-bin/externalcontact/mark_tag")
                .body(new Mark(userid, externalUserid, copy(addTags), copy(removeTags))).build());
    }

    private static boolean empty(Collection<?> values) {
        return values == null || values.isEmpty();
    }

    private static List<String> copy(Collection<String> values) {
        return empty(values) ? null : List.copyOf(values);
    }

    private record Ids(@JsonProperty("tag_id") List<String> tagId, @JsonProperty("group_id") List<String> groupId) {
    }

    private record GroupList(@JsonProperty("tag_group") List<CorpTagGroup> tagGroup) {
        GroupList {
            tagGroup = tagGroup == null ? List.of() : List.copyOf(tagGroup);
        }
    }

    private record Added(@JsonProperty("tag_group") CorpTagGroup tagGroup) {
    }

    private record Edit(@JsonProperty("id") String id, @JsonProperty("name") String name,
                        @JsonProperty("order") Long order) {
    }

    private record Mark(@JsonProperty("userid") String userid, @JsonProperty("external_userid") String externalUserid,
                        @JsonProperty("add_tag") List<String> addTag,
                        @JsonProperty("remove_tag") List<String> removeTag) {
    }
}
