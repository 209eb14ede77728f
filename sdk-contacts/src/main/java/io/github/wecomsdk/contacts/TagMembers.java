package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A tag's members, as {@code tag/get} and the tag-member export return them; only members and
 * departments within the app's visibility are listed.
 *
 * @param tagName   the tag name
 * @param userlist  the members (userid and name)
 * @param partylist the department ids
 */
public record TagMembers(
        @JsonProperty("tagname") String tagName,
        @JsonProperty("userlist") List<SimpleUser> userlist,
        @JsonProperty("partylist") List<Long> partylist) {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param tagName the tag name
     * @param userlist the members (userid and name)
     * @param partylist the department ids
     */
    public TagMembers {
        userlist = Models.list(userlist);
        partylist = Models.list(partylist);
    }
}
