package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Who {@code batch/invite} invites: members, departments and tags, at least one of them. Build it with
 * {@link #builder()}; a part not set is not sent.
 *
 * @param userIds       the userids ({@code user}), at most 1,000, or {@code null}
 * @param departmentIds the department ids ({@code party}), at most 100, or {@code null}
 * @param tagIds        the tag ids ({@code tag}), at most 100, or {@code null}
 */
public record InviteRequest(
        @JsonProperty("user") List<String> userIds,
        @JsonProperty("party") List<Long> departmentIds,
        @JsonProperty("tag") List<Long> tagIds) {

    /** WeCom's largest number of userids per call. */
    public static final int MAX_USERS = 1000;
    /** WeCom's largest number of department ids, and of tag ids, per call. */
    public static final int MAX_DEPARTMENTS_OR_TAGS = 100;

    /**
     * Creates the value; lists are copied, a list not set stays {@code null} (not sent). Prefer
     * {@link #builder()}, which checks WeCom's limits.
     *
     * @param userIds       the userids, or {@code null}
     * @param departmentIds the department ids, or {@code null}
     * @param tagIds        the tag ids, or {@code null}
     */
    public InviteRequest {
        userIds = userIds == null ? null : List.copyOf(userIds);
        departmentIds = departmentIds == null ? null : List.copyOf(departmentIds);
        tagIds = tagIds == null ? null : List.copyOf(tagIds);
    }

    /**
     * Starts an invitation.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link InviteRequest}; not thread-safe. */
    public static final class Builder {

        private List<String> userIds;
        private List<Long> departmentIds;
        private List<Long> tagIds;

        private Builder() {}

        /**
         * Sets the members to invite.
         *
         * @param values userids, at most 1,000
         * @return this builder
         */
        public Builder users(String... values) {
            return users(Arrays.asList(values));
        }

        /**
         * Sets the members to invite.
         *
         * @param values userids, at most 1,000
         * @return this builder
         */
        public Builder users(Collection<String> values) {
            this.userIds = values == null ? null : List.copyOf(values);
            return this;
        }

        /**
         * Sets the departments whose members are invited.
         *
         * @param values department ids, at most 100
         * @return this builder
         */
        public Builder departments(long... values) {
            return departments(Arrays.stream(values).boxed().toList());
        }

        /**
         * Sets the departments whose members are invited.
         *
         * @param values department ids, at most 100
         * @return this builder
         */
        public Builder departments(Collection<Long> values) {
            this.departmentIds = values == null ? null : List.copyOf(values);
            return this;
        }

        /**
         * Sets the tags whose members are invited.
         *
         * @param values tag ids, at most 100
         * @return this builder
         */
        public Builder tags(long... values) {
            return tags(Arrays.stream(values).boxed().toList());
        }

        /**
         * Sets the tags whose members are invited.
         *
         * @param values tag ids, at most 100
         * @return this builder
         */
        public Builder tags(Collection<Long> values) {
            this.tagIds = values == null ? null : List.copyOf(values);
            return this;
        }

        /**
         * Builds the request and checks WeCom's limits.
         *
         * @return the request
         * @throws WeComValidationException if nothing is set, an id is blank or a list is too long
         */
        public InviteRequest build() {
            if (empty(userIds) && empty(departmentIds) && empty(tagIds)) {
                throw new WeComValidationException("user, party and tag may not all be empty");
            }
            Checks.maxSize(Checks.noBlankIds(userIds, "user"), MAX_USERS, "user");
            Checks.maxSize(Checks.noBlankIds(departmentIds, "party"), MAX_DEPARTMENTS_OR_TAGS, "party");
            Checks.maxSize(Checks.noBlankIds(tagIds, "tag"), MAX_DEPARTMENTS_OR_TAGS, "tag");
            return new InviteRequest(
                    empty(userIds) ? null : userIds,
                    empty(departmentIds) ? null : departmentIds,
                    empty(tagIds) ? null : tagIds);
        }

        private static boolean empty(List<?> values) {
            return values == null || values.isEmpty();
        }
    }
}
