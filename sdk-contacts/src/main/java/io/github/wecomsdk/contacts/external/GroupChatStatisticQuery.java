package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.internal.Checks;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The filter of {@code groupchat/statistic}; build it with {@link #builder(long)}, which checks WeCom's
 * limits. The page (offset and size) is an argument of
 * {@link Statistics#groupChatStatisticPage(GroupChatStatisticQuery, int, int)}, not part of the filter.
 *
 * @param dayBeginTime the first day (Unix seconds at 00:00), yesterday back to 180 days ago
 * @param dayEndTime   the last day, at most 30 days after the first, or {@code null} for the first day
 * @param ownerFilter  the owners, at most 100, or {@code null} (apps seeing over 1,000 members need one)
 * @param orderBy      1 new groups, 2 total groups, 3 new members, 4 total members; or {@code null}
 * @param orderAsc     1 ascending, 0 descending; or {@code null}
 */
public record GroupChatStatisticQuery(
        @JsonProperty("day_begin_time") long dayBeginTime,
        @JsonProperty("day_end_time") Long dayEndTime,
        @JsonProperty("owner_filter") OwnerFilter ownerFilter,
        @JsonProperty("order_by") Integer orderBy,
        @JsonProperty("order_asc") Integer orderAsc) {

    /** WeCom's longest span: 30 days after the first day. */
    public static final long MAX_SPAN_SECONDS = 30L * 24 * 3600;

    /**
     * Starts a filter.
     *
     * @param dayBeginTime the first day (Unix seconds at 00:00)
     * @return the builder
     */
    public static Builder builder(long dayBeginTime) {
        return new Builder(dayBeginTime);
    }

    /**
     * Owners to report on.
     *
     * @param userIdList the owners' userids ({@code userid_list})
     */
    public record OwnerFilter(@JsonProperty("userid_list") List<String> userIdList) {

        /**
         * Creates the value; lists are copied and a missing list becomes empty.
         *
         * @param userIdList the owners' userids
         */
        public OwnerFilter {
            userIdList = userIdList == null ? List.of() : List.copyOf(userIdList);
        }
    }

    /** Builds a {@link GroupChatStatisticQuery}; not thread-safe. */
    public static final class Builder {

        private final long dayBeginTime;
        private Long dayEndTime;
        private List<String> owners;
        private Integer orderBy;
        private Integer orderAsc;

        private Builder(long dayBeginTime) {
            this.dayBeginTime = dayBeginTime;
        }

        /**
         * Sets the last day.
         *
         * @param value the last day (Unix seconds at 00:00), at most 30 days after the first
         * @return this builder
         */
        public Builder dayEndTime(long value) {
            this.dayEndTime = value;
            return this;
        }

        /**
         * Reports on some owners only.
         *
         * @param userIds the owners, 1 to 100
         * @return this builder
         */
        public Builder owners(Collection<String> userIds) {
            this.owners = userIds == null ? null : List.copyOf(userIds);
            return this;
        }

        /**
         * Reports on some owners only.
         *
         * @param userIds the owners, 1 to 100
         * @return this builder
         */
        public Builder owners(String... userIds) {
            return owners(Arrays.asList(userIds));
        }

        /**
         * Sorts the owners.
         *
         * @param by        1 new groups, 2 total groups, 3 new members, 4 total members
         * @param ascending whether ascending
         * @return this builder
         */
        public Builder order(int by, boolean ascending) {
            this.orderBy = by;
            this.orderAsc = ascending ? 1 : 0;
            return this;
        }

        /**
         * Builds the filter and checks WeCom's limits.
         *
         * @return the filter
         * @throws io.github.wecomsdk.core.WeComValidationException if the span is negative or over 30 days,
         *         an owner is blank or there are over 100, or the order is out of range
         */
        public GroupChatStatisticQuery build() {
            if (dayEndTime != null) {
                Checks.range(dayEndTime - dayBeginTime, 0, MAX_SPAN_SECONDS, "day_end_time - day_begin_time (seconds)");
            }
            Checks.maxSize(
                    Checks.noBlankIds(owners, "owner_filter.userid_list"),
                    GroupChats.MAX_OWNERS,
                    "owner_filter.userid_list");
            if (orderBy != null) {
                Checks.range(orderBy, 1, 4, "order_by");
            }
            return new GroupChatStatisticQuery(
                    dayBeginTime,
                    dayEndTime,
                    owners == null || owners.isEmpty() ? null : new OwnerFilter(owners),
                    orderBy,
                    orderAsc);
        }
    }
}
