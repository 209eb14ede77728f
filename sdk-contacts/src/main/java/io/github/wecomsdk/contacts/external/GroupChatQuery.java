package io.github.wecomsdk.contacts.external;

import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Which customer groups {@code groupchat/list} returns; build it with {@link #builder()}. A filter not
 * set is not sent.
 *
 * @param statusFilter the raw {@code status_filter}: 1 owner resigned (awaiting transfer), 2 transfer in
 *                     progress, 3 transferred; {@code null} for every group
 * @param owners       the owners' userids ({@code owner_filter.userid_list}), at most 100, or {@code null}
 */
public record GroupChatQuery(Integer statusFilter, List<String> owners) {

    /**
     * Creates the value; lists are copied. Prefer {@link #builder()}, which checks WeCom's limits.
     *
     * @param statusFilter the raw status filter, or {@code null}
     * @param owners       the owners' userids, or {@code null}
     */
    public GroupChatQuery {
        owners = owners == null ? null : List.copyOf(owners);
    }

    /**
     * Starts a query.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link GroupChatQuery}; not thread-safe. */
    public static final class Builder {

        private Integer statusFilter;
        private List<String> owners;

        private Builder() {}

        /**
         * Keeps only the groups of resigned owners in one transfer state.
         *
         * @param status {@link GroupChatStatus#AWAITING_TRANSFER}, {@link GroupChatStatus#TRANSFERRING} or
         *               {@link GroupChatStatus#TRANSFERRED}
         * @return this builder
         * @throws WeComValidationException for another status ({@code NORMAL} cannot be filtered on)
         */
        public Builder status(GroupChatStatus status) {
            Integer wire = Checks.notNull(status, "status_filter").wireValue();
            if (wire == null || wire == 0) {
                throw new WeComValidationException(
                        "status_filter takes AWAITING_TRANSFER, TRANSFERRING or" + " TRANSFERRED; got " + status);
            }
            this.statusFilter = wire;
            return this;
        }

        /**
         * Keeps only the groups of these owners.
         *
         * @param userIds the owners, 1 to 100
         * @return this builder
         */
        public Builder owners(Collection<String> userIds) {
            this.owners = userIds == null ? null : List.copyOf(userIds);
            return this;
        }

        /**
         * Keeps only the groups of these owners.
         *
         * @param userIds the owners, 1 to 100
         * @return this builder
         */
        public Builder owners(String... userIds) {
            return owners(Arrays.asList(userIds));
        }

        /**
         * Builds the query and checks WeCom's limits.
         *
         * @return the query
         * @throws WeComValidationException if an owner is blank or there are more than 100
         */
        public GroupChatQuery build() {
            Checks.maxSize(
                    Checks.noBlankIds(owners, "owner_filter.userid_list"),
                    GroupChats.MAX_OWNERS,
                    "owner_filter.userid_list");
            return new GroupChatQuery(statusFilter, owners == null || owners.isEmpty() ? null : owners);
        }
    }
}
