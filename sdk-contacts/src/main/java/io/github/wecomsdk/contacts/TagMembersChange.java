package io.github.wecomsdk.contacts;

import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * What {@code tag/addtagusers} or {@code tag/deltagusers} did not apply: WeCom answers errcode 0 with
 * the ids it skipped (unknown, or outside the app's range).
 *
 * @param invalidUsers       the userids not applied ({@code invalidlist}, split on {@code |})
 * @param invalidDepartments the department ids not applied ({@code invalidparty})
 * @param otherFields        fields WeCom sent that this record does not map
 */
public record TagMembersChange(
        List<String> invalidUsers, List<Long> invalidDepartments, Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param invalidUsers       the userids not applied
     * @param invalidDepartments the department ids not applied
     * @param otherFields        unmapped fields, may be {@code null}
     */
    public TagMembersChange {
        invalidUsers = Models.list(invalidUsers);
        invalidDepartments = Models.list(invalidDepartments);
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * Whether every id was applied.
     *
     * @return {@code true} if nothing was skipped
     */
    public boolean complete() {
        return invalidUsers.isEmpty() && invalidDepartments.isEmpty();
    }
}
