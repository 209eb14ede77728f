package io.github.wecomsdk.apps;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.Map;

/**
 * One member in an app's visible range, as {@code agent/get} lists it in
 * {@code allow_userinfos.user[]}.
 *
 * @param userId      the member's userid
 * @param otherFields fields WeCom sent that this record does not map
 */
public record AllowedUser(
        @JsonProperty("userid") String userId,
        @JsonAnySetter Map<String, Object> otherFields) implements OtherFields {

    /**
     * Creates the value; {@code otherFields} is copied without {@code errcode}/{@code errmsg}.
     *
     * @param userId      the member's userid
     * @param otherFields unmapped fields, may be {@code null}
     */
    public AllowedUser {
        otherFields = Models.others(otherFields);
    }
}
