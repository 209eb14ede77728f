package io.github.wecomsdk.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The signed part of the legacy {@code wx.agentConfig({...})} (jwxwork): the app's identity, signed
 * with the app's jsapi ticket ({@code ticket/get?type=agent_config}). Serialised with Jackson it is
 * {@code {"corpid":"ww...","agentid":1000002,"timestamp":...,"nonceStr":"...","signature":"..."}};
 * add {@code jsApiList} and the callbacks in the page.
 *
 * @param corpId    the corp id ({@code corpid})
 * @param agentId   the app's agent id ({@code agentid})
 * @param timestamp seconds since the epoch when it was signed
 * @param nonceStr  the random string that was signed
 * @param signature the signature
 */
@JsonPropertyOrder({"corpid", "agentid", "timestamp", "nonceStr", "signature"})
public record AgentConfig(
        @JsonProperty("corpid") String corpId,
        @JsonProperty("agentid") long agentId,
        long timestamp,
        String nonceStr,
        String signature) {}
