package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.CursorPage;
import java.util.List;

/**
 * One page of {@code user/list_id}.
 *
 * @param deptUser   the member-department pairs
 * @param nextCursor the cursor of the next page; empty on the last
 */
public record UserIdPage(
        @JsonProperty("dept_user") List<DepartmentUser> deptUser,
        @JsonProperty("next_cursor") String nextCursor) implements CursorPage<DepartmentUser> {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param deptUser the member-department pairs
     * @param nextCursor the cursor of the next page; empty on the last
     */
    public UserIdPage {
        deptUser = Models.list(deptUser);
    }

    @Override
    public List<DepartmentUser> items() {
        return deptUser;
    }
}
