package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A member in brief, as {@code user/simplelist}, {@code tag/get} and the simple-member export return it.
 *
 * @param userid     the userid
 * @param name       the name
 * @param department the department ids (absent in {@code tag/get})
 * @param openUserid the corp-independent id (third-party apps only)
 */
public record SimpleUser(
        @JsonProperty("userid") String userid,
        @JsonProperty("name") String name,
        @JsonProperty("department") List<Long> department,
        @JsonProperty("open_userid") String openUserid) {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param userid the userid
     * @param name the name
     * @param department the department ids (absent in {@code tag/get})
     * @param openUserid the corp-independent id (third-party apps only)
     */
    public SimpleUser {
        department = Models.list(department);
    }
}
