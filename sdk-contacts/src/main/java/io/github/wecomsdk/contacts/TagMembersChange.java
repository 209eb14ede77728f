package io.github.wecomsdk.contacts;

import java.util.List;

/**
 * The part of a {@code tag/addtagusers} or {@code tag/deltagusers} call WeCom did not apply: the call
 * succeeds (errcode 0) when only some ids are invalid, and lists those here. (When every id is invalid
 * WeCom answers with an error instead: 40070 or 40031.)
 *
 * @param invalidUsers   the userids not applied (WeCom's {@code invalidlist}, a {@code |}-joined string)
 * @param invalidParties the department ids not applied ({@code invalidparty})
 */
public record TagMembersChange(List<String> invalidUsers, List<Long> invalidParties) {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param invalidUsers the userids not applied (WeCom's {@code invalidlist}, a {@code |}-joined string)
     * @param invalidParties the department ids not applied ({@code invalidparty})
     */
    public TagMembersChange {
        invalidUsers = Models.list(invalidUsers);
        invalidParties = Models.list(invalidParties);
    }

    /**
     * Whether every id was applied.
     *
     * @return {@code true} if nothing was invalid
     */
    public boolean complete() {
        return invalidUsers.isEmpty() && invalidParties.isEmpty();
    }
}
