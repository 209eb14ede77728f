package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.internal.Checks;
import java.util.List;

/**
 * The filter of {@code groupchat/statistic}. Start with {@link #of(long)}.
 *
 * @param dayBeginTime the first day (Unix seconds at 00:00), yesterday back to 180 days ago
 * @param dayEndTime   the last day, at most 30 days after the first, or {@code null} for the first day
 * @param ownerFilter  the owners, at most 100, or {@code null} (apps seeing over 1,000 members need one)
 * @param orderBy      1 new groups, 2 total groups, 3 new members, 4 total members; or {@code null}
 * @param orderAsc     1 ascending, 0 descending; or {@code null}
 * @param offset       the offset, or {@code null}
 * @param limit        the page size, 1 to 1,000, or {@code null} for 500
 */
public record GroupChatStatisticQuery(
        @JsonProperty("day_begin_time") long dayBeginTime,
        @JsonProperty("day_end_time") Long dayEndTime,
        @JsonProperty("owner_filter") OwnerFilter ownerFilter,
        @JsonProperty("order_by") Integer orderBy,
        @JsonProperty("order_asc") Integer orderAsc,
        @JsonProperty("offset") Integer offset,
        @JsonProperty("limit") Integer limit) {

    /** WeCom's longest span: 30 days after the first day. */
    public static final long MAX_SPAN_SECONDS = 30L * 24 * 3600;

    /**
     * Statistics for one day.
     *
     * @param dayBeginTime the day (Unix seconds at 00:00)
     * @return the query
     */
    public static GroupChatStatisticQuery of(long dayBeginTime) {
        return new GroupChatStatisticQuery(dayBeginTime, null, null, null, null, null, null);
    }

    /**
     * Up to a last day.
     *
     * @param value the last day (Unix seconds at 00:00)
     * @return a copy
     */
    public GroupChatStatisticQuery withDayEndTime(long value) {
        return new GroupChatStatisticQuery(dayBeginTime, value, ownerFilter, orderBy, orderAsc, offset, limit);
    }

    /**
     * For some owners only.
     *
     * @param userids the owners, at most 100
     * @return a copy
     */
    public GroupChatStatisticQuery withOwners(List<String> userids) {
        return new GroupChatStatisticQuery(dayBeginTime, dayEndTime, new OwnerFilter(userids), orderBy, orderAsc,
                offset, limit);
    }

    /**
     * Sorted.
     *
     * @param by        1 new groups, 2 total groups, 3 new members, 4 total members
     * @param ascending whether ascending
     * @return a copy
     */
    public GroupChatStatisticQuery withOrder(int by, boolean ascending) {
        return new GroupChatStatisticQuery(dayBeginTime, dayEndTime, ownerFilter, by, ascending ? 1 : 0, offset,
                limit);
    }

    /**
     * At an offset with a page size.
     *
     * @param newOffset the offset
     * @param newLimit  1 to 1,000
     * @return a copy
     */
    public GroupChatStatisticQuery withPage(int newOffset, int newLimit) {
        return new GroupChatStatisticQuery(dayBeginTime, dayEndTime, ownerFilter, orderBy, orderAsc, newOffset,
                newLimit);
    }

    void validate() {
        if (dayEndTime != null) {
            Checks.range(dayEndTime - dayBeginTime, 0, MAX_SPAN_SECONDS, "day_end_time - day_begin_time (seconds)");
        }
        if (ownerFilter != null) {
            Checks.maxSize(Checks.noBlankIds(ownerFilter.useridList(), "owner_filter.userid_list"), 100,
                    "owner_filter.userid_list");
        }
        if (orderBy != null) {
            Checks.range(orderBy, 1, 4, "order_by");
        }
        if (offset != null) {
            Checks.range(offset, 0, Integer.MAX_VALUE, "offset");
        }
        if (limit != null) {
            Checks.range(limit, 1, 1000, "limit");
        }
    }

    /**
     * Owners to report on.
     *
     * @param useridList the owners' userids
     */
    public record OwnerFilter(@JsonProperty("userid_list") List<String> useridList) {

        /**
         * Creates the value; lists are copied and a missing list becomes empty.
         *
         * @param useridList the owners' userids
         */
        public OwnerFilter {
            useridList = useridList == null ? List.of() : List.copyOf(useridList);
        }
    }
}
