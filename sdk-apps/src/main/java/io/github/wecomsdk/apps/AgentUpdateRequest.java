package io.github.wecomsdk.apps;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;

/**
 * The settings {@code agent/set} changes; only the fields set on the builder are sent, so every
 * other setting of the app stays as it is. The agent id is not part of the request: it is the
 * client's own app or the one passed to {@link Agents#update(long, AgentUpdateRequest)}.
 *
 * <pre>{@code
 * apps.agents().update(AgentUpdateRequest.builder().homeUrl("https://hr.example.com").reportEnter(true).build());
 * }</pre>
 *
 * @param reportLocationFlag {@code report_location_flag}: 0 off, 1 on entering the app's chat; {@code null}
 *                           leaves it unchanged
 * @param logoMediaId        {@code logo_mediaid}: an image uploaded with {@code media/upload}; WeCom crops a
 *                           square and a round logo from it
 * @param name               {@code name}, 1 to 32 characters
 * @param description        {@code description}, 4 to 120 characters
 * @param redirectDomain     {@code redirect_domain}, the trusted domain; it must pass WeCom's ownership check
 *                           (errcode 85005 otherwise)
 * @param isReportEnter      {@code isreportenter}: 1 to receive {@code enter_agent} events, 0 not to
 * @param homeUrl            {@code home_url}, starting with {@code http://} or {@code https://}
 */
public record AgentUpdateRequest(
        @JsonProperty("report_location_flag") Integer reportLocationFlag,
        @JsonProperty("logo_mediaid") String logoMediaId,
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("redirect_domain") String redirectDomain,
        @JsonProperty("isreportenter") Integer isReportEnter,
        @JsonProperty("home_url") String homeUrl) {

    /** WeCom's longest app name, in characters (45022). */
    public static final int MAX_NAME_CHARS = 32;
    /** WeCom's shortest description, in characters (45004). */
    public static final int MIN_DESCRIPTION_CHARS = 4;
    /** WeCom's longest description, in characters (45004). */
    public static final int MAX_DESCRIPTION_CHARS = 120;

    /**
     * Creates the request and checks WeCom's limits.
     *
     * @param reportLocationFlag 0, 1 or {@code null}
     * @param logoMediaId        a media id or {@code null}
     * @param name               1 to 32 characters or {@code null}
     * @param description        4 to 120 characters or {@code null}
     * @param redirectDomain     a domain or {@code null}
     * @param isReportEnter      0, 1 or {@code null}
     * @param homeUrl            an http(s) URL or {@code null}
     * @throws WeComValidationException if a value breaks a limit or nothing is set
     */
    public AgentUpdateRequest {
        flag(reportLocationFlag, "report_location_flag");
        flag(isReportEnter, "isreportenter");
        if (logoMediaId != null) {
            Checks.notBlank(logoMediaId, "logo_mediaid");
        }
        if (name != null) {
            Checks.notBlank(name, "name");
            Checks.maxChars(name, MAX_NAME_CHARS, "name");
        }
        if (description != null) {
            int chars = description.codePointCount(0, description.length());
            if (chars < MIN_DESCRIPTION_CHARS || chars > MAX_DESCRIPTION_CHARS) {
                throw new WeComValidationException("description must be " + MIN_DESCRIPTION_CHARS + " to "
                        + MAX_DESCRIPTION_CHARS + " characters; got " + chars);
            }
        }
        if (redirectDomain != null) {
            Checks.notBlank(redirectDomain, "redirect_domain");
            if (redirectDomain.contains("://") || redirectDomain.contains("/")) {
                throw new WeComValidationException("redirect_domain is a domain such as open.work.weixin.qq.com,"
                        + " without scheme or path; got " + redirectDomain);
            }
        }
        if (homeUrl != null) {
            Urls.requireHttp(homeUrl, "home_url");
        }
        if (reportLocationFlag == null
                && logoMediaId == null
                && name == null
                && description == null
                && redirectDomain == null
                && isReportEnter == null
                && homeUrl == null) {
            throw new WeComValidationException("agent/set needs at least one setting to change; none was set");
        }
    }

    private static void flag(Integer value, String field) {
        if (value != null && value != 0 && value != 1) {
            throw new WeComValidationException(field + " must be 0 or 1; got " + value);
        }
    }

    /**
     * Starts a request with nothing set.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AgentUpdateRequest}; each setter replaces the value set before. Not thread-safe. */
    public static final class Builder {
        private Integer reportLocationFlag;
        private String logoMediaId;
        private String name;
        private String description;
        private String redirectDomain;
        private Integer isReportEnter;
        private String homeUrl;

        private Builder() {}

        /**
         * Whether WeCom reports a member's location when they enter the app's chat
         * ({@code report_location_flag}).
         *
         * @param report {@code true} for 1, {@code false} for 0
         * @return this builder
         */
        public Builder reportLocation(boolean report) {
            this.reportLocationFlag = report ? 1 : 0;
            return this;
        }

        /**
         * A new logo ({@code logo_mediaid}), uploaded first with {@code media/upload}.
         *
         * @param mediaId the media id
         * @return this builder
         */
        public Builder logoMediaId(String mediaId) {
            this.logoMediaId = mediaId;
            return this;
        }

        /**
         * A new name, 1 to 32 characters ({@code name}).
         *
         * @param name the name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * A new description, 4 to 120 characters ({@code description}).
         *
         * @param description the description
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * The trusted domain for OAuth and JS-SDK ({@code redirect_domain}). WeCom answers 85005 unless the
         * domain passed the ownership check in the admin console first.
         *
         * @param domain the domain, without scheme or path
         * @return this builder
         */
        public Builder redirectDomain(String domain) {
            this.redirectDomain = domain;
            return this;
        }

        /**
         * Whether WeCom sends {@code enter_agent} events when a member opens the app ({@code isreportenter}).
         *
         * @param report {@code true} for 1, {@code false} for 0
         * @return this builder
         */
        public Builder reportEnter(boolean report) {
            this.isReportEnter = report ? 1 : 0;
            return this;
        }

        /**
         * The app's home page ({@code home_url}), {@code http://} or {@code https://}.
         *
         * @param url the URL
         * @return this builder
         */
        public Builder homeUrl(String url) {
            this.homeUrl = url;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws WeComValidationException if a value breaks one of WeCom's limits or nothing is set
         */
        public AgentUpdateRequest build() {
            return new AgentUpdateRequest(
                    reportLocationFlag, logoMediaId, name, description, redirectDomain, isReportEnter, homeUrl);
        }
    }
}
