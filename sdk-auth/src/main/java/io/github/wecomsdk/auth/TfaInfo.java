package io.github.wecomsdk.auth;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.Map;

/**
 * Who is being asked for second verification, as {@code auth/get_tfa_info} answers.
 * {@code toString()} masks the tfa code.
 *
 * @param userId      the member's userid
 * @param tfaCode     the code for {@link SecondVerification#approve(String, String)}: single use, valid
 *                    5 minutes
 * @param otherFields fields not mapped above
 */
public record TfaInfo(
        @JsonProperty("userid") String userId,
        @JsonProperty("tfa_code") String tfaCode,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Normalises {@code otherFields}.
     *
     * @param userId      the userid
     * @param tfaCode     the tfa code
     * @param otherFields fields not mapped above
     */
    public TfaInfo {
        otherFields = OtherFields.copyOf(otherFields);
    }

    @Override
    public String toString() {
        return "TfaInfo[userId=" + userId + ", tfaCode=***, otherFields=" + otherFields.keySet() + "]";
    }
}
