package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.List;

/**
 * The body of {@code add_corp_tag}: tags to add to an existing group ({@link #toGroup(String, List)}) or
 * to a new group ({@link #newGroup(String, List)}); the factories check WeCom's limits.
 *
 * @param groupId   an existing group's id
 * @param groupName the group's name, at most 30 characters (a new group is created if no group has it)
 * @param order     the group's order, or {@code null}
 * @param tag       the tags, at least one
 * @param agentId   the app id, only for legacy third-party calls; usually {@code null}
 */
public record NewCorpTags(
        @JsonProperty("group_id") String groupId,
        @JsonProperty("group_name") String groupName,
        @JsonProperty("order") Long order,
        @JsonProperty("tag") List<NewTag> tag,
        @JsonProperty("agentid") Long agentId) {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param groupId an existing group's id
     * @param groupName the group's name, at most 30 characters (a new group is created if no group has it)
     * @param order the group's order, or {@code null}
     * @param tag the tags, at least one
     * @param agentId the app id, only for legacy third-party calls; usually {@code null}
     */
    public NewCorpTags {
        tag = tag == null ? List.of() : List.copyOf(tag);
    }

    /**
     * Tags for an existing group.
     *
     * @param groupId the group id
     * @param tags    the tags, at least one
     * @return the request
     * @throws WeComValidationException if the id is blank, there is no tag or a name is blank or too long
     */
    public static NewCorpTags toGroup(String groupId, List<NewTag> tags) {
        return checked(new NewCorpTags(Checks.notBlank(groupId, "group_id"), null, null, tags, null));
    }

    /**
     * Tags for a group by name, created if it does not exist.
     *
     * @param groupName the group name, at most 30 characters
     * @param tags      the tags, at least one
     * @return the request
     * @throws WeComValidationException if the name is blank or too long, or there is no tag or a tag name is
     *         blank or too long
     */
    public static NewCorpTags newGroup(String groupName, List<NewTag> tags) {
        return checked(new NewCorpTags(null, Checks.notBlank(groupName, "group_name"), null, tags, null));
    }

    /**
     * Tags for a group by name, created with an order if it does not exist.
     *
     * @param groupName the group name, at most 30 characters
     * @param order     the group's order; larger first
     * @param tags      the tags, at least one
     * @return the request
     * @throws WeComValidationException if the name is blank or too long, or there is no tag or a tag name is
     *         blank or too long
     */
    public static NewCorpTags newGroup(String groupName, long order, List<NewTag> tags) {
        return checked(new NewCorpTags(null, Checks.notBlank(groupName, "group_name"), order, tags, null));
    }

    private static NewCorpTags checked(NewCorpTags request) {
        request.validate();
        return request;
    }

    void validate() {
        if ((groupId == null || groupId.isBlank()) && (groupName == null || groupName.isBlank())) {
            throw new WeComValidationException("group_id or group_name is required");
        }
        Checks.maxChars(groupName, 30, "group_name");
        if (tag.isEmpty()) {
            throw new WeComValidationException("tag must hold at least one tag: WeCom allows no empty group");
        }
        for (NewTag t : tag) {
            Checks.notNull(t, "tag");
            Checks.notBlank(t.name(), "tag.name");
            Checks.maxChars(t.name(), 30, "tag.name");
        }
    }

    /**
     * A tag to add.
     *
     * @param name  the name, at most 30 characters
     * @param order the order, or {@code null}
     */
    public record NewTag(
            @JsonProperty("name") String name,
            @JsonProperty("order") Long order) {

        /**
         * A tag by name.
         *
         * @param name the name
         * @return the tag
         */
        public static NewTag of(String name) {
            return new NewTag(name, null);
        }

        /**
         * A tag by name with its order in the group.
         *
         * @param name  the name
         * @param order the order; larger first
         * @return the tag
         */
        public static NewTag of(String name, long order) {
            return new NewTag(name, order);
        }
    }
}
