package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.CursorPage;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * One page of {@code get_groupmsg_task}: which members sent a mass message.
 *
 * @param taskList   the members' tasks
 * @param nextCursor the next page's cursor; empty on the last
 * @param otherFields fields WeCom sent that this record does not map
 */
public record GroupMsgTaskPage(
        @JsonProperty("task_list") List<Task> taskList,
        @JsonProperty("next_cursor") String nextCursor,
        @JsonAnySetter Map<String, Object> otherFields)
        implements CursorPage<GroupMsgTaskPage.Task>, OtherFields {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param taskList the members' tasks
     * @param nextCursor the next page's cursor; empty on the last
     * @param otherFields unmapped fields, may be {@code null}
     */
    public GroupMsgTaskPage {
        otherFields = OtherFields.copyOf(otherFields);
        taskList = taskList == null ? List.of() : List.copyOf(taskList);
    }

    @Override
    public List<Task> items() {
        return taskList;
    }

    /**
     * A member's sending task.
     *
     * @param userId   the member
     * @param status   0 not sent, 2 sent
     * @param sendTime when it was sent (Unix seconds)
     * @param otherFields fields WeCom sent that this record does not map
     */
    public record Task(
            @JsonProperty("userid") String userId,
            @JsonProperty("status") int status,
            @JsonProperty("send_time") long sendTime,
            @JsonAnySetter Map<String, Object> otherFields)
            implements OtherFields {

        /**
         * Creates the value; {@code otherFields} is copied null-safely.
         */
        public Task {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }
}
