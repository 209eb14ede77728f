package io.github.wecomsdk.auth;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Exactly what {@code @wecom/jssdk}'s {@code ww.register} asks its {@code getConfigSignature(url)}
 * and {@code getAgentConfigSignature(url)} callbacks for. Serialised with Jackson it is
 * {@code {"timestamp":1414587457,"nonceStr":"...","signature":"..."}}; return it as the callback's
 * JSON.
 *
 * @param timestamp seconds since the epoch when it was signed
 * @param nonceStr  the random string that was signed
 * @param signature lower-case hex SHA-1 of
 *                  {@code jsapi_ticket=...&noncestr=...&timestamp=...&url=...}
 */
@JsonPropertyOrder({"timestamp", "nonceStr", "signature"})
public record JsSdkSignature(long timestamp, String nonceStr, String signature) {}
