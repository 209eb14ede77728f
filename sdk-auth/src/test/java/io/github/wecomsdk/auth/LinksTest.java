package io.github.wecomsdk.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComValidationException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinksTest {

    private static final String CALLBACK = "https://app.example.com:8443/cb?next=/home%2Fx&lang=中文&v=a+b";
    private static final String CALLBACK_ENCODED =
            "https%3A%2F%2Fapp.example.com%3A8443%2Fcb%3Fnext%3D%2Fhome%252Fx%26lang%3D%E4%B8%AD%E6%96%87%26v%3Da%2Bb";

    private final WeComClient withAgent = WeComClient.builder()
            .corpId("wwcorp01")
            .secret("s")
            .agentId(1000002)
            .build();
    private final WeComClient withoutAgent =
            WeComClient.builder().corpId("wwcorp01").secret("s").build();

    @Test
    void authorizeUrlCarriesEveryParameterEncodedOnceThenWechatRedirect() {
        String link = Auth.of(withAgent)
                .oauth()
                .authorizeUrl(AuthorizeRequest.builder(CALLBACK)
                        .scope(OAuthScope.PRIVATE_INFO)
                        .state("abcXYZ019")
                        .build());

        assertTrue(link.startsWith("https://open.weixin.qq.com/connect/oauth2/authorize?"), link);
        assertTrue(link.endsWith("#wechat_redirect"), link);
        Map<String, String> query = Exchanges.rawQuery(link);
        assertEquals(
                List.of("appid", "redirect_uri", "response_type", "scope", "state", "agentid"),
                List.copyOf(query.keySet()));
        assertEquals("wwcorp01", query.get("appid"));
        assertEquals(CALLBACK_ENCODED, query.get("redirect_uri"));
        assertEquals(CALLBACK, Exchanges.decode(query.get("redirect_uri")), "one decoding gives the URL back");
        assertEquals("code", query.get("response_type"));
        assertEquals("snsapi_privateinfo", query.get("scope"));
        assertEquals("abcXYZ019", query.get("state"));
        assertEquals("1000002", query.get("agentid"));
        assertEquals("wechat_redirect", URI.create(link).getRawFragment());
    }

    @Test
    void matchesWeComsDocumentedExampleApartFromHexCase() {
        String link = Auth.of(withoutAgent).oauth().authorizeUrl("http://api.3dept.com/cgi-bin/query?action=get", "");
        assertEquals(
                "https://open.weixin.qq.com/connect/oauth2/authorize?appid=wwcorp01&redirect_uri="
                        + "http%3A%2F%2Fapi.3dept.com%2Fcgi-bin%2Fquery%3Faction%3Dget&response_type=code&scope=snsapi_base"
                        + "&state=#wechat_redirect",
                link);
    }

    @Test
    void silentLinkUsesTheClientsAgentAndNeverWritesNull() {
        Map<String, String> query =
                Exchanges.rawQuery(Auth.of(withAgent).oauth().authorizeUrl(CALLBACK, "s1"));
        assertEquals("snsapi_base", query.get("scope"));
        assertEquals("1000002", query.get("agentid"));

        String withoutAgentLink = Auth.of(withoutAgent).oauth().authorizeUrl(CALLBACK, "s1");
        assertFalse(withoutAgentLink.contains("agentid"), withoutAgentLink);
        assertFalse(withoutAgentLink.contains("null"), withoutAgentLink);
    }

    @Test
    void requestAgentIdWinsOverTheClients() {
        String link = Auth.of(withAgent)
                .oauth()
                .authorizeUrl(
                        AuthorizeRequest.builder(CALLBACK).agentId(1000009).build());
        assertEquals("1000009", Exchanges.rawQuery(link).get("agentid"));
    }

    @Test
    void refusesPrivateInfoWithoutAnAgentRatherThanDowngrading() {
        AuthorizeRequest request = AuthorizeRequest.builder(CALLBACK)
                .scope(OAuthScope.PRIVATE_INFO)
                .build();
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> Auth.of(withoutAgent).oauth().authorizeUrl(request));
        assertTrue(e.getMessage().contains("snsapi_privateinfo needs the app's agentid"), e.getMessage());
    }

    @Test
    void refusesStatesWeComWouldRefuse() {
        for (String state : List.of("has space", "dash-ed", "中文", "a".repeat(129), "x=y&z")) {
            assertThrows(
                    WeComValidationException.class,
                    () -> AuthorizeRequest.builder(CALLBACK).state(state).build(),
                    state);
            assertThrows(
                    WeComValidationException.class,
                    () -> WebLoginRequest.builder(CALLBACK).state(state).build(),
                    state);
        }
        assertEquals(
                "a".repeat(128),
                AuthorizeRequest.builder(CALLBACK)
                        .state("a".repeat(128))
                        .build()
                        .state());
    }

    @Test
    void refusesRedirectUrisThatAreEncodedRelativeOrCarryAFragment() {
        for (String uri : List.of(
                "https%3A%2F%2Fapp.example.com%2Fcb",
                "/cb", "app.example.com/cb", "ftp://app.example.com/cb", "https://app.example.com/cb#frag", " ")) {
            WeComValidationException e = assertThrows(
                    WeComValidationException.class,
                    () -> AuthorizeRequest.builder(uri).build(),
                    uri);
            assertTrue(e.getMessage().contains("redirectUri"), e.getMessage());
        }
        WeComValidationException encoded = assertThrows(
                WeComValidationException.class,
                () -> WebLoginRequest.builder("http%3a%2f%2fapp.example.com").build());
        assertTrue(encoded.getMessage().contains("URL-encoded already"), encoded.getMessage());
    }

    @Test
    void webLoginUrlCarriesEveryParameter() {
        String link = Auth.of(withAgent)
                .webLogin()
                .loginUrl(WebLoginRequest.builder(CALLBACK)
                        .state("WWLogin")
                        .language(LoginLanguage.ENGLISH)
                        .build());
        assertTrue(link.startsWith("https://login.work.weixin.qq.com/wwlogin/sso/login?"), link);
        assertEquals(-1, link.indexOf('#'));
        Map<String, String> query = Exchanges.rawQuery(link);
        assertEquals(
                List.of("login_type", "appid", "agentid", "redirect_uri", "state", "lang"),
                List.copyOf(query.keySet()));
        assertEquals("CorpApp", query.get("login_type"));
        assertEquals("wwcorp01", query.get("appid"));
        assertEquals("1000002", query.get("agentid"));
        assertEquals(CALLBACK_ENCODED, query.get("redirect_uri"));
        assertEquals("WWLogin", query.get("state"));
        assertEquals("en", query.get("lang"));
    }

    @Test
    void webLoginMatchesWeComsDocumentedExample() {
        WeComClient client = WeComClient.builder()
                .corpId("WWCorpId")
                .secret("s")
                .agentId(1000000)
                .build();
        assertEquals(
                "https://login.work.weixin.qq.com/wwlogin/sso/login?login_type=CorpApp&appid=WWCorpId"
                        + "&agentid=1000000&redirect_uri=http%3A%2F%2Fwork.weixin.qq.com&state=WWLogin",
                Auth.of(client).webLogin().loginUrl("http://work.weixin.qq.com", "WWLogin"));
    }

    @Test
    void webLoginNeedsAnAgent() {
        WeComValidationException e = assertThrows(
                WeComValidationException.class,
                () -> Auth.of(withoutAgent).webLogin().loginUrl(CALLBACK, "s"));
        assertTrue(e.getMessage().contains("agentid"), e.getMessage());
        String link = Auth.of(withoutAgent)
                .webLogin()
                .loginUrl(WebLoginRequest.builder(CALLBACK).agentId(7).build());
        assertEquals("7", Exchanges.rawQuery(link).get("agentid"));
        assertFalse(link.contains("lang="), link);
    }

    @Test
    void baseUrlsCanPointAtAFake() {
        Auth auth = Auth.builder(withAgent)
                .oauthBaseUrl("http://127.0.0.1:9/")
                .webLoginBaseUrl("http://127.0.0.1:9")
                .build();
        assertTrue(auth.oauth().authorizeUrl(CALLBACK, "").startsWith("http://127.0.0.1:9/connect/oauth2/authorize?"));
        assertTrue(auth.webLogin().loginUrl(CALLBACK, "").startsWith("http://127.0.0.1:9/wwlogin/sso/login?"));
        assertThrows(
                WeComValidationException.class, () -> Auth.builder(withAgent).oauthBaseUrl("x?y=1"));
    }
}
