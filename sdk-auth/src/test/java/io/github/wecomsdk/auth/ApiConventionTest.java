package io.github.wecomsdk.auth;

import io.github.wecomsdk.core.testing.ApiConventions;
import org.junit.jupiter.api.Test;

class ApiConventionTest {

    @Test
    void publicApiFollowsTheConvention() {
        ApiConventions.forModule(Auth.class)
                .exempt(JsSdkSignature.class, "computed locally for ww.register, not decoded from WeCom")
                .exempt(WxConfig.class, "computed locally for wx.config, not decoded from WeCom")
                .exempt(AgentConfig.class, "computed locally for wx.agentConfig, not decoded from WeCom")
                .check();
    }
}
