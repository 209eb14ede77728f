package io.github.wecomsdk.messaging;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How many messages one app sent in the period asked for.
 *
 * @param agentId the app
 * @param appName the app's name
 * @param count   the messages sent
 */
public record AppMessageCount(@JsonProperty("agentid") long agentId, @JsonProperty("app_name") String appName,
                              @JsonProperty("count") long count) {
}
