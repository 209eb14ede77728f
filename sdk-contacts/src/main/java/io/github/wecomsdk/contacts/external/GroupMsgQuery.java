package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.internal.Checks;

/**
 * The filter of {@code get_groupmsg_list_v2}. Start with {@link #of(String, long, long)}.
 *
 * @param chatType   {@code single} or {@code group}
 * @param startTime  the earliest creation time (Unix seconds)
 * @param endTime    the latest creation time; at most 31 days after {@code startTime}
 * @param creator    only messages created by this member, or {@code null}
 * @param filterType 0 corp messages, 1 personal messages, 2 all (WeCom's default), or {@code null}
 * @param limit      the page size, 1 to 100, or {@code null} for WeCom's 50
 * @param cursor     the page cursor, or {@code null} for the first page
 */
public record GroupMsgQuery(
        @JsonProperty("chat_type") String chatType,
        @JsonProperty("start_time") long startTime,
        @JsonProperty("end_time") long endTime,
        @JsonProperty("creator") String creator,
        @JsonProperty("filter_type") Integer filterType,
        @JsonProperty("limit") Integer limit,
        @JsonProperty("cursor") String cursor) {

    /** The longest span WeCom allows between start and end: one month, taken as 31 days. */
    public static final long MAX_SPAN_SECONDS = 31L * 24 * 3600;

    /**
     * Mass messages of a type created in a time range.
     *
     * @param chatType  {@code single} or {@code group}
     * @param startTime the earliest creation time (Unix seconds)
     * @param endTime   the latest creation time (Unix seconds)
     * @return the query
     */
    public static GroupMsgQuery of(String chatType, long startTime, long endTime) {
        return new GroupMsgQuery(chatType, startTime, endTime, null, null, null, null);
    }

    /**
     * Only messages created by a member.
     *
     * @param value the member's userid
     * @return a copy
     */
    public GroupMsgQuery withCreator(String value) {
        return new GroupMsgQuery(chatType, startTime, endTime, value, filterType, limit, cursor);
    }

    /**
     * Only corp (0), personal (1) or all (2) messages.
     *
     * @param value the filter
     * @return a copy
     */
    public GroupMsgQuery withFilterType(int value) {
        return new GroupMsgQuery(chatType, startTime, endTime, creator, value, limit, cursor);
    }

    /**
     * With a page size.
     *
     * @param value 1 to 100
     * @return a copy
     */
    public GroupMsgQuery withLimit(int value) {
        return new GroupMsgQuery(chatType, startTime, endTime, creator, filterType, value, cursor);
    }

    /**
     * At a page cursor.
     *
     * @param value the previous page's {@code next_cursor}, or {@code null} for the first page
     * @return a copy
     */
    public GroupMsgQuery withCursor(String value) {
        return new GroupMsgQuery(chatType, startTime, endTime, creator, filterType, limit,
                value == null || value.isEmpty() ? null : value);
    }

    void validate() {
        Checks.notBlank(chatType, "chat_type");
        Checks.range(endTime - startTime, 0, MAX_SPAN_SECONDS, "end_time - start_time (seconds)");
        if (filterType != null) {
            Checks.range(filterType, 0, 2, "filter_type");
        }
        if (limit != null) {
            Checks.range(limit, 1, 100, "limit");
        }
    }
}
