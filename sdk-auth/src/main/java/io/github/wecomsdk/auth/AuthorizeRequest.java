package io.github.wecomsdk.auth;

import io.github.wecomsdk.core.WeComValidationException;
import java.util.Objects;

/**
 * What goes into an OAuth2 authorize link ({@code open.weixin.qq.com/connect/oauth2/authorize}).
 * Build it with {@link #builder(String)}; limits are checked in {@link Builder#build()}.
 *
 * @param redirectUri where WeCom sends the browser back, as the plain URL (the link encodes it once)
 * @param scope       {@link OAuthScope#BASE} unless set
 * @param state       letters and digits, at most 128; empty unless set
 * @param agentId     the app's agent id, or {@code null} to use the client's
 */
public record AuthorizeRequest(String redirectUri, OAuthScope scope, String state, Long agentId) {

    /**
     * Checks the parts as {@link Builder#build()} does.
     *
     * @throws WeComValidationException if a part breaks WeCom's rules
     */
    public AuthorizeRequest {
        redirectUri = Urls.redirectUri(redirectUri);
        scope = scope == null ? OAuthScope.BASE : scope;
        if (scope == OAuthScope.UNKNOWN) {
            throw new WeComValidationException(
                    "scope must be BASE (snsapi_base) or PRIVATE_INFO" + " (snsapi_privateinfo)");
        }
        state = Urls.state(state);
        agentId = Urls.agentId(agentId);
    }

    /**
     * Starts a request.
     *
     * @param redirectUri the plain absolute URL on the app's trusted domain
     * @return a builder
     */
    public static Builder builder(String redirectUri) {
        return new Builder(redirectUri);
    }

    /** Builds an {@link AuthorizeRequest}. Not thread-safe. */
    public static final class Builder {

        private final String redirectUri;
        private OAuthScope scope = OAuthScope.BASE;
        private String state = "";
        private Long agentId;

        private Builder(String redirectUri) {
            this.redirectUri = redirectUri;
        }

        /**
         * The scope; {@link OAuthScope#BASE} by default.
         *
         * @param scope the scope
         * @return this builder
         */
        public Builder scope(OAuthScope scope) {
            this.scope = Objects.requireNonNull(scope, "scope");
            return this;
        }

        /**
         * The {@code state} WeCom echoes back; see {@link OAuthStates} for one that protects the user.
         *
         * @param state letters and digits, at most 128
         * @return this builder
         */
        public Builder state(String state) {
            this.state = Objects.requireNonNull(state, "state");
            return this;
        }

        /**
         * The app's agent id, when it is not the client's.
         *
         * @param agentId a positive agent id
         * @return this builder
         */
        public Builder agentId(long agentId) {
            this.agentId = agentId;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws WeComValidationException if the redirect URI is not a plain absolute http(s) URL, the
         *                                  state is outside {@code [a-zA-Z0-9]{0,128}}, or the agent id is
         *                                  not positive
         */
        public AuthorizeRequest build() {
            return new AuthorizeRequest(redirectUri, scope, state, agentId);
        }
    }
}
