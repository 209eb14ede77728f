package io.github.wecomsdk.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.testkit.FakeWeCom;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sign-in endpoints of FakeWeCom, driven through the SDK and a browser-like HTTP client. */
class FakeWeComSignInTest {

    private static final String CALLBACK = "https://app.example.com/callback?from=test";

    private final FakeWeCom fake = FakeWeCom.start().addUser("zhangsan", "张三");
    private final WeComClient client = fake.client();
    private final Auth auth = Auth.builder(client)
            .oauthBaseUrl(fake.baseUrl())
            .webLoginBaseUrl(fake.baseUrl())
            .build();
    private final HttpClient browser =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void close() {
        fake.close();
    }

    /** Opens a link like a browser and returns the redirect's query parameters. */
    private Map<String, String> follow(String link) throws Exception {
        HttpResponse<String> response =
                browser.send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(CALLBACK + "&code="), location);
        return Exchanges.rawQuery(location);
    }

    @Test
    void authorizeRedirectsWithACodeForTheSignedInMember() throws Exception {
        fake.signInAs("zhangsan");

        Map<String, String> back = follow(auth.oauth().authorizeUrl(CALLBACK, "s123"));

        assertEquals("s123", back.get("state"));
        assertEquals("test", back.get("from"));
        UserIdentity.Member member = assertInstanceOf(
                UserIdentity.Member.class, auth.oauth().getUserInfo(Exchanges.decode(back.get("code"))));
        assertEquals("zhangsan", member.userId());
        assertTrue(member.optionalUserTicket().isEmpty(), "snsapi_base gives no user_ticket");
    }

    @Test
    void privateInfoGivesAUserTicketForTheDetail() throws Exception {
        fake.signInAs("zhangsan");
        String link = auth.oauth()
                .authorizeUrl(AuthorizeRequest.builder(CALLBACK)
                        .scope(OAuthScope.PRIVATE_INFO)
                        .build());

        UserIdentity.Member member = (UserIdentity.Member)
                auth.oauth().getUserInfo(Exchanges.decode(follow(link).get("code")));
        UserDetail detail = auth.oauth().getUserDetail(member.userTicket());

        assertEquals("zhangsan", detail.userId());
        assertEquals("zhangsan@example.com", detail.email());
    }

    @Test
    void aCodeIsSingleUse() throws Exception {
        fake.signInAs("zhangsan");
        String code =
                Exchanges.decode(follow(auth.oauth().authorizeUrl(CALLBACK, "")).get("code"));
        auth.oauth().getUserInfo(code);

        WeComApiException e =
                assertThrows(WeComApiException.class, () -> auth.oauth().getUserInfo(code));
        assertEquals(40029, e.errcode());
        assertEquals(1 + 1, fake.callCount("/cgi-bin/auth/getuserinfo"));
    }

    @Test
    void aNonMemberComesBackAsOne() throws Exception {
        fake.signInAsNonMember("o-guest", "wm-customer");

        UserIdentity who = auth.oauth()
                .getUserInfo(Exchanges.decode(
                        follow(auth.oauth().authorizeUrl(CALLBACK, "")).get("code")));

        UserIdentity.NonMember guest = assertInstanceOf(UserIdentity.NonMember.class, who);
        assertEquals("o-guest", guest.openId());
        assertEquals("wm-customer", guest.externalUserId());
    }

    @Test
    void webLoginRedirectsToo() throws Exception {
        fake.signInAs("zhangsan");
        String link = auth.webLogin()
                .loginUrl(WebLoginRequest.builder(CALLBACK)
                        .state("WWLogin")
                        .language(LoginLanguage.CHINESE)
                        .build());

        Map<String, String> back = follow(link);

        assertEquals("WWLogin", back.get("state"));
        assertEquals(
                "zhangsan",
                ((UserIdentity.Member) auth.oauth().getUserInfo(Exchanges.decode(back.get("code")))).userId());
    }

    @Test
    void aCodeFromAnotherAppsLinkIsADomainMismatch() throws Exception {
        fake.addApp(1000003, "second-app-secret-0000000000000000000000000");
        fake.signInAs("zhangsan");
        String link = auth.oauth()
                .authorizeUrl(
                        AuthorizeRequest.builder(CALLBACK).agentId(1000003).build());

        WeComApiException e = assertThrows(
                WeComApiException.class,
                () -> auth.oauth().getUserInfo(Exchanges.decode(follow(link).get("code"))));

        assertEquals(50001, e.errcode());
        assertTrue(e.getMessage().contains("trusted domain"), e.getMessage());
    }

    @Test
    void nobodySignedInIsAnErrorPage() throws Exception {
        HttpResponse<String> response = browser.send(
                HttpRequest.newBuilder(URI.create(auth.oauth().authorizeUrl(CALLBACK, "")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("signInAs"), response.body());
    }

    @Test
    void miniProgramCodesAndSecondVerificationWork() {
        MiniProgramSession session = auth.miniProgram().codeToSession(fake.issueMiniProgramCode("zhangsan"));
        assertEquals(fake.corpId(), session.corpId());
        assertEquals("zhangsan", session.userId());
        assertEquals(24, session.sessionKey().length());

        TfaInfo info = auth.secondVerification().getInfo(fake.issueSecondVerificationCode("zhangsan"));
        auth.secondVerification().approve(info.userId(), info.tfaCode());
        assertThrows(WeComApiException.class, () -> auth.secondVerification().approve(info.userId(), info.tfaCode()));
        auth.secondVerification().approveLogin("zhangsan");

        assertEquals(List.of("zhangsan"), fake.approvedSecondVerifications());
        assertEquals(List.of("zhangsan"), fake.approvedLogins());
    }

    @Test
    void theFakeAuthorizePageRefusesWhatWeComRefuses() throws Exception {
        fake.signInAs("zhangsan");
        String base = fake.baseUrl() + "/connect/oauth2/authorize?appid=" + fake.corpId() + "&response_type=code";
        String once = "&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb";
        String twice = "&redirect_uri=https%253A%252F%252Fapp.example.com%252Fcb";
        Map<String, String> refused = Map.of(
                base + once + "&scope=snsapi_privateinfo&state=",
                "snsapi_privateinfo needs agentid",
                base + twice + "&scope=snsapi_base&state=",
                "encoded twice",
                base + once + "&scope=snsapi_base&state=a-b",
                "state must match",
                fake.baseUrl() + "/connect/oauth2/authorize?appid=wwother&response_type=code&scope=snsapi_base" + once,
                "appid must be the corp id");
        for (Map.Entry<String, String> link : refused.entrySet()) {
            HttpResponse<String> page = browser.send(
                    HttpRequest.newBuilder(URI.create(link.getKey())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, page.statusCode(), link.getKey());
            assertTrue(page.body().contains(link.getValue()), page.body());
        }
        HttpResponse<String> ok = browser.send(
                HttpRequest.newBuilder(
                                URI.create(base + once + "&scope=snsapi_privateinfo&state=&agentid=" + fake.agentId()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, ok.statusCode(), ok.body());
    }
}
