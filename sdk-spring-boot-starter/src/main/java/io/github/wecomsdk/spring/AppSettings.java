package io.github.wecomsdk.spring;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One app as {@link WeComApps} keeps it: resolved from properties, or added at runtime (from a database,
 * say). {@link #toString()} never shows the secret, the callback token or the key.
 *
 * @param corpId         the corp
 * @param secret         the secret whose token the app's client uses
 * @param agentId        the agent id, if the secret has one
 * @param callbackPath   the callback endpoint's path, or {@code null}
 * @param callbackToken  the callback Token, or {@code null}
 * @param callbackAesKey the callback EncodingAESKey, or {@code null}
 */
public record AppSettings(
        String corpId,
        String secret,
        OptionalLong agentId,
        String callbackPath,
        String callbackToken,
        String callbackAesKey) {

    /**
     * Validates the required parts.
     *
     * @throws NullPointerException if the corp, secret or agent id option is missing
     */
    public AppSettings {
        Objects.requireNonNull(corpId, "corpId");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(agentId, "agentId");
    }

    /**
     * An app without a callback.
     *
     * @param corpId  the corp
     * @param secret  the secret
     * @param agentId the agent id, if any
     * @return the settings
     */
    public static AppSettings of(String corpId, String secret, OptionalLong agentId) {
        return new AppSettings(corpId, secret, agentId, null, null, null);
    }

    /**
     * Whether the app receives callbacks.
     *
     * @return {@code true} when a callback path is set
     */
    public boolean hasCallback() {
        return callbackPath != null;
    }

    @Override
    public String toString() {
        return "AppSettings[corpId=" + corpId + ", secret=***, agentId=" + agentId + ", callbackPath=" + callbackPath
                + "]";
    }
}
