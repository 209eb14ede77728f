package io.github.wecomsdk.messaging;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.Map;

/**
 * How many messages one app sent in the period asked for.
 *
 * @param agentId     the app ({@code agentid})
 * @param appName     the app's name
 * @param count       the messages sent
 * @param otherFields fields WeCom sent that this record does not map
 */
public record AppMessageCount(
        @JsonProperty("agentid") long agentId,
        @JsonProperty("app_name") String appName,
        @JsonProperty("count") long count,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /** Copies the unmapped fields null-safely. */
    public AppMessageCount {
        otherFields = OtherFields.copyOf(otherFields);
    }
}
