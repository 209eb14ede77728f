package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer of {@code add_msg_template}.
 *
 * @param msgid    the mass message's id, to query its tasks and results
 * @param failList the customers or groups it cannot go to (not friends, or over their monthly cap)
 */
public record MsgTemplateResult(@JsonProperty("msgid") String msgid,
                                @JsonProperty("fail_list") List<String> failList) {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param msgid the mass message's id, to query its tasks and results
     * @param failList the customers or groups it cannot go to (not friends, or over their monthly cap)
     */
    public MsgTemplateResult {
        failList = failList == null ? List.of() : List.copyOf(failList);
    }
}
