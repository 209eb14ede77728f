package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.internal.Checks;

/**
 * Where WeCom reports that an import job finished ({@code callback} of {@code batch/syncuser},
 * {@code batch/replaceuser} and {@code batch/replaceparty}). The token and key are secrets and are
 * left out of {@link #toString()}.
 *
 * @param url            the callback URL
 * @param token          the token for the callback signature
 * @param encodingAesKey the 43-character EncodingAESKey for the callback's encryption
 */
public record BatchJobCallback(
        @JsonProperty("url") String url,
        @JsonProperty("token") String token,
        @JsonProperty("encodingaeskey") String encodingAesKey) {

    /**
     * Creates the callback, checking that every part is present.
     *
     * @param url the callback URL
     * @param token the token for the callback signature
     * @param encodingAesKey the 43-character EncodingAESKey for the callback's encryption
     * @throws io.github.wecomsdk.core.WeComValidationException if a part is blank
     */
    public BatchJobCallback {
        Checks.notBlank(url, "callback.url");
        Checks.notBlank(token, "callback.token");
        Checks.notBlank(encodingAesKey, "callback.encodingaeskey");
    }

    @Override
    public String toString() {
        return "BatchJobCallback[url=" + url + ", token=***, encodingaeskey=***]";
    }
}
