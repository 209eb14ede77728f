package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComResponseException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.Map;

/**
 * Turns members' userids into the openids the merchant API pays: {@code user/convert_to_openid}. The
 * client must belong to the same corp as the merchant's {@code appid}. Immutable and thread-safe.
 */
public final class OpenIds {

    static final String PATH = "/cgi-bin/user/convert_to_openid";

    private final WeComClient client;

    OpenIds(WeComClient client) {
        this.client = client;
    }

    /**
     * The openId of a member, with {@code POST /cgi-bin/user/convert_to_openid}. Members must be in the
     * app's visibility; the openId is stable, so cache it.
     *
     * @param userId the member's userid
     * @return the openId
     * @throws io.github.wecomsdk.core.WeComValidationException if {@code userId} is blank
     * @throws io.github.wecomsdk.core.WeComApiException         for WeCom's errors (60111: no such member)
     * @throws WeComResponseException                           if WeCom's answer has no openId
     */
    public String convert(String userId) {
        Checks.notBlank(userId, "userid");
        String openId =
                client.post(PATH, Map.of("userid", userId)).path("openid").asText("");
        if (openId.isEmpty()) {
            throw new WeComResponseException("WeCom's answer to " + PATH + " has no openid", PATH, null);
        }
        return openId;
    }

    @Override
    public String toString() {
        return "OpenIds[" + client + "]";
    }
}
