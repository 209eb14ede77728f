package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.internal.Checks;

/**
 * The body of an asynchronous import ({@code batch/syncuser}, {@code batch/replaceuser},
 * {@code batch/replaceparty}); build it with {@link #builder(String)}. A field not set is not sent.
 *
 * @param mediaId  the uploaded CSV's media_id ({@code media_id})
 * @param toInvite whether to invite new members ({@code to_invite}; WeCom's default: true), member imports
 *                 only
 * @param callback where to report completion, or {@code null} for the app's own callback
 */
public record BatchJobRequest(
        @JsonProperty("media_id") String mediaId,
        @JsonProperty("to_invite") Boolean toInvite,
        @JsonProperty("callback") BatchJobCallback callback) {

    /**
     * Starts a request for an uploaded CSV.
     *
     * @param mediaId the media_id from {@code media/upload} ({@code type=file})
     * @return the builder
     */
    public static Builder builder(String mediaId) {
        return new Builder(mediaId);
    }

    /** Builds a {@link BatchJobRequest}; not thread-safe. */
    public static final class Builder {

        private final String mediaId;
        private Boolean toInvite;
        private BatchJobCallback callback;

        private Builder(String mediaId) {
            this.mediaId = mediaId;
        }

        /**
         * Sets whether new members are invited (member imports only).
         *
         * @param value {@code true} to invite (WeCom's default), {@code false} not to
         * @return this builder
         */
        public Builder toInvite(boolean value) {
            this.toInvite = value;
            return this;
        }

        /**
         * Sets where WeCom reports completion.
         *
         * @param value the callback
         * @return this builder
         */
        public Builder callback(BatchJobCallback value) {
            this.callback = value;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws io.github.wecomsdk.core.WeComValidationException if the media_id is blank
         */
        public BatchJobRequest build() {
            Checks.notBlank(mediaId, "media_id");
            return new BatchJobRequest(mediaId, toInvite, callback);
        }
    }
}
