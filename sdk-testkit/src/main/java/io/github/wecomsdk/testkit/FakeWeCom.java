package io.github.wecomsdk.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wecomsdk.core.InMemoryTokenStore;
import io.github.wecomsdk.core.TokenStore;
import io.github.wecomsdk.core.WeComClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

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
 *   <li>Signing people in: the OAuth2 authorize page {@code /connect/oauth2/authorize} and the web
 *       login page {@code /wwlogin/sso/login} (no token; they redirect to {@code redirect_uri} with a
 *       code for whoever {@link #signInAs(String)} or {@link #signInAsNonMember(String, String)} set),
 *       {@code auth/getuserinfo}, {@code auth/getuserdetail}, {@code miniprogram/jscode2session},
 *       {@code get_jsapi_ticket} and {@code ticket/get?type=agent_config} (the same ticket while it is
 *       valid, every fetch counted), {@code auth/get_tfa_info}, {@code user/tfa_succ},
 *       {@code user/authsucc}. Codes are single use and live 5 minutes on the fake's clock.</li>
 *   <li>Apps: {@code agent/get, list, set}, {@code menu/create, get, delete} (WeCom's menu errcodes;
 *       46003 when no menu is set) and {@code agent/set_workbench_template, get_workbench_template,
 *       set_workbench_data, batch_set_workbench_data, get_workbench_data}; a token acts only on its own
 *       app (301002), workbench data only for members in the app's visible range
 *       ({@link #setVisibleRange}), {@code set_workbench_data} 10 times a minute per member (45009).</li>
 *   <li>Customers and everything around them under {@code externalcontact/} (follow users, customers
 *       with follow info and tags, {@code batch/get_by_user} with cursors, corp tags, "contact me"
 *       ways, group chats, transfers and their results, the unassigned list, welcome and group
 *       messages, statistics): see {@link #externalContacts()}.</li>
 *   <li>Batch jobs ({@code batch/syncuser, replaceuser, replaceparty} from an uploaded CSV,
 *       {@code batch/getresult}, {@code batch/invite}), exports ({@code export/*} with result files
 *       encrypted as WeCom does), {@code user/convert_to_openid, convert_to_userid, getuserid,
 *       get_userid_by_email, get_active_stat}, {@code corp/get_join_qrcode},
 *       {@code message/get_statistics, update_template_card}, {@code media/uploadimg, get/jssdk,
 *       upload_attachment, upload_by_url, get_upload_by_url_result}.</li>
 *   <li>External payments: {@code externalpay/get_bill_list} (span at most 31 days, limit 1000) and
 *       {@code get_fund_flow} (31 days, limit 200) with cursors, {@code get_payment_info},
 *       {@code getmerchant}, {@code set_mch_use_scope}, over what {@link #addExternalBill},
 *       {@link #addFundFlow}, {@link #addPaymentItem} and {@link #addPaymentMerchant} seeded. The
 *       WeChat Pay merchant API is {@link FakeMerchant}.</li>
 *   <li>Anything else: errcode 404 with an errmsg naming the path.</li>
 * </ul>
 *
 * <p>Every app may call everything (visibility is not modelled) unless
 * {@link #restrictApp(long, String...)} limits its secret to a family, as WeCom does (48002). Errors
 * carry an errmsg shaped like WeCom's ({@code ..., hint: [...], from ip: ..., more info at ...}).
 * {@link #faults()} injects errcodes, HTTP errors, dropped connections, latency and rate limits;
 * {@link #callbacks()} plays WeCom's callbacks against your endpoint; {@link #seed(String)} and the
 * {@code add...} methods set up a corp; {@link #reset()} empties it; {@link FakeWeComExtension} runs one
 * per JUnit test class; {@link StandaloneMain} serves it to other processes.
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
    private final FakeParts parts;
    private final TokenStore sharedTokens = new InMemoryTokenStore();
    private final FakeAuth auth;
    private final FakeApps apps;
    private final FakeExternalPay externalPay = new FakeExternalPay();
    private final RouteTable routes;
    private final Dispatcher dispatcher;
    private final FakeHttpServer server;
    private final String baseUrl;
    private final AtomicBoolean closed = new AtomicBoolean();

    private FakeWeCom(Builder builder) {
        this.corpId = builder.corpId;
        this.agentId = builder.agentId;
        this.clock = builder.clock;
        this.tokens = new Tokens(corpId, builder.tokenLifetime, clock);
        tokens.addApp(agentId, builder.secret);
        this.directory = new Directory(builder.corpName);
        this.media = new MediaStore(clock);
        this.messaging = new Messaging(directory, media, clock, DEFAULT_WEBHOOK_KEY);
        this.appChats = new AppChats(directory, messaging);
        this.parts = new FakeParts(lock, directory, media, messaging, clock, corpId, agentId, mapper, this::baseUrl);
        this.auth = new FakeAuth(corpId, directory, clock, tokens::hasApp);
        this.apps = new FakeApps(directory, tokens::hasApp, clock);
        this.routes = new RouteTable(tokens, directory, messaging, appChats, media, parts, auth, apps, externalPay);
        this.dispatcher = new Dispatcher(routes, tokens, parts, clock);
        this.server = new FakeHttpServer(builder.port, lock, mapper, parts.faults, dispatcher);
        baseUrl = server.baseUrl();
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
        return WeComClient.builder()
                .corpId(corpId)
                .secret(secret(agentId))
                .agentId(agentId)
                .baseUrl(baseUrl)
                .tokenStore(sharedTokens);
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
            messaging.addWebhook(key);
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
            return dispatcher.callCount(path);
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
            dispatcher.failNext(path, errcode, String.valueOf(errmsg));
        }
    }

    // ---------------------------------------------------------------- signing people in

    /**
     * Makes the fake browser a member: the authorize and web login pages redirect with a code that
     * {@code auth/getuserinfo} answers with this userid (and a {@code user_ticket} for
     * {@code snsapi_privateinfo}).
     *
     * @param userid an existing member
     * @return this fake
     * @throws IllegalArgumentException if there is no such member
     */
    public FakeWeCom signInAs(String userid) {
        synchronized (lock) {
            auth.signInAs(userid);
        }
        return this;
    }

    /**
     * Makes the fake browser someone outside the corp: {@code auth/getuserinfo} answers with
     * {@code openid} (and {@code external_userid} when given).
     *
     * @param openid         the person's openid
     * @param externalUserid the customer's external userid, or {@code null} for none
     * @return this fake
     * @throws IllegalArgumentException if the openid is blank
     */
    public FakeWeCom signInAsNonMember(String openid, String externalUserid) {
        synchronized (lock) {
            auth.signInAsNonMember(openid, externalUserid);
        }
        return this;
    }

    /**
     * A mini-program login code for a member, as {@code wx.qy.login} would give it; single use, valid 5
     * minutes, for {@code miniprogram/jscode2session}.
     *
     * @param userid an existing member
     * @return the code
     * @throws IllegalArgumentException if there is no such member
     */
    public String issueMiniProgramCode(String userid) {
        synchronized (lock) {
            return auth.issueMiniProgramCode(userid);
        }
    }

    /**
     * The code WeCom adds to the second-verification page's URL for a member; single use, valid 5
     * minutes, for {@code auth/get_tfa_info}.
     *
     * @param userid an existing member
     * @return the code
     * @throws IllegalArgumentException if there is no such member
     */
    public String issueSecondVerificationCode(String userid) {
        synchronized (lock) {
            return auth.issueSecondVerificationCode(userid);
        }
    }

    /**
     * How many times {@code get_jsapi_ticket} (the corp ticket) was answered.
     *
     * @return the count
     */
    public int jsapiTicketFetches() {
        synchronized (lock) {
            return auth.ticketFetches("corp");
        }
    }

    /**
     * How many times {@code ticket/get?type=agent_config} (the app tickets) was answered.
     *
     * @return the count
     */
    public int agentConfigTicketFetches() {
        synchronized (lock) {
            return auth.ticketFetches("agent_config");
        }
    }

    /**
     * The corp jsapi ticket being handed out, to check a signature in a test.
     *
     * @return the ticket, or empty before the first fetch or after it expired
     */
    public Optional<String> jsapiTicket() {
        synchronized (lock) {
            return Optional.ofNullable(auth.currentTicket("corp", 0));
        }
    }

    /**
     * An app's jsapi ticket ({@code agent_config}) being handed out.
     *
     * @param agentId the app
     * @return the ticket, or empty before the first fetch or after it expired
     */
    public Optional<String> agentConfigTicket(long agentId) {
        synchronized (lock) {
            return Optional.ofNullable(auth.currentTicket("agent_config", agentId));
        }
    }

    /** Replaces every jsapi ticket at the next fetch, as when WeCom drops tickets early. */
    public void invalidateJsapiTickets() {
        synchronized (lock) {
            auth.invalidateTickets();
        }
    }

    /**
     * The userids let in with {@code user/authsucc} so far, oldest first.
     *
     * @return a snapshot
     */
    public List<String> approvedLogins() {
        synchronized (lock) {
            return auth.approvedLogins();
        }
    }

    /**
     * The userids let in with {@code user/tfa_succ} so far, oldest first.
     *
     * @return a snapshot
     */
    public List<String> approvedSecondVerifications() {
        synchronized (lock) {
            return auth.approvedVerifications();
        }
    }

    // ---------------------------------------------------------------- families, faults, callbacks, seeding

    /**
     * The fake corp's customers and everything around them ({@code /cgi-bin/externalcontact/...}): seed
     * customers, follow users, corp tags and group chats there, and read the welcome messages, group
     * messages and transfers the code under test made.
     *
     * @return the external-contact view of this fake
     */
    public FakeExternalContacts externalContacts() {
        return parts.externalContacts;
    }

    /**
     * The faults to inject: errcodes for the next or the Nth call of a path, HTTP 5xx, dropped
     * connections, latency, answers held past the client's timeout, a rate limit. {@link Faults} says how
     * queued faults meet the client's retries.
     *
     * @return the faults of this fake
     */
    public Faults faults() {
        return parts.faults;
    }

    /**
     * Removes every injected fault: those of {@link #faults()} and those queued with
     * {@link #failNext(String, int)}.
     */
    public void clearFaults() {
        synchronized (lock) {
            dispatcher.clearQueued();
        }
        parts.faults.clear();
    }

    /**
     * WeCom's side of callbacks: deliver messages and events to your endpoint the way WeCom does, and
     * see the events the fake's own state changes emitted.
     *
     * @return the callbacks of this fake
     */
    public FakeCallbacks callbacks() {
        return parts.callbacks;
    }

    /**
     * Limits what an app's tokens may call, as WeCom limits each secret to its family: a call to a path
     * outside the prefixes answers 48002 ("api forbidden"). For the customer-contact secret,
     * {@code restrictApp(agentId, "/cgi-bin/externalcontact/")}; for an app that only sends messages,
     * {@code restrictApp(agentId, "/cgi-bin/message/", "/cgi-bin/media/")}. Apps not restricted may call
     * everything.
     *
     * @param agentId             the default app or one added with {@link #addApp(long, String)}
     * @param allowedPathPrefixes the path prefixes it may call; none forbids everything but gettoken
     * @return this fake
     * @throws IllegalArgumentException if the fake has no such app or a prefix does not start with /
     */
    public FakeWeCom restrictApp(long agentId, String... allowedPathPrefixes) {
        synchronized (lock) {
            tokens.app(agentId);
            parts.restrict(agentId, allowedPathPrefixes);
        }
        return this;
    }

    /**
     * Forgets everything the corp holds and every fault: members, departments (the root stays), tags,
     * customers and the rest of {@link #externalContacts()}, app messages, app group chats and their
     * messages, robot messages, media, jobs, invitations, exports, template-card updates, call counts,
     * robots other than the default one, emitted callbacks and the registered callback endpoint, every
     * issued access token (expired and revoked ones too) and the {@link #gettokenCalls()} count; what was
     * done with the apps (agent records changed by {@code agent/set}, visible ranges, verified redirect
     * domains, menus, workbench templates and data); who the fake browser is signed in as, every sign-in,
     * mini-program and second-verification code, user ticket and jsapi ticket, the ticket fetch counts and
     * the approved logins and verifications; and the external-payment bills, fund flows, payment items and
     * merchants. Apps, their secrets, the names given with {@link #addAgent(long, String, String)} and
     * {@link #restrictApp(long, String...) restrictions} stay: a client made before gets 40014 on its next
     * call and fetches a new token by itself.
     */
    public void reset() {
        synchronized (lock) {
            parts.reset();
            tokens.reset();
            messaging.reset();
            appChats.reset();
            dispatcher.reset();
            auth.reset();
            apps.reset();
            externalPay.reset();
        }
    }

    /**
     * Adds a member with every field a test cares about, without a call.
     *
     * @param user the member, from {@link FakeUser#builder(String, String)}
     * @return this fake
     * @throws IllegalArgumentException with WeCom's errcode and reason if {@code user/create} would
     *                                  refuse it
     */
    public FakeWeCom addUser(FakeUser user) {
        ObjectNode fields = user.toJson();
        synchronized (lock) {
            Seed.run(() -> directory.addUserWithStatus(fields));
        }
        return this;
    }

    /**
     * Adds a tag with members, without a call.
     *
     * @param tagId   the tag id, positive
     * @param name    the tag's name
     * @param userids existing members
     * @return this fake
     * @throws IllegalArgumentException with WeCom's errcode and reason if {@code tag/create} or
     *                                  {@code tag/addtagusers} would refuse it
     */
    public FakeWeCom addTag(long tagId, String name, String... userids) {
        synchronized (lock) {
            Seed.run(() -> directory.tags().seed(tagId, name, userids));
        }
        return this;
    }

    /**
     * Seeds the corp from a JSON document; every part is optional and applied in this order:
     * <pre>{@code
     * {
     *   "apps":        [{"agentid": 1000005, "secret": "..."}],
     *   "webhooks":    ["robot-key"],
     *   "departments": [{"id": 2, "name": "R&D", "parentid": 1}],
     *   "users":       [{"userid": "zhangsan", "name": "张三", "mobile": "13800000000", "department": [2],
     *                    "position": "Engineer", "status": 1, "extattr": {"attrs": [...]}}],
     *   "tags":        [{"tagid": 1, "tagname": "leads", "userlist": ["zhangsan"]}],
     *   "corp_tags":   [{"group_name": "Level", "tag": [{"name": "VIP"}]}],
     *   "customers":   [{"external_contact": {"external_userid": "wmA", "name": "Li", "type": 1},
     *                    "follow_user": [{"userid": "zhangsan", "remark": "met at fair",
     *                                     "tags": [{"group_name": "Level", "tag_name": "VIP"}]}]}],
     *   "group_chats": [{"chat_id": "wrA", "name": "Buyers", "owner": "zhangsan", "member_list": ["wmA"]}]
     * }
     * }</pre>
     * Users take every field of {@code user/get}; customers every field of {@code externalcontact/get}.
     *
     * @param json the document
     * @return this fake
     * @throws IllegalArgumentException if the JSON is malformed or WeCom would refuse a part of it; then
     *                                  nothing of the document is applied and the fake is as it was
     */
    public FakeWeCom seed(String json) {
        JsonNode document;
        try {
            document = mapper.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("the seed is not valid JSON: " + e.getMessage(), e);
        }
        atomically(() -> Seed.apply(this, document));
        return this;
    }

    /**
     * Runs a seeding change all or nothing: if it fails, the apps, robots, address book and external
     * contacts (everything seeding can touch) are put back as they were, and no call sees them meanwhile.
     */
    private void atomically(Runnable change) {
        synchronized (lock) {
            List<Runnable> restore = List.of(
                    tokens.snapshotApps(),
                    messaging.snapshotWebhooks(),
                    directory.snapshot(),
                    parts.externalContacts.snapshot());
            try {
                change.run();
            } catch (RuntimeException | Error failure) {
                restore.forEach(Runnable::run);
                throw failure;
            }
        }
    }

    /**
     * Seeds the corp from a JSON file; see {@link #seed(String)} for its shape.
     *
     * @param file a UTF-8 JSON file
     * @return this fake
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException if the JSON is malformed or WeCom would refuse a part of it; then
     *                                  nothing of the document is applied
     */
    public FakeWeCom seed(Path file) {
        try {
            return seed(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the seed file " + file, e);
        }
    }

    /**
     * The invitations sent with {@code batch/invite}, oldest first (the request bodies).
     *
     * @return a snapshot of copies
     */
    public List<JsonNode> invitations() {
        synchronized (lock) {
            return parts.batchJobs.invitations();
        }
    }

    /**
     * The template-card updates accepted by {@code message/update_template_card}, oldest first (the
     * request bodies).
     *
     * @return a snapshot of copies
     */
    public List<JsonNode> templateCardUpdates() {
        synchronized (lock) {
            return parts.extras.cardUpdates();
        }
    }

    /** Every path the fake serves, for tests that compare them with the paths the SDK calls. */
    Set<String> servedPaths() {
        synchronized (lock) {
            return routes.paths();
        }
    }

    // ---------------------------------------------------------------- apps, menus, workbench

    /**
     * Adds an app with its own secret, a name and an agent record for {@code agent/get} (visible to the
     * whole corp until {@link #setVisibleRange} narrows it). Every app the fake knows, the default one and
     * those from {@link #addApp(long, String)} included, has an agent record, a custom menu
     * ({@code menu/*}) and workbench data ({@code agent/*_workbench_*}); a token may act only on its own
     * app (301002 otherwise).
     *
     * @param agentId the app's agent id
     * @param secret  the secret {@code gettoken} will accept for it
     * @param name    the app's name
     * @return this fake
     * @throws IllegalArgumentException if the agent id or the secret is taken, or an argument is invalid
     */
    public FakeWeCom addAgent(long agentId, String secret, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        synchronized (lock) {
            tokens.addApp(agentId, secret);
            apps.name(agentId, name);
        }
        return this;
    }

    /**
     * Sets who may see an app, as the admin console would ({@code agent/get} shows it as
     * {@code allow_userinfos}, {@code allow_partys}, {@code allow_tags}). Workbench data may only be set
     * for members in the range (60021 otherwise): named, in or below a range department, or in a range tag.
     *
     * @param agentId       the app
     * @param userIds       members named directly
     * @param departmentIds departments, each with every department below it
     * @param tagIds        tags
     * @return this fake
     * @throws IllegalArgumentException if the fake has no such app or a list is {@code null}
     */
    public FakeWeCom setVisibleRange(
            long agentId, Collection<String> userIds, Collection<Long> departmentIds, Collection<Long> tagIds) {
        if (userIds == null || departmentIds == null || tagIds == null) {
            throw new IllegalArgumentException("userIds, departmentIds and tagIds must not be null (use List.of())");
        }
        synchronized (lock) {
            tokens.app(agentId);
            apps.visibleRange(agentId, userIds, departmentIds, tagIds);
        }
        return this;
    }

    /**
     * Marks a domain as having passed WeCom's ownership check, so {@code agent/set} accepts it as
     * {@code redirect_domain}; any other domain gets 85005.
     *
     * @param domain the domain, such as {@code hr.example.com}
     * @return this fake
     * @throws IllegalArgumentException if the domain is blank
     */
    public FakeWeCom verifyRedirectDomain(String domain) {
        if (domain == null || domain.isBlank()) {
            throw new IllegalArgumentException("domain must not be blank");
        }
        synchronized (lock) {
            apps.verifyDomain(domain);
        }
        return this;
    }

    /**
     * An app as {@code agent/get} shows it, without the envelope.
     *
     * @param agentId the app
     * @return a copy of the agent record, or empty if the fake has no such app
     */
    public Optional<JsonNode> agent(long agentId) {
        synchronized (lock) {
            return Optional.ofNullable(apps.agentView(agentId));
        }
    }

    /**
     * An app's custom menu as {@code menu/get} returns it ({@code {"button":[...]}}), without the envelope.
     *
     * @param agentId the app
     * @return a copy of the menu, or empty when none is set
     */
    public Optional<JsonNode> menu(long agentId) {
        synchronized (lock) {
            return Optional.ofNullable(apps.menuView(agentId));
        }
    }

    /**
     * An app's workbench template as set ({@code type}, the default data object, {@code replace_user_data}).
     *
     * @param agentId the app
     * @return a copy of the template, or empty when none was set
     */
    public Optional<JsonNode> workbenchTemplate(long agentId) {
        synchronized (lock) {
            return Optional.ofNullable(apps.templateView(agentId));
        }
    }

    /**
     * A member's workbench data on an app ({@code {"type":..., <type>:{...}}}), as set by
     * {@code set_workbench_data} or {@code batch_set_workbench_data}.
     *
     * @param agentId the app
     * @param userid  the member (case-insensitive)
     * @return a copy of the data, or empty when none was set
     */
    public Optional<JsonNode> workbenchData(long agentId, String userid) {
        synchronized (lock) {
            return userid == null ? Optional.empty() : Optional.ofNullable(apps.userDataView(agentId, userid));
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
        synchronized (lock) {
            Seed.run(() -> directory.addDepartment(id, name, parentId));
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
        synchronized (lock) {
            Seed.run(() -> directory.addUser(userid, name, departments));
        }
        return this;
    }

    // ---------------------------------------------------------------- external payments (对外收款)

    /**
     * Adds an external-payment bill (a payment received) that {@code externalpay/get_bill_list} returns,
     * 1000 a page at most, with WeCom's cursor.
     *
     * @param outTradeNo  the merchant order number
     * @param payeeUserId the member who received it
     * @param totalFee    the amount in fen
     * @param payTime     when, Unix seconds
     * @return this fake
     */
    public FakeWeCom addExternalBill(String outTradeNo, String payeeUserId, long totalFee, long payTime) {
        synchronized (lock) {
            externalPay.addBill(outTradeNo, payeeUserId, totalFee, payTime);
        }
        return this;
    }

    /**
     * Adds a fund-flow entry (a receipt) that {@code externalpay/get_fund_flow} returns, 200 a page at most.
     *
     * @param outTradeNo the merchant order number
     * @param mchId      the merchant id
     * @param amount     the amount in fen
     * @param balance    the balance after it, in fen
     * @param timestamp  when, Unix seconds
     * @return this fake
     */
    public FakeWeCom addFundFlow(String outTradeNo, String mchId, long amount, long balance, long timestamp) {
        synchronized (lock) {
            externalPay.addFundFlow(outTradeNo, mchId, amount, balance, timestamp);
        }
        return this;
    }

    /**
     * Adds a payment item whose merchant order numbers {@code externalpay/get_payment_info} returns.
     *
     * @param paymentId   the item's payment id
     * @param outTradeNos the order numbers paid against it
     * @return this fake
     */
    public FakeWeCom addPaymentItem(String paymentId, String... outTradeNos) {
        synchronized (lock) {
            externalPay.addPaymentItem(paymentId, List.of(outTradeNos));
        }
        return this;
    }

    /**
     * Binds a merchant for external payments ({@code bind_status} 2, empty use scope), for
     * {@code externalpay/getmerchant} and {@code set_mch_use_scope}; other merchant ids get 40058.
     *
     * @param mchId the merchant id
     * @param name  the merchant's name
     * @return this fake
     */
    public FakeWeCom addPaymentMerchant(String mchId, String name) {
        synchronized (lock) {
            externalPay.addMerchant(mchId, name);
        }
        return this;
    }

    /**
     * A bound merchant as {@code externalpay/getmerchant} shows it, without the envelope.
     *
     * @param mchId the merchant id
     * @return a copy, or empty
     */
    public Optional<JsonNode> paymentMerchant(String mchId) {
        synchronized (lock) {
            return Optional.ofNullable(externalPay.merchant(mchId));
        }
    }

    /** Stops listening and frees the port; calls in progress are cut off. Closing twice does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.close();
            parts.close();
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
        private int port;

        private Builder() {}

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
         * The port to listen on, on 127.0.0.1; 0 (the default) picks a free one, as tests want.
         *
         * @param port 0 to 65535
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0 (any free port) to 65535; got " + port);
            }
            this.port = port;
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
