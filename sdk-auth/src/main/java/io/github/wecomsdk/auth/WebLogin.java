package io.github.wecomsdk.auth;

import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;

/**
 * Web login (企业微信Web登录, SSO) for a company website opened in a desktop browser: the link to the
 * login page (QR code, or one-click when the desktop client runs). WeCom sends the browser back to
 * the redirect URI with {@code code} and {@code state}; exchange the code with
 * {@link OAuth#getUserInfo(String)}. Inside WeCom's own browser, use {@link OAuth} links instead.
 * Immutable and thread-safe.
 */
public final class WebLogin {

    static final String LOGIN_PATH = "/wwlogin/sso/login";

    private final WeComClient client;
    private final String baseUrl;

    WebLogin(WeComClient client, String baseUrl) {
        this.client = client;
        this.baseUrl = baseUrl;
    }

    /**
     * A login link for the client's self-built app.
     *
     * @param redirectUri the plain absolute URL on the app's trusted or web-login callback domain
     * @param state       letters and digits, at most 128 (see {@link OAuthStates})
     * @return the link
     * @throws WeComValidationException if the redirect URI or state breaks WeCom's rules, or the client
     *                                  has no agent id
     */
    public String loginUrl(String redirectUri, String state) {
        return loginUrl(WebLoginRequest.builder(redirectUri).state(state).build());
    }

    /**
     * A login link: {@code login_type=CorpApp}, {@code appid} (the corp id), {@code agentid} (the
     * request's, else the client's), {@code redirect_uri} (encoded once), {@code state}, and
     * {@code lang} when set. Nothing is sent to WeCom.
     *
     * @param request the link's parts
     * @return {@code https://login.work.weixin.qq.com/wwlogin/sso/login?login_type=CorpApp&...}
     * @throws WeComValidationException if neither the request nor the client has an agent id
     */
    public String loginUrl(WebLoginRequest request) {
        Checks.notNull(request, "request");
        Long agentId = Urls.agentIdFor(request.agentId(), client);
        if (agentId == null) {
            throw new WeComValidationException("A CorpApp login link needs the app's agentid: set"
                    + " WebLoginRequest.agentId(...) or build the client with .agentId(...)");
        }
        StringBuilder url = new StringBuilder(256)
                .append(baseUrl)
                .append(LOGIN_PATH)
                .append("?login_type=CorpApp")
                .append("&appid=")
                .append(Urls.encode(client.corpId()))
                .append("&agentid=")
                .append(agentId)
                .append("&redirect_uri=")
                .append(Urls.encode(request.redirectUri()))
                .append("&state=")
                .append(request.state());
        if (request.language() != null) {
            url.append("&lang=").append(request.language().wireValue());
        }
        return url.toString();
    }

    @Override
    public String toString() {
        return "WebLogin[corpId=" + client.corpId() + "]";
    }
}
