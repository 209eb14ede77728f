package io.github.wecomsdk.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.core.WeComResponseException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.Map;

/**
 * OAuth2 inside WeCom (网页授权登录): the authorize link a page inside WeCom sends the browser to, and
 * the exchange of the code WeCom sends back. Immutable and thread-safe.
 *
 * <pre>{@code
 * String link = auth.oauth().authorizeUrl("https://app.example.com/callback", states.issue(sessionId));
 * // ... WeCom redirects to https://app.example.com/callback?code=CODE&state=STATE
 * states.verify(state, sessionId);
 * UserIdentity who = auth.oauth().getUserInfo(code);
 * }</pre>
 */
public final class OAuth {

    static final String AUTHORIZE_PATH = "/connect/oauth2/authorize";
    static final String GET_USER_INFO = "/cgi-bin/auth/getuserinfo";
    static final String GET_USER_DETAIL = "/cgi-bin/auth/getuserdetail";

    private final WeComClient client;
    private final WeComClient once;
    private final String baseUrl;

    OAuth(WeComClient client, WeComClient once, String baseUrl) {
        this.client = client;
        this.once = once;
        this.baseUrl = baseUrl;
    }

    /**
     * A silent ({@code snsapi_base}) authorize link for the client's app.
     *
     * @param redirectUri the plain absolute URL on the app's trusted domain; encoded once here
     * @param state       letters and digits, at most 128 (see {@link OAuthStates})
     * @return {@code https://open.weixin.qq.com/connect/oauth2/authorize?appid=...#wechat_redirect}
     * @throws WeComValidationException if the redirect URI or state breaks WeCom's rules
     */
    public String authorizeUrl(String redirectUri, String state) {
        return authorizeUrl(AuthorizeRequest.builder(redirectUri).state(state).build());
    }

    /**
     * An authorize link: {@code appid} (the corp id), {@code redirect_uri} (encoded once),
     * {@code response_type=code}, {@code scope}, {@code state}, {@code agentid} (the request's, else the
     * client's), then {@code #wechat_redirect}. Nothing is sent to WeCom.
     *
     * @param request the link's parts
     * @return the link
     * @throws WeComValidationException for {@code snsapi_privateinfo} without an agent id (WeCom would
     *                                  silently give {@code snsapi_base})
     */
    public String authorizeUrl(AuthorizeRequest request) {
        Checks.notNull(request, "request");
        Long agentId = Urls.agentIdFor(request.agentId(), client);
        if (request.scope() == OAuthScope.PRIVATE_INFO && agentId == null) {
            throw new WeComValidationException("snsapi_privateinfo needs the app's agentid in the link (WeCom would"
                    + " treat it as snsapi_base and return no user_ticket): set AuthorizeRequest.agentId(...) or"
                    + " build the client with .agentId(...)");
        }
        StringBuilder url = new StringBuilder(256)
                .append(baseUrl)
                .append(AUTHORIZE_PATH)
                .append("?appid=")
                .append(Urls.encode(client.corpId()))
                .append("&redirect_uri=")
                .append(Urls.encode(request.redirectUri()))
                .append("&response_type=code")
                .append("&scope=")
                .append(request.scope().wireValue())
                .append("&state=")
                .append(request.state());
        if (agentId != null) {
            url.append("&agentid=").append(agentId);
        }
        return url.append("#wechat_redirect").toString();
    }

    /**
     * Finds out who signed in: {@code GET /cgi-bin/auth/getuserinfo?code=CODE}, with the token of the
     * client's app. Sent once and never retried, since a code is single use (valid 5 minutes).
     *
     * @param code the {@code code} WeCom added to the redirect URI (OAuth2 or web login), up to 512 bytes
     * @return a {@link UserIdentity.Member} or a {@link UserIdentity.NonMember}
     * @throws WeComValidationException if the code is blank or longer than 512 bytes; nothing was sent
     * @throws WeComApiException        40029 for a used or expired code, 50001 when the redirect domain is
     *                                  not the app's trusted domain, with what to fix; the code may be spent
     * @throws WeComException           for network failures; the code may have been spent
     */
    public UserIdentity getUserInfo(String code) {
        Urls.code(code, "code");
        JsonNode answer;
        try {
            answer = once.execute(
                    ApiRequest.get(GET_USER_INFO).query("code", code).build());
        } catch (WeComApiException e) {
            throw CodeErrors.explain(e, "code");
        }
        Class<? extends UserIdentity> type;
        if (answer.hasNonNull("userid") && !answer.get("userid").asText().isEmpty()) {
            type = UserIdentity.Member.class;
        } else if (answer.hasNonNull("openid") && !answer.get("openid").asText().isEmpty()) {
            type = UserIdentity.NonMember.class;
        } else {
            throw new WeComResponseException(
                    "WeCom's answer to GET " + GET_USER_INFO + " has neither userid nor" + " openid",
                    GET_USER_INFO,
                    null);
        }
        try {
            return once.objectMapper().treeToValue(answer, type);
        } catch (JsonProcessingException e) {
            throw new WeComResponseException(
                    "WeCom's answer to GET " + GET_USER_INFO + " does not fit " + type.getSimpleName() + ": "
                            + e.getOriginalMessage(),
                    GET_USER_INFO,
                    e);
        }
    }

    /**
     * A member's sensitive fields: {@code POST /cgi-bin/auth/getuserdetail} with
     * {@code {"user_ticket": ...}}. The member must be in the app's visible range.
     *
     * @param userTicket the ticket from {@link UserIdentity.Member#userTicket()} (valid 1800 s), up to
     *                   512 bytes
     * @return the fields
     * @throws WeComValidationException if the ticket is blank or too long; nothing was sent
     * @throws WeComApiException        84014 for an expired ticket; nothing changes at WeCom
     */
    public UserDetail getUserDetail(String userTicket) {
        Urls.code(userTicket, "user_ticket");
        try {
            return client.execute(
                    ApiRequest.post(GET_USER_DETAIL)
                            .body(Map.of("user_ticket", userTicket))
                            .repeatable()
                            .build(),
                    UserDetail.class);
        } catch (WeComApiException e) {
            throw CodeErrors.explain(e, "user_ticket");
        }
    }

    @Override
    public String toString() {
        return "OAuth[corpId=" + client.corpId() + "]";
    }
}
