package io.github.wecomsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.auth.Auth;
import io.github.wecomsdk.auth.OAuthStates;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.testkit.FakeWeCom;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SignInServerTest {

    private final FakeWeCom fake = FakeWeCom.start().addUser("zhangsan", "张三").signInAs("zhangsan");
    private final WeComClient client = fake.client();
    private final SignInServer app = SignInServer.start(
            client, Auth.builder(client).oauthBaseUrl(fake.baseUrl()).build(), OAuthStates.withRandomKey(), null, 0);

    @AfterEach
    void close() {
        app.close();
        fake.close();
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .cookieHandler(new CookieManager())
                .build();
    }

    private static HttpResponse<String> get(HttpClient browser, String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<URI> hops(HttpResponse<?> response) {
        List<URI> uris = new ArrayList<>();
        for (Optional<? extends HttpResponse<?>> r = Optional.of(response);
                r.isPresent();
                r = r.get().previousResponse()) {
            uris.add(0, r.get().uri());
        }
        return uris;
    }

    @Test
    void aBrowserFollowingTheRedirectsEndsUpSignedIn() throws Exception {
        HttpClient browser = browser();

        HttpResponse<String> page = get(browser, app.homeUrl());

        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("Signed in as 张三 (zhangsan)"), page.body());
        List<URI> hops = hops(page);
        assertEquals(4, hops.size(), hops.toString());
        assertEquals("/connect/oauth2/authorize", hops.get(1).getPath());
        assertEquals("/callback", hops.get(2).getPath());
        assertEquals(1, fake.callCount("/cgi-bin/auth/getuserinfo"));
        // signed in now: the home page answers directly
        HttpResponse<String> again = get(browser, app.homeUrl());
        assertTrue(again.body().contains("zhangsan"), again.body());
        assertEquals(1, hops(again).size());
    }

    @Test
    void aReplayedCallbackIsRefusedAndSpendsNoCode() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = notFollowing(cookies);
        String callback = callbackFor(browser);
        String startedIn = sessionId(cookies);
        assertEquals(302, get(browser, callback).statusCode(), "the first arrival signs in");

        HttpResponse<String> fromTheStartingSession = withSession(callback, startedIn);
        HttpResponse<String> fromTheSignedInBrowser = get(browser, callback);

        assertEquals(403, fromTheStartingSession.statusCode());
        assertTrue(fromTheStartingSession.body().contains("REPLAYED"), fromTheStartingSession.body());
        assertEquals(403, fromTheSignedInBrowser.statusCode());
        assertTrue(
                fromTheSignedInBrowser.body().contains("FORGED"),
                "its session id changed at sign-in: " + fromTheSignedInBrowser.body());
        assertEquals(1, fake.callCount("/cgi-bin/auth/getuserinfo"));
    }

    private static HttpResponse<String> withSession(String url, String sessionId) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "sid=" + sessionId)
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient notFollowing() {
        return notFollowing(new CookieManager());
    }

    private static HttpClient notFollowing(CookieManager cookies) {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(cookies)
                .build();
    }

    private static String sessionId(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("sid"))
                .findFirst()
                .orElseThrow()
                .getValue();
    }

    /** The callback URL (code and state) WeCom sends {@code browser} to, without following it. */
    private String callbackFor(HttpClient browser) throws Exception {
        HttpResponse<String> toWeCom = get(browser, app.homeUrl());
        return get(browser, toWeCom.headers().firstValue("Location").orElseThrow())
                .headers()
                .firstValue("Location")
                .orElseThrow();
    }

    @Test
    void aCallbackStartedInAnotherBrowserIsRefused() throws Exception {
        // Login CSRF: the attacker starts a sign-in as themselves and plants the callback on a victim
        // whose browser already has a session with this app.
        String planted = callbackFor(notFollowing());
        HttpClient victim = notFollowing();
        get(victim, app.homeUrl());

        HttpResponse<String> answer = get(victim, planted);

        assertEquals(403, answer.statusCode());
        assertTrue(answer.body().contains("FORGED"), answer.body());
        assertEquals(0, fake.callCount("/cgi-bin/auth/getuserinfo"));
    }

    @Test
    void aCallbackWithoutAnySessionIsRefused() throws Exception {
        HttpResponse<String> answer = get(browser(), callbackFor(notFollowing()));

        assertEquals(403, answer.statusCode());
        assertTrue(answer.body().contains("MALFORMED"), answer.body());
        assertEquals(0, fake.callCount("/cgi-bin/auth/getuserinfo"));
    }

    @Test
    void signingInGivesANewSessionIdAndTheOldOneStaysSignedOut() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = notFollowing(cookies);
        String callback = callbackFor(browser);
        String before = sessionId(cookies);

        HttpResponse<String> signedIn = get(browser, callback);

        assertEquals(302, signedIn.statusCode(), signedIn.body());
        String after = sessionId(cookies);
        assertNotEquals(before, after);
        HttpResponse<String> withOldId = withSession(app.homeUrl(), before);
        assertEquals(302, withOldId.statusCode(), "the pre-sign-in id is sent to WeCom again, not greeted");
        assertTrue(get(browser, app.homeUrl()).body().contains("zhangsan"));
    }

    @Test
    void aForgedStateIsRefused() throws Exception {
        HttpClient browser = notFollowing();
        get(browser, app.homeUrl());

        HttpResponse<String> forged = get(browser, app.homeUrl() + "callback?code=abc&state=" + "0".repeat(108));

        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains("FORGED"), forged.body());
    }
}
