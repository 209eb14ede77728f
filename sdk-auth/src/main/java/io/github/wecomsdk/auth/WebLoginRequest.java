package io.github.wecomsdk.auth;

import io.github.wecomsdk.core.WeComValidationException;
import java.util.Objects;

/**
 * What goes into a web login (SSO) link ({@code login.work.weixin.qq.com/wwlogin/sso/login},
 * {@code login_type=CorpApp}). Build it with {@link #builder(String)}.
 *
 * @param redirectUri where WeCom sends the browser back, as the plain URL (the link encodes it once);
 *                    its domain must be the app's OAuth trusted domain or web-login callback domain
 * @param state       letters and digits, at most 128; empty unless set
 * @param language    the login page's language, or {@code null} for WeCom's choice
 * @param agentId     the app's agent id, or {@code null} to use the client's
 */
public record WebLoginRequest(String redirectUri, String state, LoginLanguage language, Long agentId) {

    /**
     * Checks the parts as {@link Builder#build()} does.
     *
     * @throws WeComValidationException if a part breaks WeCom's rules
     */
    public WebLoginRequest {
        redirectUri = Urls.redirectUri(redirectUri);
        state = Urls.state(state);
        if (language == LoginLanguage.UNKNOWN) {
            throw new WeComValidationException("language must be CHINESE (zh) or ENGLISH (en), or left unset");
        }
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

    /** Builds a {@link WebLoginRequest}. Not thread-safe. */
    public static final class Builder {

        private final String redirectUri;
        private String state = "";
        private LoginLanguage language;
        private Long agentId;

        private Builder(String redirectUri) {
            this.redirectUri = redirectUri;
        }

        /**
         * The {@code state} WeCom echoes back; see {@link OAuthStates}.
         *
         * @param state letters and digits, at most 128
         * @return this builder
         */
        public Builder state(String state) {
            this.state = Objects.requireNonNull(state, "state");
            return this;
        }

        /**
         * The login page's language ({@code lang}).
         *
         * @param language {@link LoginLanguage#CHINESE} or {@link LoginLanguage#ENGLISH}
         * @return this builder
         */
        public Builder language(LoginLanguage language) {
            this.language = Objects.requireNonNull(language, "language");
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
         * @throws WeComValidationException if the redirect URI, state, language or agent id breaks
         *                                  WeCom's rules
         */
        public WebLoginRequest build() {
            return new WebLoginRequest(redirectUri, state, language, agentId);
        }
    }
}
