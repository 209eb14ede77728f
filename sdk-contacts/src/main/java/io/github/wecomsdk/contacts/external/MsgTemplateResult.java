package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code add_msg_template}.
 *
 * @param msgId    the mass message's id, to query its tasks and results
 * @param failList the customers or groups it cannot go to (not friends, or over their monthly cap)
 * @param otherFields fields WeCom sent that this record does not map
 */
public record MsgTemplateResult(
        @JsonProperty("msgid") String msgId,
        @JsonProperty("fail_list") List<String> failList,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param msgId the mass message's id, to query its tasks and results
     * @param failList the customers or groups it cannot go to (not friends, or over their monthly cap)
     * @param otherFields unmapped fields, may be {@code null}
     */
    public MsgTemplateResult {
        otherFields = OtherFields.copyOf(otherFields);
        failList = failList == null ? List.of() : List.copyOf(failList);
    }
}
