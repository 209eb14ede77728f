package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Merchants bound for external payments: {@code externalpay/getmerchant} and
 * {@code externalpay/set_mch_use_scope} ([93666]). Self-built apps configured in
 * 「对外收款 → 可调用接口的应用」 only. Immutable and thread-safe.
 */
public final class Merchants {

    static final String GET = "/cgi-bin/externalpay/getmerchant";
    static final String SET_SCOPE = "/cgi-bin/externalpay/set_mch_use_scope";

    private final WeComClient client;

    Merchants(WeComClient client) {
        this.client = client;
    }

    static String checkMchId(String mchId) {
        return Checks.maxBytes(Checks.notBlank(mchId, "mch_id"), 32, "mch_id");
    }

    /**
     * A bound merchant and who may use it, with {@code POST /cgi-bin/externalpay/getmerchant}.
     *
     * @param mchId the merchant id, at most 32 bytes
     * @return the merchant
     * @throws WeComValidationException                  if {@code mchId} is blank or too long
     * @throws io.github.wecomsdk.core.WeComApiException for WeCom's errors
     */
    public Merchant get(String mchId) {
        checkMchId(mchId);
        return client.execute(
                ApiRequest.post(GET).body(Map.of("mch_id", mchId)).repeatable().build(), Merchant.class);
    }

    /**
     * Sets who may use a bound merchant, with {@code POST /cgi-bin/externalpay/set_mch_use_scope}; it
     * replaces the scope. Empty lists are left out of the request.
     *
     * @param mchId the merchant id, at most 32 bytes
     * @param scope the members, departments and tags; at least one of them
     * @throws WeComValidationException                  if the id is blank or the scope is empty
     * @throws io.github.wecomsdk.core.WeComApiException for WeCom's errors
     */
    public void updateUseScope(String mchId, Merchant.Scope scope) {
        checkMchId(mchId);
        Checks.notNull(scope, "allow_use_scope");
        Map<String, Object> allow = new LinkedHashMap<>();
        if (!scope.user().isEmpty()) {
            allow.put("user", scope.user());
        }
        if (!scope.partyId().isEmpty()) {
            allow.put("partyid", scope.partyId());
        }
        if (!scope.tagId().isEmpty()) {
            allow.put("tagid", scope.tagId());
        }
        if (allow.isEmpty()) {
            throw new WeComValidationException("allow_use_scope needs at least one member, department or tag");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mch_id", mchId);
        body.put("allow_use_scope", allow);
        client.execute(ApiRequest.post(SET_SCOPE).body(body).repeatable().build());
    }

    @Override
    public String toString() {
        return "Merchants[" + client + "]";
    }
}
