package io.github.wecomsdk.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.testkit.FakeWeCom;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Java examples of this module's Javadoc, verbatim (line breaks aside), so that they compile;
 * {@link JavadocSnippetsTest} fails when one is edited without its twin here. Those cheap to run, run
 * against {@link FakeWeCom}.
 */
class AuthJavadocExamplesTest {

    private static final String CALLBACK = "https://app.example.com/callback";

    /** The servlet API's session, as far as the {@link OAuthStates} example uses it. */
    interface Session {
        String getId();
    }

    /** The servlet API's request, as far as the {@link OAuthStates} example uses it. */
    interface Request {
        String getParameter(String name);
    }

    private final FakeWeCom fake = FakeWeCom.start().addUser("zhangsan", "张三");
    private final Auth auth = Auth.builder(fake.client())
            .oauthBaseUrl(fake.baseUrl())
            .webLoginBaseUrl(fake.baseUrl())
            .build();
    private final List<String> signedIn = new ArrayList<>();
    private final List<String> guests = new ArrayList<>();

    @AfterEach
    void close() {
        fake.close();
    }

    // SecondVerification
    void secondVerificationExample(Auth auth, String code) {
        TfaInfo info = auth.secondVerification().getInfo(code); // code from the verification page's URL
        if (myOwnCheckPasses(info.userId())) {
            auth.secondVerification().approve(info.userId(), info.tfaCode());
        }
    }

    private boolean myOwnCheckPasses(String userId) {
        return userId.equals("zhangsan");
    }

    // JsSdk
    static List<JsSdkSignature> jsSdkExample(Auth auth, String pageUrl) {
        // the page posts location.href to the server, which answers:
        JsSdkSignature corp = auth.jsSdk().configSignature(pageUrl); // getConfigSignature(url)
        JsSdkSignature app = auth.jsSdk().agentConfigSignature(pageUrl); // getAgentConfigSignature(url)
        return List.of(corp, app);
    }

    // Auth
    static void authExample(WeComClient client, String state, String code, String pageUrl) {
        Auth auth = Auth.of(client); // the client of the app people sign in to
        String link = auth.oauth().authorizeUrl("https://app.example.com/callback", state);
        UserIdentity who = auth.oauth().getUserInfo(code); // Member or NonMember
        JsSdkSignature sig = auth.jsSdk().configSignature(pageUrl);
    }

    // UserIdentity
    void userIdentityExample(Auth auth, String code) {
        UserIdentity who = auth.oauth().getUserInfo(code);
        if (who instanceof UserIdentity.Member m) {
            signIn(m.userId());
        } else if (who instanceof UserIdentity.NonMember n) {
            showGuestPage(n.openId());
        }
    }

    private void signIn(String userId) {
        signedIn.add(userId);
    }

    private void showGuestPage(String openId) {
        guests.add(openId);
    }

    // MiniProgram
    static MiniProgramUserData miniProgramExample(
            Auth auth, String jsCode, String sessionKey, String encryptedData, String iv, String appId) {
        MiniProgramSession session = auth.miniProgram().codeToSession(jsCode); // from wx.qy.login
        keepOnTheServer(session.userId(), session.sessionKey());
        MiniProgramUserData data = auth.miniProgram().decryptUserData(sessionKey, encryptedData, iv, appId);
        return data;
    }

    private static void keepOnTheServer(String userId, String sessionKey) {}

    // OAuth
    static UserIdentity oauthExample(Auth auth, OAuthStates states, String sessionId, String state, String code) {
        String link = auth.oauth().authorizeUrl("https://app.example.com/callback", states.issue(sessionId));
        // ... WeCom redirects to https://app.example.com/callback?code=CODE&state=STATE
        states.verify(state, sessionId);
        UserIdentity who = auth.oauth().getUserInfo(code);
        return who;
    }

    // OAuthStates
    static void oauthStatesExample(Auth auth, byte[] secretKey, String callbackUrl, Session session, Request request) {
        OAuthStates states = OAuthStates.builder(secretKey).build(); // one per application
        String link = auth.oauth().authorizeUrl(callbackUrl, states.issue(session.getId()));
        // in the callback:
        states.verify(request.getParameter("state"), session.getId()); // throws unless VALID
    }

    /** Opens a sign-in link like a browser and returns the {@code code} WeCom redirects back with. */
    private static String codeFrom(String link) throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, response.statusCode(), response.body());
        Map<String, String> query =
                Exchanges.rawQuery(response.headers().firstValue("Location").orElseThrow());
        return Exchanges.decode(query.get("code"));
    }

    @Test
    void theSecondVerificationExampleApprovesTheMemberAtTheFake() {
        secondVerificationExample(auth, fake.issueSecondVerificationCode("zhangsan"));

        assertEquals(List.of("zhangsan"), fake.approvedSecondVerifications());
    }

    @Test
    void theUserIdentityExampleSignsInAMemberAndShowsANonMemberTheGuestPage() throws Exception {
        fake.signInAs("zhangsan");
        userIdentityExample(auth, codeFrom(auth.oauth().authorizeUrl(CALLBACK, "s1")));
        fake.signInAsNonMember("oAAAAAAA", "wmAAAAAA");
        userIdentityExample(auth, codeFrom(auth.oauth().authorizeUrl(CALLBACK, "s2")));

        assertEquals(List.of("zhangsan"), signedIn);
        assertEquals(List.of("oAAAAAAA"), guests);
    }

    @Test
    void theOAuthExampleChecksTheStateAndReadsTheMember() throws Exception {
        OAuthStates states = OAuthStates.builder("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8))
                .build();
        String state = states.issue("session-1");
        fake.signInAs("zhangsan");
        String code = codeFrom(auth.oauth().authorizeUrl(CALLBACK, state));

        UserIdentity who = oauthExample(auth, states, "session-1", state, code);

        assertEquals("zhangsan", ((UserIdentity.Member) who).userId());
    }

    @Test
    void theJsSdkExampleSignsForTheCorpAndTheApp() {
        List<JsSdkSignature> signatures = jsSdkExample(auth, "https://app.example.com/page?x=1");

        assertEquals(1, fake.jsapiTicketFetches());
        assertEquals(1, fake.agentConfigTicketFetches());
        assertTrue(
                signatures.stream().allMatch(signature -> signature.signature().length() == 40));
    }
}
