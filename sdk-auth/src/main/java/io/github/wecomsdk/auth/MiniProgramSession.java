package io.github.wecomsdk.auth;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.Map;

/**
 * A mini program's sign-in as {@code miniprogram/jscode2session} answers. The session key is a
 * secret: keep it on the server (never send it to the mini program), and {@link #toString()} never
 * shows it.
 *
 * @param corpId      the corp the user belongs to
 * @param userId      the user's userid (encrypted for third-party mini programs)
 * @param sessionKey  the session key that encrypts and signs the user's data (Base64 of 16 bytes)
 * @param otherFields fields not mapped above
 */
public record MiniProgramSession(
        @JsonProperty("corpid") String corpId,
        @JsonProperty("userid") String userId,
        @JsonProperty("session_key") String sessionKey,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Normalises {@code otherFields}.
     *
     * @param corpId      the corp id
     * @param userId      the userid
     * @param sessionKey  the session key
     * @param otherFields fields not mapped above
     */
    public MiniProgramSession {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * Shows corp and user, never the session key.
     *
     * @return a description
     */
    @Override
    public String toString() {
        return "MiniProgramSession[corpId=" + corpId + ", userId=" + userId + ", sessionKey=***, otherFields="
                + otherFields.keySet() + "]";
    }
}
