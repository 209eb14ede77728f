package io.github.wecomsdk.apps;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.Map;

/**
 * An app as {@code agent/list} returns it; {@link Agents#get(long)} has the details.
 *
 * @param agentId       the app's agent id
 * @param name          the app's name
 * @param squareLogoUrl the square logo's URL ({@code square_logo_url})
 * @param otherFields   fields WeCom sent that this record does not map
 */
public record AgentSummary(
        @JsonProperty("agentid") long agentId,
        @JsonProperty("name") String name,
        @JsonProperty("square_logo_url") String squareLogoUrl,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value.
     *
     * @param agentId       the agent id
     * @param name          the name
     * @param squareLogoUrl the logo URL
     * @param otherFields   unmapped fields, may be {@code null}
     */
    public AgentSummary {
        otherFields = Models.others(otherFields);
    }
}
