package io.github.wecomsdk.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.core.WeComResponseException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.testing.MockWeCom;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CodeExchangeTest {

    @RegisterExtension
    final MockWeCom wecom = new MockWeCom();

    private final OAuth oauth = Auth.of(wecom.client()).oauth();

    @Test
    void memberAnswerBecomesAMemberWithItsTickets() {
        wecom.enqueueFixture("fixtures/auth/getuserinfo-member.json");

        UserIdentity who = oauth.getUserInfo("CODE+/=中");

        wecom.takeGet("/cgi-bin/auth/getuserinfo", "code", "CODE+/=中");
        UserIdentity.Member member = assertInstanceOf(UserIdentity.Member.class, who);
        assertEquals("USERID", member.userId());
        assertEquals("USER_TICKET", member.userTicket());
        assertEquals("USER_DOC_TICKET", member.userDocTicket());
        assertEquals(Duration.ofSeconds(1800), member.userTicketLifetime());
        assertEquals(Map.of(), member.otherFields());
        assertFalse(member.toString().contains("USER_TICKET"), member.toString());
        assertFalse(member.toString().contains("USER_DOC_TICKET"), member.toString());
    }

    @Test
    void nonMemberAnswerBecomesANonMember() {
        wecom.enqueueFixture("fixtures/auth/getuserinfo-nonmember.json");

        UserIdentity who = oauth.getUserInfo("CODE");

        wecom.takeGet("/cgi-bin/auth/getuserinfo", "code", "CODE");
        UserIdentity.NonMember guest = assertInstanceOf(UserIdentity.NonMember.class, who);
        assertEquals("OPENID", guest.openId());
        assertEquals("EXTERNAL_USERID", guest.optionalExternalUserId().orElseThrow());
    }

    @Test
    void memberWithoutTicketAndWithExpiresInAndNewFields() {
        wecom.enqueueJson(
                "{\"errcode\":0,\"errmsg\":\"ok\",\"userid\":\"zhangsan\",\"expires_in\":7200," + "\"new_field\":1}");
        UserIdentity.Member member = (UserIdentity.Member) oauth.getUserInfo("CODE");
        assertTrue(member.optionalUserTicket().isEmpty());
        assertEquals(Duration.ZERO, member.userTicketLifetime());
        assertEquals(Map.of("new_field", 1), member.otherFields());

        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\",\"userid\":\"zhangsan\",\"user_ticket\":\"T\","
                + "\"expires_in\":600}");
        assertEquals(Duration.ofSeconds(600), ((UserIdentity.Member) oauth.getUserInfo("CODE")).userTicketLifetime());
    }

    @Test
    void answerWithNeitherIdIsAResponseError() {
        wecom.enqueueJson("{\"errcode\":0,\"errmsg\":\"ok\"}");
        assertThrows(WeComResponseException.class, () -> oauth.getUserInfo("CODE"));
    }

    @Test
    void usedCodeSaysWhatToDoAndIsNotRetried() {
        wecom.enqueueJson("{\"errcode\":40029,\"errmsg\":\"invalid code, hint: [1_2_3]\"}");

        WeComApiException e = assertThrows(WeComApiException.class, () -> oauth.getUserInfo("USED"));

        assertEquals(40029, e.errcode());
        assertEquals("1_2_3", e.hint());
        assertTrue(e.getMessage().contains("single use"), e.getMessage());
        assertTrue(e.getMessage().contains("send the browser through the link again"), e.getMessage());
        wecom.takeRequest();
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void domainMismatchSaysWhichSettingToFix() {
        wecom.enqueueJson("{\"errcode\":50001,\"errmsg\":\"redirect_url not authorised\"}");

        WeComApiException e = assertThrows(WeComApiException.class, () -> oauth.getUserInfo("CODE"));

        assertEquals(50001, e.errcode());
        assertTrue(e.getMessage().contains("trusted domain"), e.getMessage());
        assertTrue(e.getMessage().contains("port included"), e.getMessage());
    }

    @Test
    void codeIsNeverRetriedEvenOnSystemBusy() {
        // The client's own policy retries -1 for a GET; a code exchange must not be repeated.
        wecom.enqueueJson("{\"errcode\":-1,\"errmsg\":\"system busy\"}");
        wecom.enqueueFixture("fixtures/auth/getuserinfo-member.json");

        WeComApiException e = assertThrows(WeComApiException.class, () -> oauth.getUserInfo("CODE"));

        assertEquals(-1, e.errcode());
        wecom.takeRequest();
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void badCodesAreRefusedBeforeSending() {
        assertThrows(WeComValidationException.class, () -> oauth.getUserInfo(" "));
        assertThrows(WeComValidationException.class, () -> oauth.getUserInfo("x".repeat(513)));
        assertThrows(WeComValidationException.class, () -> oauth.getUserDetail(null));
        assertEquals(0, wecom.pendingRequests());
    }

    @Test
    void userDetailPostsTheTicketAndDecodesWeComsSample() {
        wecom.enqueueFixture("fixtures/auth/getuserdetail.json");

        UserDetail detail = oauth.getUserDetail("USER_TICKET");

        wecom.takePost("/cgi-bin/auth/getuserdetail", "{\"user_ticket\":\"USER_TICKET\"}");
        assertEquals("lisi", detail.userId());
        assertEquals("1", detail.gender());
        assertEquals(Gender.MALE, detail.genderType());
        assertEquals("http://shp.qpic.cn/bizmp/xxxxxxxxxxx/0", detail.avatar());
        assertEquals("https://open.work.weixin.qq.com/wwopen/userQRCode?vcode=vcfc13b01dfs78e981c", detail.qrCode());
        assertEquals("13800000000", detail.mobile());
        assertEquals("zhangsan@gzdev.com", detail.email());
        assertEquals("zhangsan@qyycs2.wecom.work", detail.bizMail());
        assertEquals("广州市海珠区新港中路", detail.address());
        assertEquals(Map.of(), detail.otherFields());
    }

    @Test
    void expiredUserTicketSaysSo() {
        wecom.enqueueJson("{\"errcode\":84014,\"errmsg\":\"invalid user_ticket\"}");
        WeComApiException e = assertThrows(WeComApiException.class, () -> oauth.getUserDetail("OLD"));
        assertTrue(e.getMessage().contains("1800 s"), e.getMessage());
    }

    @Test
    void aCodeIsNotResentAfterADroppedConnectionThatThePlainClientWouldRetry() {
        // The client's own policy repeats a GET whose connection dropped: shown first, so this test can fail.
        wecom.enqueue(new MockResponse.Builder()
                .onResponseStart(new SocketEffect.CloseSocket())
                .build());
        wecom.enqueueFixture("fixtures/auth/getuserinfo-member.json");
        wecom.client().get("/cgi-bin/auth/getuserinfo", Map.of("code", "PLAIN"));
        wecom.takeRequest();
        wecom.takeRequest();

        wecom.enqueue(new MockResponse.Builder()
                .onResponseStart(new SocketEffect.CloseSocket())
                .build());
        wecom.enqueueFixture("fixtures/auth/getuserinfo-member.json");

        assertThrows(WeComException.class, () -> oauth.getUserInfo("CODE"));

        wecom.takeRequest();
        assertEquals(0, wecom.pendingRequests());
    }
}
