package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Whose figures {@code get_user_behavior_data} aggregates, over which days; build it with
 * {@link #builder(long, long)}, which checks WeCom's limits. Members, departments or both; a part not
 * set is not sent.
 *
 * @param userIds       the members ({@code userid}), at most 100, or {@code null}
 * @param departmentIds the departments ({@code partyid}), at most 100, or {@code null}
 * @param startTime     the first day (Unix seconds)
 * @param endTime       the last day (Unix seconds), at most 30 days after the first
 */
public record UserBehaviorQuery(
        @JsonProperty("userid") List<String> userIds,
        @JsonProperty("partyid") List<Long> departmentIds,
        @JsonProperty("start_time") long startTime,
        @JsonProperty("end_time") long endTime) {

    /** WeCom's longest span: 30 days, in seconds. */
    public static final long MAX_SPAN_SECONDS = 30L * 24 * 3600;

    /**
     * Creates the value; lists are copied, a list not set stays {@code null} (not sent). Prefer
     * {@link #builder(long, long)}, which checks WeCom's limits.
     *
     * @param userIds       the members, or {@code null}
     * @param departmentIds the departments, or {@code null}
     * @param startTime     the first day
     * @param endTime       the last day
     */
    public UserBehaviorQuery {
        userIds = userIds == null ? null : List.copyOf(userIds);
        departmentIds = departmentIds == null ? null : List.copyOf(departmentIds);
    }

    /**
     * Starts a query.
     *
     * @param startTime the first day (Unix seconds; WeCom floors it to 00:00)
     * @param endTime   the last day (Unix seconds), at most 30 days later
     * @return the builder
     */
    public static Builder builder(long startTime, long endTime) {
        return new Builder(startTime, endTime);
    }

    /** Builds a {@link UserBehaviorQuery}; not thread-safe. */
    public static final class Builder {

        private final long startTime;
        private final long endTime;
        private List<String> userIds;
        private List<Long> departmentIds;

        private Builder(long startTime, long endTime) {
            this.startTime = startTime;
            this.endTime = endTime;
        }

        /**
         * Sets the members.
         *
         * @param values userids, at most 100
         * @return this builder
         */
        public Builder users(Collection<String> values) {
            this.userIds = values == null ? null : List.copyOf(values);
            return this;
        }

        /**
         * Sets the members.
         *
         * @param values userids, at most 100
         * @return this builder
         */
        public Builder users(String... values) {
            return users(Arrays.asList(values));
        }

        /**
         * Sets the departments.
         *
         * @param values department ids, at most 100
         * @return this builder
         */
        public Builder departments(Collection<Long> values) {
            this.departmentIds = values == null ? null : List.copyOf(values);
            return this;
        }

        /**
         * Sets the departments.
         *
         * @param values department ids, at most 100
         * @return this builder
         */
        public Builder departments(long... values) {
            return departments(Arrays.stream(values).boxed().toList());
        }

        /**
         * Builds the query and checks WeCom's limits.
         *
         * @return the query
         * @throws WeComValidationException if neither members nor departments are set, a list is too long or
         *         has a blank id, or the span is negative or over 30 days
         */
        public UserBehaviorQuery build() {
            boolean noUsers = userIds == null || userIds.isEmpty();
            boolean noDepartments = departmentIds == null || departmentIds.isEmpty();
            if (noUsers && noDepartments) {
                throw new WeComValidationException("userid and partyid may not both be empty");
            }
            Checks.maxSize(Checks.noBlankIds(userIds, "userid"), 100, "userid");
            Checks.maxSize(Checks.noBlankIds(departmentIds, "partyid"), 100, "partyid");
            Checks.range(endTime - startTime, 0, MAX_SPAN_SECONDS, "end_time - start_time (seconds)");
            return new UserBehaviorQuery(
                    noUsers ? null : userIds, noDepartments ? null : departmentIds, startTime, endTime);
        }
    }
}
