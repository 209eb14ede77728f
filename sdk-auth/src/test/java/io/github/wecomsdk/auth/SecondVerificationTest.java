package io.github.wecomsdk.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.MockWeCom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SecondVerificationTest {

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom();

    private final SecondVerification verification = Auth.of(wecom.client()).secondVerification();

    @Test
    void getInfoPostsTheCodeAndDecodesWeComsSample() {
        wecom.enqueueFixture("fixtures/auth/get_tfa_info.json");

        TfaInfo info = verification.getInfo("CODE");

        wecom.takePost("/cgi-bin/auth/get_tfa_info", "{\"code\":\"CODE\"}");
        assertEquals("USERID", info.userId());
        assertEquals("TFA_CODE", info.tfaCode());
        assertFalse(info.toString().contains("TFA_CODE"), info.toString());
    }

    @Test
    void getInfoIsNeverRetried() {
        wecom.enqueueJson("{\"errcode\":-1,\"errmsg\":\"busy\"}");
        wecom.enqueueFixture("fixtures/auth/get_tfa_info.json");
        assertThrows(WeComApiException.class, () -> verification.getInfo("CODE"));
        wecom.takeRequest();
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void approvePostsUseridAndTfaCode() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\"}");

        verification.approve("USERID", "TFA_CODE");

        wecom.takePost("/cgi-bin/user/tfa_succ", "{\"userid\":\"USERID\",\"tfa_code\":\"TFA_CODE\"}");
    }

    @Test
    void aBadTfaCodeSaysWhatToDo() {
        wecom.enqueueJson("{\"errcode\":40207,\"errmsg\":\"invalid tfa_code\"}");
        WeComApiException e = assertThrows(WeComApiException.class, () -> verification.approve("USERID", "OLD"));
        assertEquals(40207, e.errcode());
        assertTrue(e.getMessage().contains("getInfo(code)"), e.getMessage());
    }

    @Test
    void approveLoginCallsAuthsuccWithTheUserid() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\"}");

        verification.approveLogin("zhangsan");

        wecom.takeGet("/cgi-bin/user/authsucc", "userid", "zhangsan");
    }

    @Test
    void aUsedVerificationCodeSaysWhatToDo() {
        wecom.enqueueJson("{\"errcode\":40029,\"errmsg\":\"invalid code\"}");
        WeComApiException e = assertThrows(WeComApiException.class, () -> verification.getInfo("USED"));
        assertEquals(40029, e.errcode());
        assertTrue(e.getMessage().contains("code was already used"), e.getMessage());
        wecom.takePost("/cgi-bin/auth/get_tfa_info", "{\"code\":\"USED\"}");
    }

    @Test
    void approveIsNeverRepeated() {
        wecom.enqueueJson("{\"errcode\":-1,\"errmsg\":\"system busy\"}");
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\"}");
        WeComApiException e = assertThrows(WeComApiException.class, () -> verification.approve("USERID", "TFA"));
        assertEquals(-1, e.errcode());
        wecom.takeRequest();
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void approveLoginReportsAnUnknownMember() {
        wecom.enqueueJson("{\"errcode\":60111,\"errmsg\":\"invalid string value `nobody`. userid not found\"}");
        WeComApiException e = assertThrows(WeComApiException.class, () -> verification.approveLogin("nobody"));
        assertEquals(60111, e.errcode());
        wecom.takeGet("/cgi-bin/user/authsucc", "userid", "nobody");
    }

    @Test
    void blankArgumentsAreRefusedBeforeSending() {
        assertThrows(WeComValidationException.class, () -> verification.getInfo(""));
        assertThrows(WeComValidationException.class, () -> verification.approve("u", " "));
        assertThrows(WeComValidationException.class, () -> verification.approve(null, "c"));
        assertThrows(WeComValidationException.class, () -> verification.approveLogin(" "));
        assertEquals(0, wecom.pendingRequests());
    }
}
