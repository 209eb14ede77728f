package io.github.wecomsdk.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.wecomsdk.core.WeComClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * An in-process, stateful WeCom server for tests and examples: it issues and checks access tokens
 * and keeps departments, members, tags, sent messages, robot messages and uploaded media in memory,
 * answering with WeCom's field names, answer shapes and error envelopes.
 *
 * <pre>{@code
 * try (FakeWeCom wecom = FakeWeCom.start()) {
 *     WeComClient client = wecom.client();
 *     client.post("/cgi-bin/user/create", Map.of("userid", "zhangsan", "name", "张三",
 *             "email", "zhangsan@example.com", "department", List.of(1)));
 *     client.post("/cgi-bin/message/send", Map.of("touser", "zhangsan", "msgtype", "text",
 *             "agentid", wecom.agentId(), "text", Map.of("content", "hi")));
 *     assertEquals("hi", wecom.sentMessages().get(0).content().orElseThrow());
 * }
 * }</pre>
 *
 * <p>It listens on {@code 127.0.0.1} on a free port. Endpoints served (all under {@link #baseUrl()}):
 * <ul>
 *   <li>{@code GET /cgi-bin/gettoken}: checks {@code corpid} (40013) and {@code corpsecret} (40001) and
 *       returns the app's token, the same one while it is valid, as WeCom does; tokens expire after
 *       {@link Builder#tokenLifetime(Duration) tokenLifetime} on the fake's clock.</li>
 *   <li>Every other call needs {@code access_token}: missing 41001, unknown or revoked 40014, expired
 *       42001.</li>
 *   <li>Departments: {@code department/create, update, delete, list, simplelist, get}. Department 1 is
 *       the root.</li>
 *   <li>Members: {@code user/create, get, update, delete, batchdelete, simplelist, list, list_id}
 *       ({@code list_id} pages with an opaque {@code cursor}). Userids are case-insensitive as in
 *       WeCom; a member needs {@code mobile} or {@code email} (60129); unknown departments are
 *       refused (60003) rather than created.</li>
 *   <li>Tags: {@code tag/create, update, delete, get, addtagusers, deltagusers, list}.</li>
 *   <li>{@code message/send}: checks {@code agentid} against the token's app (301002), the payload,
 *       and the recipients; unknown members come back in {@code invaliduser}; every accepted message is
 *       in {@link #sentMessages()}. With {@code enable_duplicate_check} 1, the same body from the same
 *       app within {@code duplicate_check_interval} gets the first answer again and is recorded once
 *       (WeCom does not document its answer to a duplicate). {@code message/recall} moves a message
 *       of the same app, sent in the last 24 hours, to {@link #recalledMessages()}.</li>
 *   <li>App group chats: {@code appchat/create, update, get, send}; a chat belongs to the app that
 *       made it (86008 for others), has 2 to 2000 members (86006) who must exist (86216); messages
 *       sent into it are in {@link #appChatMessages()}.</li>
 *   <li>{@code media/upload} (multipart part {@code media}) and {@code media/get} (the bytes, with
 *       {@code Range} support); media ids expire after 3 days on the fake's clock.</li>
 *   <li>{@code webhook/send} and {@code webhook/upload_media} with {@code key} (no token): an unknown
 *       key gives 93000; accepted messages are in {@link #webhookMessages()}.</li>
 *   <li>Anything else: errcode 404 with an errmsg naming the path.</li>
 * </ul>
 *
 * <p>Permissions (contacts-sync versus app secrets, visibility) are not modelled: every app may call
 * everything. Errors carry an errmsg shaped like WeCom's ({@code ..., hint: [...], from ip: ...,
 * more info at ...}). {@link #failNext(String, int)} makes the next call to a path fail, to test error
 * handling.
 *
 * <p>Thread-safe: calls are served on a small thread pool and applied one at a time. Close it to free
 * the port.
 */
public final class FakeWeCom implements AutoCloseable {

    /** The corp id unless {@link Builder#corpId(String)} sets another. */
    public static final String DEFAULT_CORP_ID = "wwfakecorp000001";
    /** The default app's secret unless {@link Builder#secret(String)} sets another. */
    public static final String DEFAULT_SECRET = "fake-app-secret-000000000000000000000000001";
    /** The default app's agent id unless {@link Builder#agentId(long)} sets another. */
    public static final long DEFAULT_AGENT_ID = 1000002;
    /** The key of the group robot the fake knows from the start. */
    public static final String DEFAULT_WEBHOOK_KEY = "00000000-0000-4000-8000-0000fa4ec0de";
    /** How long an access token lives unless {@link Builder#tokenLifetime(Duration)} sets another. */
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofSeconds(7200);

    private static final String MORE_INFO = "more info at https://open.work.weixin.qq.com/devtool/query?e=";

    @FunctionalInterface
    private interface Handler {
        Reply handle(FakeRequest request, Tokens.App app);
    }

    private record Route(String method, boolean needsToken, Handler handler) {
    }

    private record Fault(int errcode, String errmsg) {
    }

    private final Object lock = new Object();
    private final ObjectMapper mapper = new ObjectMapper();
    private final String corpId;
    private final long agentId;
    private final Clock clock;
    private final Tokens tokens;
    private final Directory directory;
    private final MediaStore media;
    private final Messaging messaging;
    private final AppChats appChats;
    private final Map<String, Route> routes = new TreeMap<>();
    private final Map<String, Deque<Fault>> faults = new HashMap<>();
    private final Map<String, Integer> calls = new HashMap<>();
    private final Set<String> webhookKeys = new HashSet<>();
    private final HttpServer server;
    private final ExecutorService executor;
    private final String baseUrl;
    private final AtomicBoolean closed = new AtomicBoolean();
    private long hints;

    private FakeWeCom(Builder builder) {
        this.corpId = builder.corpId;
        this.agentId = builder.agentId;
        this.clock = builder.clock;
        this.tokens = new Tokens(corpId, builder.tokenLifetime, clock);
        tokens.addApp(agentId, builder.secret);
        this.directory = new Directory(builder.corpName);
        this.media = new MediaStore(clock);
        this.messaging = new Messaging(directory, media, clock);
        this.appChats = new AppChats(directory, messaging);
        webhookKeys.add(DEFAULT_WEBHOOK_KEY);
        registerRoutes();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("FakeWeCom could not listen on 127.0.0.1", e);
        }
        executor = Executors.newFixedThreadPool(4, daemonThreads());
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
        baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "fake-wecom-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private void registerRoutes() {
        routes.put("/cgi-bin/gettoken", new Route("GET", false, (request, app) -> tokens.gettoken(request)));

        route("POST", "/cgi-bin/department/create", directory::createDepartment);
        route("POST", "/cgi-bin/department/update", directory::updateDepartment);
        route("GET", "/cgi-bin/department/delete", directory::deleteDepartment);
        route("GET", "/cgi-bin/department/list", directory::listDepartments);
        route("GET", "/cgi-bin/department/simplelist", directory::simpleListDepartments);
        route("GET", "/cgi-bin/department/get", directory::getDepartment);

        route("POST", "/cgi-bin/user/create", directory::createUser);
        route("GET", "/cgi-bin/user/get", directory::getUser);
        route("POST", "/cgi-bin/user/update", directory::updateUser);
        route("GET", "/cgi-bin/user/delete", directory::deleteUser);
        route("POST", "/cgi-bin/user/batchdelete", directory::batchDeleteUsers);
        route("GET", "/cgi-bin/user/simplelist", directory::simpleListUsers);
        route("GET", "/cgi-bin/user/list", directory::listUsers);
        route("POST", "/cgi-bin/user/list_id", directory::listUserIds);

        route("POST", "/cgi-bin/tag/create", directory::createTag);
        route("POST", "/cgi-bin/tag/update", directory::updateTag);
        route("GET", "/cgi-bin/tag/delete", directory::deleteTag);
        route("GET", "/cgi-bin/tag/get", directory::getTag);
        route("POST", "/cgi-bin/tag/addtagusers", directory::addTagUsers);
        route("POST", "/cgi-bin/tag/deltagusers", directory::deleteTagUsers);
        route("GET", "/cgi-bin/tag/list", directory::listTags);

        routes.put("/cgi-bin/message/send", new Route("POST", true,
                (request, app) -> messaging.send(request, app, tokens)));
        routes.put("/cgi-bin/message/recall", new Route("POST", true, messaging::recall));
        routes.put("/cgi-bin/appchat/create", new Route("POST", true, appChats::create));
        routes.put("/cgi-bin/appchat/update", new Route("POST", true, appChats::update));
        routes.put("/cgi-bin/appchat/get", new Route("GET", true, appChats::get));
        routes.put("/cgi-bin/appchat/send", new Route("POST", true, appChats::send));

        route("POST", "/cgi-bin/media/upload", media::upload);
        route("GET", "/cgi-bin/media/get", media::get);

        routes.put("/cgi-bin/webhook/send", new Route("POST", false,
                (request, app) -> messaging.webhookSend(request, webhookKey(request))));
        routes.put("/cgi-bin/webhook/upload_media", new Route("POST", false, (request, app) -> {
            webhookKey(request);
            return media.uploadForWebhook(request);
        }));
    }

    private void route(String method, String path, Function<FakeRequest, Reply> handler) {
        routes.put(path, new Route(method, true, (request, app) -> handler.apply(request)));
    }

    private String webhookKey(FakeRequest request) {
        String key = request.param("key");
        if (key == null || !webhookKeys.contains(key)) {
            throw new ApiError(93000, "invalid webhook url: the key is missing or unknown");
        }
        return key;
    }

    /**
     * Starts a fake with the default corp, app and token lifetime.
     *
     * @return the running fake; close it
     * @throws UncheckedIOException if no loopback port can be opened
     */
    public static FakeWeCom start() {
        return builder().start();
    }

    /**
     * Starts configuring a fake.
     *
     * @return a builder with the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    // ---------------------------------------------------------------- HTTP

    private void serve(HttpExchange exchange) {
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!values.isEmpty()) {
                    headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
                }
            });
            FakeRequest request = new FakeRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                    exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(), headers, body,
                    mapper);
            Reply reply;
            synchronized (lock) {
                reply = dispatch(request);
            }
            write(exchange, reply);
        } catch (IOException e) {
            // The client went away; nothing to answer.
        } finally {
            exchange.close();
        }
    }

    private Reply dispatch(FakeRequest request) {
        String path = request.path();
        calls.merge(path, 1, Integer::sum);
        try {
            Deque<Fault> pending = faults.get(path);
            Fault fault = pending == null ? null : pending.poll();
            if (fault != null) {
                throw new ApiError(fault.errcode(), fault.errmsg());
            }
            Route route = routes.get(path);
            if (route == null) {
                throw new ApiError(404, "FakeWeCom does not serve " + request.method() + " " + path
                        + "; it serves " + String.join(", ", routes.keySet()));
            }
            Tokens.App app = route.needsToken() ? tokens.check(request) : null;
            if (!route.method().equals(request.method())) {
                throw new ApiError(40058, "invalid Request Parameter: " + path + " must be called with "
                        + route.method() + ", not " + request.method());
            }
            return route.handler().handle(request, app);
        } catch (ApiError error) {
            return Reply.json(error(error.errcode(), error.getMessage()));
        } catch (RuntimeException bug) {
            return Reply.json(error(500, "FakeWeCom failed on " + path + ": " + bug));
        }
    }

    private ObjectNode error(int errcode, String message) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("errcode", errcode);
        node.put("errmsg", message + ", hint: [" + clock.instant().getEpochSecond() + "_" + (++hints)
                + "_fakewecom], from ip: 127.0.0.1, " + MORE_INFO + errcode);
        return node;
    }

    private void write(HttpExchange exchange, Reply reply) throws IOException {
        byte[] bytes;
        if (reply.json() != null) {
            bytes = mapper.writeValueAsBytes(reply.json());
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        } else {
            bytes = reply.bytes();
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        }
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    // ---------------------------------------------------------------- settings

    /**
     * Where the fake listens; give it to {@link WeComClient.Builder#baseUrl(String)}.
     *
     * @return {@code http://127.0.0.1:<port>}
     */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * The fake corp's id; {@code gettoken} answers 40013 to any other.
     *
     * @return the corp id
     */
    public String corpId() {
        return corpId;
    }

    /**
     * The default app's agent id.
     *
     * @return the agent id
     */
    public long agentId() {
        return agentId;
    }

    /**
     * The default app's secret.
     *
     * @return the secret {@code gettoken} accepts for {@link #agentId()}
     */
    public String secret() {
        return secret(agentId);
    }

    /**
     * An app's secret.
     *
     * @param agentId the default app's or one added with {@link #addApp(long, String)}
     * @return the secret
     * @throws IllegalArgumentException if the fake has no such app
     */
    public String secret(long agentId) {
        synchronized (lock) {
            return tokens.app(agentId).secret();
        }
    }

    /**
     * Adds an app with its own secret; its tokens may only send messages as that app (301002).
     *
     * @param agentId the app's agent id
     * @param secret  the secret {@code gettoken} will accept for it
     * @return this fake
     * @throws IllegalArgumentException if the agent id or the secret is taken, or either is invalid
     */
    public FakeWeCom addApp(long agentId, String secret) {
        synchronized (lock) {
            tokens.addApp(agentId, secret);
        }
        return this;
    }

    /**
     * A client of the default app pointed at the fake.
     *
     * @return a new client
     */
    public WeComClient client() {
        return clientBuilder().build();
    }

    /**
     * A client of an app pointed at the fake.
     *
     * @param agentId the app
     * @return a new client
     * @throws IllegalArgumentException if the fake has no such app
     */
    public WeComClient client(long agentId) {
        return clientBuilder(agentId).build();
    }

    /**
     * A client builder of the default app with corp id, secret, agent id and base URL set, to add a
     * retry policy, listener or token store before building.
     *
     * @return a builder
     */
    public WeComClient.Builder clientBuilder() {
        return clientBuilder(agentId);
    }

    /**
     * A client builder of an app with corp id, secret, agent id and base URL set.
     *
     * @param agentId the app
     * @return a builder
     * @throws IllegalArgumentException if the fake has no such app
     */
    public WeComClient.Builder clientBuilder(long agentId) {
        return WeComClient.builder().corpId(corpId).secret(secret(agentId)).agentId(agentId).baseUrl(baseUrl);
    }

    /**
     * The key of the group robot the fake knows from the start ({@value #DEFAULT_WEBHOOK_KEY}).
     *
     * @return the webhook key
     */
    public String webhookKey() {
        return DEFAULT_WEBHOOK_KEY;
    }

    /**
     * The full robot URL for a key, as WeCom shows it in the group's robot settings.
     *
     * @param key a webhook key the fake knows
     * @return {@code <baseUrl>/cgi-bin/webhook/send?key=<key>}
     */
    public String webhookUrl(String key) {
        return baseUrl + "/cgi-bin/webhook/send?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    /**
     * Adds a group robot; {@code webhook/send} answers 93000 to keys it does not know.
     *
     * @param key the robot's key
     * @return this fake
     * @throws IllegalArgumentException if the key is blank
     */
    public FakeWeCom addWebhook(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("webhook key must not be blank");
        }
        synchronized (lock) {
            webhookKeys.add(key);
        }
        return this;
    }

    // ---------------------------------------------------------------- tokens and faults

    /**
     * Expires every token issued so far, so the next call with one gets 42001, as after two hours; a
     * client then fetches a new token and repeats the call.
     */
    public void expireAllTokens() {
        synchronized (lock) {
            tokens.expireAll();
        }
    }

    /**
     * Invalidates every token issued so far, so the next call with one gets 40014, as when WeCom drops
     * tokens early (a secret reset, for one).
     */
    public void revokeAllTokens() {
        synchronized (lock) {
            tokens.revokeAll();
        }
    }

    /**
     * How many times {@code gettoken} was called, successful or not.
     *
     * @return the count
     */
    public int gettokenCalls() {
        synchronized (lock) {
            return tokens.gettokenCalls();
        }
    }

    /**
     * How many requests reached a path, whatever their outcome.
     *
     * @param path the API path, such as {@code /cgi-bin/user/get}
     * @return the count
     */
    public int callCount(String path) {
        synchronized (lock) {
            return calls.getOrDefault(path, 0);
        }
    }

    /**
     * Makes the next request to {@code path} fail with {@code errcode} and change nothing. Several
     * calls queue up: each fails one request, in order. The client reacts as it would to WeCom: -1 and
     * 45009 may be retried, 40014 and 42001 refresh the token and repeat the call once.
     *
     * @param path    the API path, such as {@code /cgi-bin/message/send}
     * @param errcode the errcode to answer with, not 0
     * @throws IllegalArgumentException if the path does not start with {@code /} or errcode is 0
     */
    public void failNext(String path, int errcode) {
        failNext(path, errcode, "injected by FakeWeCom.failNext");
    }

    /**
     * Makes the next request to {@code path} fail with {@code errcode} and an errmsg of your choice
     * (the fake appends WeCom's {@code hint} and {@code more info} parts).
     *
     * @param path    the API path
     * @param errcode the errcode, not 0
     * @param errmsg  the message part of the errmsg
     * @throws IllegalArgumentException if the path does not start with {@code /} or errcode is 0
     */
    public void failNext(String path, int errcode, String errmsg) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("path must be an API path such as /cgi-bin/user/get; got " + path);
        }
        if (errcode == 0) {
            throw new IllegalArgumentException("errcode 0 is success; give the error to inject");
        }
        synchronized (lock) {
            faults.computeIfAbsent(path, p -> new ArrayDeque<>()).add(new Fault(errcode, String.valueOf(errmsg)));
        }
    }

    // ---------------------------------------------------------------- state

    /**
     * The app messages accepted so far, oldest first.
     *
     * @return a snapshot
     */
    public List<SentMessage> sentMessages() {
        synchronized (lock) {
            return messaging.sent();
        }
    }

    /**
     * The app messages recalled so far with {@code message/recall}, oldest recall first; they are no
     * longer in {@link #sentMessages()}.
     *
     * @return a snapshot
     */
    public List<SentMessage> recalledMessages() {
        synchronized (lock) {
            return messaging.recalled();
        }
    }

    /**
     * The messages sent into app group chats so far with {@code appchat/send}, oldest first.
     *
     * @return a snapshot
     */
    public List<AppChatMessage> appChatMessages() {
        synchronized (lock) {
            return appChats.sent();
        }
    }

    /**
     * An app group chat as {@code appchat/get} shows it in {@code chat_info}.
     *
     * @param chatid the chat id
     * @return a copy of the chat, or empty
     */
    public Optional<JsonNode> appChat(String chatid) {
        synchronized (lock) {
            return Optional.ofNullable(appChats.view(chatid));
        }
    }

    /**
     * The robot messages accepted so far on any webhook, oldest first.
     *
     * @return a snapshot
     */
    public List<WebhookMessage> webhookMessages() {
        return webhookMessages(null);
    }

    /**
     * The robot messages accepted so far on one webhook, oldest first.
     *
     * @param key the webhook key, or {@code null} for all
     * @return a snapshot
     */
    public List<WebhookMessage> webhookMessages(String key) {
        synchronized (lock) {
            return messaging.webhookMessages(key);
        }
    }

    /** Forgets the app messages (sent and recalled), chat messages and robot messages recorded so far. */
    public void clearMessages() {
        synchronized (lock) {
            messaging.clear();
            appChats.clear();
        }
    }

    /**
     * An uploaded file, while its media id is valid (3 days on the fake's clock).
     *
     * @param mediaId the {@code media_id} of the upload
     * @return the file, or empty
     */
    public Optional<FakeMedia> media(String mediaId) {
        synchronized (lock) {
            return Optional.ofNullable(media.find(mediaId));
        }
    }

    /**
     * Every file uploaded so far, expired ones included, oldest first.
     *
     * @return a snapshot
     */
    public List<FakeMedia> uploadedMedia() {
        synchronized (lock) {
            return media.all();
        }
    }

    /**
     * A member as {@code user/get} shows it, without the envelope.
     *
     * @param userid the userid (case-insensitive)
     * @return a copy of the member, or empty
     */
    public Optional<JsonNode> user(String userid) {
        synchronized (lock) {
            ObjectNode user = directory.findUser(userid);
            return user == null ? Optional.empty() : Optional.of(directory.userView(user));
        }
    }

    /**
     * The userids of every member, in creation order.
     *
     * @return a snapshot
     */
    public List<String> userIds() {
        synchronized (lock) {
            return directory.userIds();
        }
    }

    /**
     * A department as {@code department/get} shows it, without the envelope.
     *
     * @param id the department id (1 is the root)
     * @return a copy of the department, or empty
     */
    public Optional<JsonNode> department(long id) {
        synchronized (lock) {
            return directory.hasDepartment(id) ? Optional.of(directory.departmentView(id)) : Optional.empty();
        }
    }

    /**
     * A tag as {@code tag/get} shows it ({@code tagname}, {@code userlist}, {@code partylist}), without
     * the envelope.
     *
     * @param tagid the tag id
     * @return a copy of the tag, or empty
     */
    public Optional<JsonNode> tag(long tagid) {
        synchronized (lock) {
            return Optional.ofNullable(directory.tagView(tagid));
        }
    }

    /**
     * Adds a department without a call, to set up a test.
     *
     * @param id       the department id, greater than 1
     * @param name     the name, unique among its siblings
     * @param parentId the parent department
     * @return this fake
     * @throws IllegalArgumentException with WeCom's errcode and reason if {@code department/create}
     *                                  would refuse it
     */
    public FakeWeCom addDepartment(long id, String name, long parentId) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("id", id);
        body.put("name", name);
        body.put("parentid", parentId);
        synchronized (lock) {
            seed(() -> directory.addDepartment(body));
        }
        return this;
    }

    /**
     * Adds a member without a call, to set up a test. The member gets the email
     * {@code <userid>@example.com}, since WeCom needs a mobile or an email.
     *
     * @param userid      the userid
     * @param name        the name
     * @param departments the departments, root (1) if none
     * @return this fake
     * @throws IllegalArgumentException with WeCom's errcode and reason if {@code user/create} would
     *                                  refuse it
     */
    public FakeWeCom addUser(String userid, String name, long... departments) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("userid", userid);
        body.put("name", name);
        body.put("email", userid + "@example.com");
        ArrayNode ids = body.putArray("department");
        if (departments.length == 0) {
            ids.add(Directory.ROOT_DEPARTMENT);
        }
        for (long department : departments) {
            ids.add(department);
        }
        synchronized (lock) {
            seed(() -> directory.addUser(body));
        }
        return this;
    }

    private static void seed(Runnable change) {
        try {
            change.run();
        } catch (ApiError error) {
            throw new IllegalArgumentException("WeCom would refuse this with errcode " + error.errcode() + ": "
                    + error.getMessage());
        }
    }

    /** Stops listening and frees the port; calls in progress are cut off. Closing twice does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    /**
     * A short description: base URL, corp and default app, never a secret.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "FakeWeCom[baseUrl=" + baseUrl + ", corpId=" + corpId + ", agentId=" + agentId + "]";
    }

    /** Configures a {@link FakeWeCom}; {@link #start()} starts it. Not thread-safe. */
    public static final class Builder {
        private String corpId = DEFAULT_CORP_ID;
        private String secret = DEFAULT_SECRET;
        private long agentId = DEFAULT_AGENT_ID;
        private String corpName = "Fake Corp";
        private Duration tokenLifetime = DEFAULT_TOKEN_LIFETIME;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * The corp id {@code gettoken} accepts.
         *
         * @param corpId the corp id
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder corpId(String corpId) {
            this.corpId = nonBlank(corpId, "corpId");
            return this;
        }

        /**
         * The default app's secret.
         *
         * @param secret the secret
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder secret(String secret) {
            this.secret = nonBlank(secret, "secret");
            return this;
        }

        /**
         * The default app's agent id.
         *
         * @param agentId a positive agent id
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder agentId(long agentId) {
            if (agentId <= 0) {
                throw new IllegalArgumentException("agentId must be positive; got " + agentId);
            }
            this.agentId = agentId;
            return this;
        }

        /**
         * The name of the root department (id 1).
         *
         * @param corpName the name
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder corpName(String corpName) {
            this.corpName = nonBlank(corpName, "corpName");
            return this;
        }

        /**
         * How long access tokens live ({@code expires_in}); WeCom's is 7200 s.
         *
         * @param tokenLifetime at least one second
         * @return this builder
         * @throws IllegalArgumentException if shorter than a second
         */
        public Builder tokenLifetime(Duration tokenLifetime) {
            if (tokenLifetime == null || tokenLifetime.toSeconds() < 1) {
                throw new IllegalArgumentException("tokenLifetime must be at least 1 s; got " + tokenLifetime);
            }
            this.tokenLifetime = tokenLifetime;
            return this;
        }

        /**
         * The clock token and media expiry follow; a test can move it forward instead of sleeping.
         *
         * @param clock the clock
         * @return this builder
         * @throws IllegalArgumentException if {@code null}
         */
        public Builder clock(Clock clock) {
            if (clock == null) {
                throw new IllegalArgumentException("clock must not be null");
            }
            this.clock = clock;
            return this;
        }

        /**
         * Starts the fake on a free port of 127.0.0.1.
         *
         * @return the running fake; close it
         * @throws UncheckedIOException if no loopback port can be opened
         */
        public FakeWeCom start() {
            return new FakeWeCom(this);
        }

        private static String nonBlank(String value, String name) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return value;
        }
    }
}
