package io.github.wecomsdk.testkit;

import io.github.wecomsdk.core.callback.CallbackCrypto;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plays WeCom's side of callbacks against your endpoint: signs and encrypts a message or event with the
 * endpoint's token and EncodingAESKey (core's {@link CallbackCrypto}), POSTs it as WeCom does, retries
 * the same payload when the answer is late or not 200, and decrypts the passive reply.
 *
 * <pre>{@code
 * FakeCallbacks callbacks = fake.callbacks().register(endpointUrl, token, aesKey);
 * assertTrue(callbacks.verifyUrl().delivered());                 // the URL check GET
 * CallbackDelivery d = callbacks.send(callbacks.textMessage("zhangsan", "hello"));
 * assertEquals(1, d.attempts());
 * assertTrue(d.reply().contains("<Content><![CDATA[Got it: hello]]></Content>"));
 * }</pre>
 *
 * <p>WeCom's rules, as documented for receiving messages: before the first delivery to a URL, the URL
 * check (as when an admin saves it; a URL that fails it gets nothing, {@code attempts} 0): a GET with
 * {@code msg_signature}, {@code timestamp}, {@code nonce} and an encrypted {@code echostr}, answered with
 * the plaintext; a message is a POST of {@code <xml><ToUserName/><Encrypt/><AgentID/></xml>} with the
 * same query; an answer not received within 5 s ({@link #timeout(Duration)}) or not 200 is retried up to
 * 3 times with the same payload. The fake retries at once, without WeCom's pause between attempts.
 *
 * <p>The fake also emits the events its own state changes cause, to the registered endpoint, one at a
 * time in order on a background thread: {@code change_contact} ({@code create_user}, {@code update_user},
 * {@code delete_user}, {@code create_party}, {@code update_party}, {@code delete_party}) when members or
 * departments change through the API, and {@code batch_job_result} when a batch job ends (to the job's
 * own {@code callback} URL when it gave one). They are in {@link #events()} whether or not an endpoint is
 * registered; {@link #awaitEmitted(Duration)} waits for their deliveries. The member events carry
 * the element names of WeCom's samples ({@code UserID}, {@code NewUserID}, {@code Name},
 * {@code Department}, {@code MainDepartment}, {@code IsLeaderInDept}, {@code DirectLeader}, ...; for
 * departments {@code Id}, {@code Name}, {@code ParentId}, {@code Order}). Two differences from WeCom to
 * keep in mind: WeCom does not call back the contacts-sync app for changes that app itself made through
 * the API (the fake emits for every change, as another app of the corp would receive it), and a
 * contacts-sync callback URL configured since 15 August 2022 gets only {@code UserID},
 * {@code Department} and {@code NewUserID}, and {@code update_user} only for department or userid
 * changes: code must not depend on the other elements.
 *
 * <p>Thread-safe. Never shows the token or the key in {@link #toString()}.
 */
public final class FakeCallbacks {

    /** How long WeCom waits for an answer before it retries. */
    public static final Duration WECOM_TIMEOUT = Duration.ofSeconds(5);
    /** How many times WeCom retries a delivery that was late or not 200. */
    public static final int WECOM_RETRIES = 3;

    private record Endpoint(String url, CallbackCrypto crypto) {}

    private final String corpId;
    private final long agentId;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong msgIds = new AtomicLong(7_000_000_000_000_000_000L);
    private HttpClient http;
    private final ExecutorService emitter;
    private final List<String> events = new ArrayList<>();
    private final List<CallbackDelivery> emitted = new ArrayList<>();
    private final Set<String> verified = ConcurrentHashMap.newKeySet();
    private Endpoint endpoint;
    private Duration timeout = WECOM_TIMEOUT;
    private int queued;

    FakeCallbacks(String corpId, long agentId, Clock clock) {
        this.corpId = corpId;
        this.agentId = agentId;
        this.clock = clock;
        this.emitter = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "fake-wecom-callbacks");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Registers your endpoint, as an admin does in the app's "receive messages" settings; messages sent
     * with {@link #send(String)} and the events the fake emits go there.
     *
     * @param url            the endpoint's URL, http or https
     * @param token          the Token set for it
     * @param encodingAesKey the EncodingAESKey set for it (43 characters)
     * @return this
     * @throws IllegalArgumentException if the URL is not http(s) or the key is malformed
     */
    public FakeCallbacks register(String url, String token, String encodingAesKey) {
        Endpoint next = endpoint(url, token, encodingAesKey);
        synchronized (this) {
            endpoint = next;
        }
        return this;
    }

    /** Forgets the registered endpoint; emitted events are still recorded in {@link #events()}. */
    public synchronized void unregister() {
        endpoint = null;
    }

    /**
     * How long each attempt waits for an answer before it counts as late and is retried; WeCom's is
     * {@link #WECOM_TIMEOUT}. Tests of "late" answers can set a shorter one.
     *
     * @param timeout positive
     * @return this
     * @throws IllegalArgumentException if not positive
     */
    public synchronized FakeCallbacks timeout(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive; got " + timeout);
        }
        this.timeout = timeout;
        return this;
    }

    /**
     * The URL check WeCom makes when the endpoint is saved: a GET with an encrypted {@code echostr};
     * delivered when the answer is 200 with the decrypted text.
     *
     * @return what happened; {@code reply} is the body received
     * @throws IllegalStateException if no endpoint is registered
     */
    public CallbackDelivery verifyUrl() {
        return verify(requireEndpoint());
    }

    private CallbackDelivery verify(Endpoint target) {
        String plain = "fake-echo-" + Long.toUnsignedString(random.nextLong(), 36);
        String echostr = target.crypto().encrypt(plain);
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String nonce = nonce();
        String signature = target.crypto().signature(timestamp, nonce, echostr);
        URI uri = URI.create(target.url() + (target.url().contains("?") ? "&" : "?")
                + "msg_signature=" + signature + "&timestamp=" + timestamp + "&nonce=" + nonce
                + "&echostr=" + URLEncoder.encode(echostr, StandardCharsets.UTF_8));
        HttpRequest request =
                HttpRequest.newBuilder(uri).timeout(currentTimeout()).GET().build();
        try {
            HttpResponse<String> response = http().send(request, HttpResponse.BodyHandlers.ofString());
            boolean ok =
                    response.statusCode() == 200 && plain.equals(response.body().trim());
            if (ok) {
                verified.add(target.url());
            }
            return new CallbackDelivery(
                    ok,
                    response.statusCode(),
                    response.body(),
                    1,
                    List.of(Integer.toString(response.statusCode())),
                    plain);
        } catch (HttpTimeoutException e) {
            return new CallbackDelivery(false, 0, "", 1, List.of("timeout"), plain);
        } catch (IOException e) {
            return new CallbackDelivery(false, 0, "", 1, List.of("error: " + e), plain);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CallbackDelivery(false, 0, "", 1, List.of("interrupted"), plain);
        }
    }

    /**
     * Delivers a plaintext callback to the registered endpoint as WeCom does (encrypted, signed, retried
     * up to 3 times with the same payload when late or not 200).
     *
     * @param plaintextXml the message or event, such as {@link #textMessage(String, String)} makes
     * @return what happened
     * @throws IllegalStateException if no endpoint is registered
     */
    public CallbackDelivery send(String plaintextXml) {
        return deliver(requireEndpoint(), plaintextXml);
    }

    /**
     * Delivers a plaintext callback to any endpoint, with its own token and key.
     *
     * @param url            the endpoint
     * @param token          its Token
     * @param encodingAesKey its EncodingAESKey
     * @param plaintextXml   the message or event
     * @return what happened
     * @throws IllegalArgumentException if the URL or the key is malformed
     */
    public CallbackDelivery send(String url, String token, String encodingAesKey, String plaintextXml) {
        return deliver(endpoint(url, token, encodingAesKey), plaintextXml);
    }

    /**
     * A text message a member sent to the app, as WeCom delivers it: {@code ToUserName} the corp,
     * {@code FromUserName} the member, {@code CreateTime}, {@code MsgType} text, {@code Content}, a new
     * {@code MsgId} and {@code AgentID}.
     *
     * @param fromUserid the member
     * @param content    the text
     * @return the plaintext XML
     */
    public String textMessage(String fromUserid, String content) {
        return new CallbackXml()
                .text("ToUserName", corpId)
                .text("FromUserName", fromUserid)
                .number("CreateTime", clock.instant().getEpochSecond())
                .text("MsgType", "text")
                .text("Content", content)
                .number("MsgId", msgIds.incrementAndGet())
                .number("AgentID", agentId)
                .build();
    }

    /**
     * An event as WeCom delivers it: {@code ToUserName} the corp, {@code FromUserName},
     * {@code CreateTime}, {@code MsgType} event, {@code Event}, then your elements in order (as CDATA
     * text), then {@code AgentID} when {@code withAgent}.
     *
     * @param fromUserName the member, or {@code sys} for contact events
     * @param event        the {@code Event} value, such as {@code change_contact} or {@code click}
     * @param elements     the event's own elements, such as {@code ChangeType} and {@code UserID}
     * @param withAgent    whether to add {@code AgentID} (app events have it, contact events do not)
     * @return the plaintext XML
     */
    public String event(String fromUserName, String event, Map<String, String> elements, boolean withAgent) {
        CallbackXml xml = new CallbackXml()
                .text("ToUserName", corpId)
                .text("FromUserName", fromUserName)
                .number("CreateTime", clock.instant().getEpochSecond())
                .text("MsgType", "event")
                .text("Event", event)
                .all(elements);
        if (withAgent) {
            xml.number("AgentID", agentId);
        }
        return xml.build();
    }

    /**
     * The events the fake emitted because of its own state changes, oldest first, as plaintext XML.
     *
     * @return a snapshot
     */
    public synchronized List<String> events() {
        return List.copyOf(events);
    }

    /**
     * The deliveries of emitted events finished so far, oldest first.
     *
     * @return a snapshot
     */
    public synchronized List<CallbackDelivery> emitted() {
        return List.copyOf(emitted);
    }

    /**
     * Waits until every emitted event queued so far has been delivered or given up on.
     *
     * @param max the longest wait
     * @return whether everything was delivered in time
     * @throws IllegalStateException if interrupted
     */
    public boolean awaitEmitted(Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        synchronized (this) {
            while (queued > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for emitted callbacks", e);
                }
            }
            return true;
        }
    }

    /** Forgets the emitted events and deliveries; keeps the registered endpoint. */
    public synchronized void clear() {
        events.clear();
        emitted.clear();
    }

    /** Emits an event caused by the fake's state, to the registered endpoint. */
    void emit(String plaintextXml) {
        emit(plaintextXml, null);
    }

    /** Emits an event to a given endpoint (a batch job's own callback), else to the registered one. */
    void emit(String plaintextXml, String[] urlTokenKey) {
        Endpoint target;
        synchronized (this) {
            events.add(plaintextXml);
            target = endpoint;
            if (urlTokenKey != null) {
                try {
                    target = endpoint(urlTokenKey[0], urlTokenKey[1], urlTokenKey[2]);
                } catch (IllegalArgumentException e) {
                    target = endpoint;
                }
            }
            if (target == null) {
                return;
            }
            queued++;
        }
        Endpoint to = target;
        try {
            emitter.execute(() -> {
                CallbackDelivery delivery = deliver(to, plaintextXml);
                synchronized (this) {
                    emitted.add(delivery);
                    queued--;
                    notifyAll();
                }
            });
        } catch (RejectedExecutionException closed) {
            synchronized (this) {
                queued--;
                notifyAll();
            }
        }
    }

    void close() {
        emitter.shutdownNow();
    }

    private CallbackDelivery deliver(Endpoint target, String plaintextXml) {
        if (!verified.contains(target.url())) {
            CallbackDelivery check = verify(target);
            if (!check.delivered()) {
                return new CallbackDelivery(
                        false,
                        check.status(),
                        check.reply(),
                        0,
                        List.of("url check failed: " + check.outcomes().get(0)),
                        plaintextXml);
            }
        }
        String encrypted = target.crypto().encrypt(plaintextXml);
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String nonce = nonce();
        String signature = target.crypto().signature(timestamp, nonce, encrypted);
        String body = new CallbackXml()
                .text("ToUserName", corpId)
                .text("Encrypt", encrypted)
                .text("AgentID", Long.toString(agentId))
                .build();
        URI uri = URI.create(target.url() + (target.url().contains("?") ? "&" : "?") + "msg_signature=" + signature
                + "&timestamp=" + timestamp + "&nonce=" + nonce);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(currentTimeout())
                .header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        List<String> outcomes = new ArrayList<>();
        int status = 0;
        String reply = "";
        for (int attempt = 1; attempt <= 1 + WECOM_RETRIES; attempt++) {
            try {
                HttpResponse<String> response = http().send(request, HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                outcomes.add(Integer.toString(status));
                if (status == 200) {
                    reply = decryptReply(target, response.body());
                    return new CallbackDelivery(true, status, reply, attempt, outcomes, plaintextXml);
                }
            } catch (HttpTimeoutException e) {
                outcomes.add("timeout");
            } catch (IOException e) {
                outcomes.add("error: " + e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcomes.add("interrupted");
                break;
            }
        }
        return new CallbackDelivery(false, status, reply, outcomes.size(), outcomes, plaintextXml);
    }

    private static String decryptReply(Endpoint target, String body) {
        if (body == null || !body.contains("<Encrypt>")) {
            return body == null ? "" : body;
        }
        String signature = CallbackXml.element(body, "MsgSignature");
        String timestamp = CallbackXml.element(body, "TimeStamp");
        String nonce = CallbackXml.element(body, "Nonce");
        try {
            return target.crypto().decrypt(signature, timestamp, nonce, body);
        } catch (RuntimeException e) {
            return "undecryptable reply: " + e.getMessage();
        }
    }

    /** The HTTP client, made on first use: most fakes never deliver a callback. */
    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder()
                    .connectTimeout(WECOM_TIMEOUT)
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
        }
        return http;
    }

    private synchronized Duration currentTimeout() {
        return timeout;
    }

    private synchronized Endpoint requireEndpoint() {
        if (endpoint == null) {
            throw new IllegalStateException("no callback endpoint registered; call register(url, token, aesKey)");
        }
        return endpoint;
    }

    private Endpoint endpoint(String url, String token, String encodingAesKey) {
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            throw new IllegalArgumentException("the callback URL must be http(s); got " + url);
        }
        try {
            return new Endpoint(url, new CallbackCrypto(token, encodingAesKey, corpId));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the token or EncodingAESKey is malformed: " + e.getMessage());
        }
    }

    private String nonce() {
        return Long.toUnsignedString(random.nextLong(), 36);
    }

    /** A short description: the endpoint URL, never the token or the key. */
    @Override
    public synchronized String toString() {
        return "FakeCallbacks[endpoint=" + (endpoint == null ? "none" : endpoint.url()) + ", events=" + events.size()
                + "]";
    }

    /** Builds the change_contact events of the fake's state changes. */
    static Map<String, String> fields(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put(pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }
}
