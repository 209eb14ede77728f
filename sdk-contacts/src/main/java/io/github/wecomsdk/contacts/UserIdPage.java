package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.CursorPage;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * One page of {@code user/list_id}: member-department pairs.
 *
 * @param deptUser    the member-department pairs ({@code dept_user}), never {@code null}
 * @param nextCursor  the cursor of the next page; empty on the last
 * @param otherFields fields WeCom sent that this record does not map
 */
public record UserIdPage(
        @JsonProperty("dept_user") List<DepartmentUser> deptUser,
        @JsonProperty("next_cursor") String nextCursor,
        @JsonAnySetter Map<String, Object> otherFields)
        implements CursorPage<DepartmentUser>, OtherFields {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param deptUser    the member-department pairs
     * @param nextCursor  the cursor of the next page; empty on the last
     * @param otherFields unmapped fields, may be {@code null}
     */
    public UserIdPage {
        deptUser = Models.list(deptUser);
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * The member-department pairs of this page.
     *
     * @return {@link #deptUser()}
     */
    @Override
    public List<DepartmentUser> items() {
        return deptUser;
    }
}
