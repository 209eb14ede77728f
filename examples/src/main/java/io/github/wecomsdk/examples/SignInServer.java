package io.github.wecomsdk.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.wecomsdk.auth.Auth;
import io.github.wecomsdk.auth.OAuthStates;
import io.github.wecomsdk.auth.StateCheck;
import io.github.wecomsdk.auth.UserIdentity;
import io.github.wecomsdk.contacts.Contacts;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.testkit.FakeWeCom;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Signing people in to a web app inside WeCom, with nothing but the JDK's HTTP server: {@code /}
 * sends a new browser to WeCom's authorize page with a {@code state} bound to its session cookie;
 * {@code /callback} checks the state, exchanges the code and remembers who signed in under a new
 * session id; {@code /} then greets them.
 *
 * <p>With {@code WECOM_CORP_ID}, {@code WECOM_SECRET}, {@code WECOM_AGENT_ID} and
 * {@code SIGNIN_PUBLIC_URL} (this server's address as the browser reaches it, on the app's trusted
 * domain) it talks to the real WeCom; without them it starts the embedded {@link FakeWeCom}, where
 * member {@code zhangsan} is "using the browser". From the repository root:
 *
 * <pre>{@code
 * mvn -B -q -pl examples -am compile -Dquickstart -Dexample=io.github.wecomsdk.examples.SignInServer
 * }</pre>
 */
public final class SignInServer implements AutoCloseable {

    private static final String COOKIE = "sid";
    private static final int MAX_SESSIONS = 10_000;

    private final WeComClient client;
    private final Auth auth;
    private final OAuthStates states;
    private final HttpServer server;
    private final ExecutorService executor;
    private final String publicUrl;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> signedIn = new ConcurrentHashMap<>();

    private SignInServer(WeComClient client, Auth auth, OAuthStates states, String publicUrl, int port) {
        this.client = client;
        this.auth = auth;
        this.states = states;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("could not listen on port " + port, e);
        }
        this.publicUrl = publicUrl != null
                ? publicUrl
                : "http://127.0.0.1:" + server.getAddress().getPort();
        executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    /**
     * Starts the app on a loopback port.
     *
     * @param client    the client of the app people sign in to (its agent id goes into the link)
     * @param auth      the sign-in entry over that client
     * @param states    where states are issued and checked
     * @param publicUrl this server's address as the browser reaches it, or {@code null} for
     *                  {@code http://127.0.0.1:<port>}
     * @param port      the port, 0 for any free one
     * @return the running server; close it
     */
    public static SignInServer start(WeComClient client, Auth auth, OAuthStates states, String publicUrl, int port) {
        return new SignInServer(
                Objects.requireNonNull(client),
                Objects.requireNonNull(auth),
                Objects.requireNonNull(states),
                publicUrl,
                port);
    }

    /**
     * Where the browser should go first.
     *
     * @return the home page URL
     */
    public String homeUrl() {
        return publicUrl + "/";
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if ("/callback".equals(path)) {
                callback(exchange);
            } else if ("/".equals(path)) {
                home(exchange);
            } else {
                respond(exchange, 404, "Not found");
            }
        } catch (WeComException e) {
            respond(exchange, 502, "WeCom refused the sign-in: " + e.getMessage());
        }
    }

    private void home(HttpExchange exchange) throws IOException {
        String session = cookie(exchange);
        String who = session == null ? null : signedIn.get(session);
        if (who != null) {
            respond(exchange, 200, "Signed in as " + who);
            return;
        }
        if (session == null) {
            session = newSessionId();
            setSessionCookie(exchange, session);
        }
        String link = auth.oauth().authorizeUrl(publicUrl + "/callback", states.issue(session));
        exchange.getResponseHeaders().set("Location", link);
        exchange.sendResponseHeaders(302, -1);
    }

    private void callback(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String session = cookie(exchange);
        StateCheck check = states.check(query.get("state"), session);
        if (!check.isValid()) {
            respond(exchange, 403, "Sign-in refused: the state is " + check);
            return;
        }
        String code = query.get("code");
        if (code == null || code.isBlank()) {
            respond(exchange, 400, "Sign-in refused: WeCom sent no code");
            return;
        }
        UserIdentity identity = auth.oauth().getUserInfo(code);
        String who;
        if (identity instanceof UserIdentity.Member member) {
            who = Contacts.of(client).users().get(member.userId()).name() + " (" + member.userId() + ")";
        } else {
            who = "a guest (openid " + ((UserIdentity.NonMember) identity).openId() + ")";
        }
        if (signedIn.size() >= MAX_SESSIONS) {
            signedIn.clear();
        }
        // A new session id once signed in, so an id that was known before sign-in is worth nothing.
        String signedInSession = newSessionId();
        signedIn.put(signedInSession, who);
        setSessionCookie(exchange, signedInSession);
        exchange.getResponseHeaders().set("Location", "/");
        exchange.sendResponseHeaders(302, -1);
    }

    private static void setSessionCookie(HttpExchange exchange, String session) {
        exchange.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + session + "; Path=/; HttpOnly; SameSite=Lax");
    }

    private String newSessionId() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String cookie(HttpExchange exchange) {
        for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", java.util.List.of())) {
            for (String pair : header.split(";")) {
                String trimmed = pair.strip();
                if (trimmed.startsWith(COOKIE + "=")) {
                    return trimmed.substring(COOKIE.length() + 1);
                }
            }
        }
        return null;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    parameters.putIfAbsent(
                            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return parameters;
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body =
                ("<!doctype html><meta charset=utf-8><p>" + escape(text) + "</p>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /**
     * Runs the app until the process is stopped: against the real WeCom with the environment above,
     * otherwise against an embedded FakeWeCom.
     *
     * @param args ignored
     * @throws InterruptedException if interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        Map<String, String> env = System.getenv();
        FakeWeCom fake = null;
        WeComClient client;
        Auth auth;
        String publicUrl = env.get("SIGNIN_PUBLIC_URL");
        if (env.get("WECOM_CORP_ID") != null && env.get("WECOM_SECRET") != null && env.get("WECOM_AGENT_ID") != null) {
            client = WeComClient.builder()
                    .corpId(env.get("WECOM_CORP_ID"))
                    .secret(env.get("WECOM_SECRET"))
                    .agentId(Long.parseLong(env.get("WECOM_AGENT_ID")))
                    .build();
            auth = Auth.of(client);
        } else {
            fake = FakeWeCom.start().addUser("zhangsan", "张三").signInAs("zhangsan");
            client = fake.client();
            auth = Auth.builder(client).oauthBaseUrl(fake.baseUrl()).build();
            publicUrl = null;
        }
        try (SignInServer app =
                start(client, auth, OAuthStates.withRandomKey(), publicUrl, publicUrl == null ? 0 : 8080)) {
            System.out.println("Open " + app.homeUrl() + " in a browser"
                    + (fake != null ? " (FakeWeCom signs you in as zhangsan)" : "") + "; Ctrl-C to stop.");
            new CountDownLatch(1).await();
        } finally {
            if (fake != null) {
                fake.close();
            }
        }
    }
}
