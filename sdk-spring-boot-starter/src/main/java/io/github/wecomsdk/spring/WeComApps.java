package io.github.wecomsdk.spring;

import io.github.wecomsdk.core.TokenStore;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.core.WeComListener;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.callback.CallbackCrypto;
import io.github.wecomsdk.core.callback.CallbackDeduplicator;
import io.github.wecomsdk.core.callback.CallbackHandler;
import io.github.wecomsdk.core.callback.CallbackObserver;
import io.github.wecomsdk.core.callback.CallbackRouter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/**
 * Every WeCom app of the application by name: those from {@code wecom.apps.*} and those added at runtime
 * (multi-tenant services load them from a database). All clients share one OkHttp connection pool and one
 * token store (Redis when configured), and report to the same metrics.
 *
 * <pre>{@code
 * @Autowired
 * WeComApps apps;
 *
 * void onboard(String corpId, String secret) {
 *     apps.add("tenant-42", AppSettings.of(corpId, secret, OptionalLong.of(1000002)));
 *     WeComClient client = apps.client("tenant-42");
 *     apps.remove("tenant-42");
 * }
 * }</pre>
 *
 * Thread-safe.
 */
public final class WeComApps {

    private final OkHttpClient http;
    private final TokenStore tokenStore;
    private final WeComListener listener;
    private final CallbackObserver observer;
    private final Supplier<CallbackDeduplicator> deduplicators;
    private final List<WeComCallbackRoutes> routes;
    private final String baseUrl;
    private final Clock clock;
    private final Map<String, App> apps = new ConcurrentHashMap<>();
    private final Map<String, String> callbackPaths = new ConcurrentHashMap<>();

    WeComApps(
            OkHttpClient http,
            TokenStore tokenStore,
            WeComListener listener,
            CallbackObserver observer,
            Supplier<CallbackDeduplicator> deduplicators,
            List<WeComCallbackRoutes> routes,
            String baseUrl,
            Clock clock) {
        this.http = http;
        this.tokenStore = tokenStore;
        this.listener = listener;
        this.observer = observer;
        this.deduplicators = deduplicators;
        this.routes = List.copyOf(routes);
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    private record App(
            AppSettings settings, WeComClient client, TokenHealthListener health, CallbackHandler callbackHandler) {}

    /**
     * Adds an app.
     *
     * @param name     its name, unique
     * @param settings its corp, secret, agent id and callback
     * @return this registry
     * @throws WeComValidationException if the name is taken or blank, the callback path is another app's,
     *                                  or a callback setting is missing
     */
    public synchronized WeComApps add(String name, AppSettings settings) {
        if (name == null || name.isBlank()) {
            throw new WeComValidationException("An app needs a name");
        }
        Objects.requireNonNull(settings, "settings");
        if (apps.containsKey(name)) {
            throw new WeComValidationException("A WeCom app named '" + name + "' exists already; remove it first");
        }
        String path = settings.callbackPath();
        if (path != null && callbackPaths.containsKey(path)) {
            throw new WeComValidationException("The callback path " + path + " belongs to WeCom app '"
                    + callbackPaths.get(path) + "'; give app '" + name + "' a path of its own");
        }
        apps.put(name, build(name, settings));
        if (path != null) {
            callbackPaths.put(path, name);
        }
        return this;
    }

    /**
     * Removes an app; its client stops being handed out (calls already running finish).
     *
     * @param name the app's name
     * @return {@code true} if it existed
     */
    public synchronized boolean remove(String name) {
        App removed = apps.remove(name);
        if (removed != null && removed.settings().hasCallback()) {
            callbackPaths.remove(removed.settings().callbackPath());
        }
        return removed != null;
    }

    /**
     * The client of an app.
     *
     * @param name the app's name
     * @return its client
     * @throws WeComException if there is no such app
     */
    public WeComClient client(String name) {
        return app(name).client();
    }

    /**
     * The callback handler of an app that receives callbacks.
     *
     * @param name the app's name
     * @return its handler, or empty if it has no callback
     * @throws WeComException if there is no such app
     */
    public Optional<CallbackHandler> callbackHandler(String name) {
        return Optional.ofNullable(app(name).callbackHandler());
    }

    /**
     * The app whose callback path is {@code path}.
     *
     * @param path a request path
     * @return the app's name, or empty
     */
    public Optional<String> appForCallbackPath(String path) {
        return Optional.ofNullable(callbackPaths.get(path));
    }

    /**
     * The callback handler a request goes to: a GET or POST on an app's callback path.
     *
     * @param method the HTTP method
     * @param path   the request path
     * @return the app's handler, or empty if the request is not a callback
     */
    public Optional<CallbackHandler> callbackHandlerFor(String method, String path) {
        if (!"GET".equals(method) && !"POST".equals(method)) {
            return Optional.empty();
        }
        App app = appForCallbackPath(path).map(apps::get).orElse(null);
        return app == null ? Optional.empty() : Optional.ofNullable(app.callbackHandler());
    }

    /**
     * The names of every app.
     *
     * @return the names
     */
    public Set<String> names() {
        return Set.copyOf(apps.keySet());
    }

    /**
     * The outcome of each app's last token fetch, as the client saw it (no call to WeCom).
     *
     * @return by app name
     */
    public Map<String, TokenHealth> tokenHealth() {
        Map<String, TokenHealth> health = new LinkedHashMap<>();
        apps.forEach((name, app) -> health.put(name, app.health().health()));
        return health;
    }

    private App app(String name) {
        App app = apps.get(name);
        if (app == null) {
            throw new WeComException("No WeCom app named '" + name + "'; configured: " + names() + " (set wecom.apps."
                    + name + ".secret, or add it with WeComApps.add)");
        }
        return app;
    }

    private App build(String name, AppSettings settings) {
        TokenHealthListener health = new TokenHealthListener(listener, clock);
        WeComClient.Builder builder = WeComClient.builder()
                .corpId(settings.corpId())
                .secret(settings.secret())
                .okHttpClient(http)
                .tokenStore(tokenStore)
                .listener(health)
                .clock(clock);
        settings.agentId().ifPresent(builder::agentId);
        if (baseUrl != null && !baseUrl.isBlank()) {
            builder.baseUrl(baseUrl);
        }
        WeComClient client = builder.build();
        CallbackHandler handler = null;
        if (settings.hasCallback()) {
            if (settings.callbackToken() == null || settings.callbackAesKey() == null) {
                throw new WeComValidationException("The callback of WeCom app '" + name + "' needs both token and"
                        + " encoding-aes-key (wecom.apps." + name + ".callback.*)");
            }
            CallbackRouter.Builder router = CallbackRouter.builder();
            for (WeComCallbackRoutes contribution : routes) {
                contribution.configure(name, router);
            }
            CallbackCrypto crypto =
                    new CallbackCrypto(settings.callbackToken(), settings.callbackAesKey(), settings.corpId());
            handler = CallbackHandler.builder(crypto, router.build())
                    .deduplicator(deduplicators.get())
                    .observer(observer)
                    .clock(clock)
                    .build();
        }
        return new App(settings, client, health, handler);
    }

    @Override
    public String toString() {
        return "WeComApps" + names();
    }
}
