package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.CursorPage;
import java.util.List;

/**
 * One page of {@code get_groupmsg_task}: which members sent a mass message.
 *
 * @param taskList   the members' tasks
 * @param nextCursor the next page's cursor; empty on the last
 */
public record GroupMsgTaskPage(
        @JsonProperty("task_list") List<Task> taskList,
        @JsonProperty("next_cursor") String nextCursor) implements CursorPage<GroupMsgTaskPage.Task> {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param taskList the members' tasks
     * @param nextCursor the next page's cursor; empty on the last
     */
    public GroupMsgTaskPage {
        taskList = taskList == null ? List.of() : List.copyOf(taskList);
    }

    @Override
    public List<Task> items() {
        return taskList;
    }

    /**
     * A member's sending task.
     *
     * @param userid   the member
     * @param status   0 not sent, 2 sent
     * @param sendTime when it was sent (Unix seconds)
     */
    public record Task(@JsonProperty("userid") String userid, @JsonProperty("status") int status,
                       @JsonProperty("send_time") long sendTime) {
    }
}
