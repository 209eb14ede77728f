package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;

/**
 * The filter of {@code get_groupmsg_list_v2}; build it with {@link #builder(String, long, long)}, which
 * checks WeCom's limits. The page cursor is an argument of
 * {@link GroupMessages#listPage(GroupMsgQuery, String)}, not part of the filter.
 *
 * @param chatType   {@code single} or {@code group}
 * @param startTime  the earliest creation time (Unix seconds)
 * @param endTime    the latest creation time; at most 31 days after {@code startTime}
 * @param creator    only messages created by this member, or {@code null}
 * @param filterType 0 corp messages, 1 personal messages, 2 all (WeCom's default), or {@code null}
 * @param limit      the page size, 1 to 100, or {@code null} for WeCom's 50
 */
public record GroupMsgQuery(
        @JsonProperty("chat_type") String chatType,
        @JsonProperty("start_time") long startTime,
        @JsonProperty("end_time") long endTime,
        @JsonProperty("creator") String creator,
        @JsonProperty("filter_type") Integer filterType,
        @JsonProperty("limit") Integer limit) {

    /** The longest span WeCom allows between start and end: 31 days, in seconds. */
    public static final long MAX_SPAN_SECONDS = 31L * 24 * 3600;

    /**
     * Starts a filter.
     *
     * @param chatType  {@code single} (to customers) or {@code group} (to customer groups)
     * @param startTime the earliest creation time (Unix seconds)
     * @param endTime   the latest creation time, at most 31 days later
     * @return the builder
     */
    public static Builder builder(String chatType, long startTime, long endTime) {
        return new Builder(chatType, startTime, endTime);
    }

    /** Builds a {@link GroupMsgQuery}; not thread-safe. */
    public static final class Builder {

        private final String chatType;
        private final long startTime;
        private final long endTime;
        private String creator;
        private Integer filterType;
        private Integer limit;

        private Builder(String chatType, long startTime, long endTime) {
            this.chatType = chatType;
            this.startTime = startTime;
            this.endTime = endTime;
        }

        /**
         * Keeps only the messages a member created.
         *
         * @param value the member's userid
         * @return this builder
         */
        public Builder creator(String value) {
            this.creator = value;
            return this;
        }

        /**
         * Sets who created the messages kept.
         *
         * @param value 0 the corp, 1 members, 2 all (WeCom's default)
         * @return this builder
         */
        public Builder filterType(int value) {
            this.filterType = value;
            return this;
        }

        /**
         * Sets the page size.
         *
         * @param value 1 to 100 (WeCom's default: 50)
         * @return this builder
         */
        public Builder limit(int value) {
            this.limit = value;
            return this;
        }

        /**
         * Builds the filter and checks WeCom's limits.
         *
         * @return the filter
         * @throws WeComValidationException if the chat type is not {@code single} or {@code group}, the span
         *         is negative or over 31 days, or a value is out of range
         */
        public GroupMsgQuery build() {
            Checks.notBlank(chatType, "chat_type");
            if (!"single".equals(chatType) && !"group".equals(chatType)) {
                throw new WeComValidationException("chat_type must be single or group");
            }
            Checks.range(endTime - startTime, 0, MAX_SPAN_SECONDS, "end_time - start_time (seconds)");
            if (filterType != null) {
                Checks.range(filterType, 0, 2, "filter_type");
            }
            if (limit != null) {
                Checks.range(limit, 1, 100, "limit");
            }
            return new GroupMsgQuery(chatType, startTime, endTime, creator, filterType, limit);
        }
    }
}
