package io.github.wecomsdk.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The signed part of the legacy {@code wx.config({...})} (jweixin): the corp's identity, signed with
 * the corp jsapi ticket. Serialised with Jackson it is
 * {@code {"appId":"ww...","timestamp":...,"nonceStr":"...","signature":"..."}}; add {@code beta},
 * {@code debug} and {@code jsApiList} in the page.
 *
 * @param corpId    the corp id, WeCom's {@code appId}
 * @param timestamp seconds since the epoch when it was signed
 * @param nonceStr  the random string that was signed
 * @param signature the signature
 */
@JsonPropertyOrder({"appId", "timestamp", "nonceStr", "signature"})
public record WxConfig(@JsonProperty("appId") String corpId, long timestamp, String nonceStr, String signature) {}
