package io.github.wecomsdk.auth;

import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Second verification (二次验证): WeCom sends the member to the verification page the admin set, with a
 * {@code code}; the page checks the member its own way, then lets them in. Calls need the
 * contacts-sync secret's client, or a self-built app's whose visible range and verification range hold
 * the member (and whose OAuth2 link is the verification page). Immutable and thread-safe.
 *
 * <pre>{@code
 * TfaInfo info = auth.secondVerification().getInfo(code);   // code from the verification page's URL
 * if (myOwnCheckPasses(info.userId())) {
 *     auth.secondVerification().approve(info.userId(), info.tfaCode());
 * }
 * }</pre>
 */
public final class SecondVerification {

    static final String AUTHSUCC = "/cgi-bin/user/authsucc";
    static final String GET_TFA_INFO = "/cgi-bin/auth/get_tfa_info";
    static final String TFA_SUCC = "/cgi-bin/user/tfa_succ";

    private final WeComClient client;
    private final WeComClient once;

    SecondVerification(WeComClient client, WeComClient once) {
        this.client = client;
        this.once = once;
    }

    /**
     * Who is being verified: {@code POST /cgi-bin/auth/get_tfa_info} with {@code {"code": ...}}. Sent
     * once and never retried (the code is single use, valid 5 minutes). WeCom allows 20 concurrent calls.
     *
     * @param code the {@code code} WeCom added to the verification page's URL
     * @return the userid and the tfa code
     * @throws WeComValidationException if the code is blank or longer than 512 bytes; nothing was sent
     * @throws WeComApiException        40029 for a used or expired code; the code may be spent
     */
    public TfaInfo getInfo(String code) {
        Urls.code(code, "code");
        try {
            return once.execute(
                    ApiRequest.post(GET_TFA_INFO).body(Map.of("code", code)).build(), TfaInfo.class);
        } catch (WeComApiException e) {
            throw CodeErrors.explain(e, "code");
        }
    }

    /**
     * Lets the member in after your verification ("use" second verification):
     * {@code POST /cgi-bin/user/tfa_succ} with {@code userid} and {@code tfa_code}. Not retried.
     *
     * @param userId  the member, from {@link TfaInfo#userId()}
     * @param tfaCode the code from {@link TfaInfo#tfaCode()} (single use, valid 5 minutes)
     * @throws WeComValidationException if an argument is blank; nothing was sent
     * @throws WeComApiException        40207 for a wrong, used or expired tfa code, 40208 to 40210 for scope,
     *                                  domain or setup problems; the member stays locked
     */
    public void approve(String userId, String tfaCode) {
        Checks.notBlank(userId, "userid");
        Checks.notBlank(tfaCode, "tfa_code");
        Map<String, String> body = new LinkedHashMap<>();
        body.put("userid", userId);
        body.put("tfa_code", tfaCode);
        try {
            once.post(TFA_SUCC, body);
        } catch (WeComApiException e) {
            throw CodeErrors.explain(e, "tfa_code");
        }
    }

    /**
     * Lets a member in after login second verification (the older "join verification"):
     * {@code GET /cgi-bin/user/authsucc?userid=...}. Repeating it is harmless, so it is retried as any
     * read.
     *
     * @param userId the member, found from the verification page's code with
     *               {@link OAuth#getUserInfo(String)} on the contacts-sync client
     * @throws WeComValidationException if the userid is blank; nothing was sent
     * @throws WeComApiException        for WeCom's refusal (60111 for an unknown userid)
     */
    public void approveLogin(String userId) {
        Checks.notBlank(userId, "userid");
        client.get(AUTHSUCC, Map.of("userid", userId));
    }

    @Override
    public String toString() {
        return "SecondVerification[corpId=" + client.corpId() + "]";
    }
}
