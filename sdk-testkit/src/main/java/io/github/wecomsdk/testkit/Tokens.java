package io.github.wecomsdk.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The apps of the fake corp and the access tokens issued for them. Guarded by the fake's lock. */
final class Tokens {

    /** An app of the corp: its agent id and the secret its tokens are fetched with. */
    record App(long agentId, String secret) {
        @Override
        public String toString() {
            return "App[agentId=" + agentId + "]";
        }
    }

    private static final class Issued {
        final App app;
        Instant expiresAt;
        boolean revoked;

        Issued(App app, Instant expiresAt) {
            this.app = app;
            this.expiresAt = expiresAt;
        }
    }

    private final String corpId;
    private final Duration lifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<Long, App> appsByAgent = new LinkedHashMap<>();
    private final Map<String, App> appsBySecret = new HashMap<>();
    private final Map<String, Issued> issued = new HashMap<>();
    private final Map<App, String> current = new HashMap<>();
    private int gettokenCalls;

    Tokens(String corpId, Duration lifetime, Clock clock) {
        this.corpId = corpId;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    void addApp(long agentId, String secret) {
        if (agentId <= 0) {
            throw new IllegalArgumentException("agentId must be positive; got " + agentId);
        }
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the secret of app " + agentId + " must not be blank");
        }
        if (appsByAgent.containsKey(agentId)) {
            throw new IllegalArgumentException("app " + agentId + " already exists");
        }
        if (appsBySecret.containsKey(secret)) {
            throw new IllegalArgumentException("another app already uses this secret");
        }
        App app = new App(agentId, secret);
        appsByAgent.put(agentId, app);
        appsBySecret.put(secret, app);
    }

    App app(long agentId) {
        App app = appsByAgent.get(agentId);
        if (app == null) {
            throw new IllegalArgumentException("no app " + agentId + "; add it with addApp(agentId, secret)");
        }
        return app;
    }

    boolean hasApp(long agentId) {
        return appsByAgent.containsKey(agentId);
    }

    int gettokenCalls() {
        return gettokenCalls;
    }

    /** Copies the apps and their secrets; running the result puts them back (what seeding may change here). */
    Runnable snapshotApps() {
        Map<Long, App> byAgent = new LinkedHashMap<>(appsByAgent);
        Map<String, App> bySecret = new HashMap<>(appsBySecret);
        return () -> {
            appsByAgent.clear();
            appsByAgent.putAll(byAgent);
            appsBySecret.clear();
            appsBySecret.putAll(bySecret);
        };
    }

    /** Forgets every issued token and the gettoken count; the apps and their secrets stay. */
    void reset() {
        issued.clear();
        current.clear();
        gettokenCalls = 0;
    }

    /**
     * {@code GET /cgi-bin/gettoken}: the app's current token while it is valid (WeCom returns the same
     * token within its validity), a new one otherwise.
     */
    Reply gettoken(FakeRequest request) {
        gettokenCalls++;
        String corpid = request.param("corpid");
        String corpsecret = request.param("corpsecret");
        if (corpid == null) {
            throw new ApiError(41002, "corpid missing");
        }
        if (corpsecret == null) {
            throw new ApiError(41004, "corpsecret missing");
        }
        if (!corpid.equals(corpId)) {
            throw new ApiError(40013, "invalid corpid");
        }
        App app = appsBySecret.get(corpsecret);
        if (app == null) {
            throw new ApiError(40001, "invalid credential: the corpsecret belongs to no app of this corp");
        }
        Instant now = clock.instant();
        String token = current.get(app);
        Issued existing = token == null ? null : issued.get(token);
        if (existing == null || existing.revoked || !now.isBefore(existing.expiresAt)) {
            token = newToken();
            existing = new Issued(app, now.plus(lifetime));
            issued.put(token, existing);
            current.put(app, token);
        }
        long expiresIn = Math.max(1, Duration.between(now, existing.expiresAt).toSeconds());
        ObjectNode answer = Reply.ok("ok");
        answer.put("access_token", token);
        answer.put("expires_in", expiresIn);
        return Reply.json(answer);
    }

    private String newToken() {
        byte[] bytes = new byte[48];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The app a call's {@code access_token} belongs to, or the error WeCom gives for it. */
    App check(FakeRequest request) {
        String token = request.param("access_token");
        if (token == null) {
            throw new ApiError(41001, "access_token missing");
        }
        Issued found = issued.get(token);
        if (found == null || found.revoked) {
            throw new ApiError(40014, "invalid access_token");
        }
        if (!clock.instant().isBefore(found.expiresAt)) {
            throw new ApiError(42001, "access_token expired");
        }
        return found.app;
    }

    void expireAll() {
        Instant now = clock.instant();
        for (Issued token : issued.values()) {
            if (token.expiresAt.isAfter(now)) {
                token.expiresAt = now;
            }
        }
    }

    void revokeAll() {
        issued.values().forEach(token -> token.revoked = true);
    }
}
