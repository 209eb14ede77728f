package io.github.wecomsdk.benchmarks;

import com.sun.net.httpserver.HttpServer;
import io.github.wecomsdk.core.callback.CallbackCrypto;
import io.github.wecomsdk.core.callback.CallbackHandler;
import io.github.wecomsdk.core.callback.CallbackHttpHandler;
import io.github.wecomsdk.core.callback.CallbackMessage;
import io.github.wecomsdk.core.callback.CallbackObserver;
import io.github.wecomsdk.core.callback.CallbackRejection;
import io.github.wecomsdk.core.callback.CallbackRouter;
import io.github.wecomsdk.core.callback.EventType;
import io.github.wecomsdk.core.callback.InMemoryCallbackDeduplicator;
import io.github.wecomsdk.core.callback.MsgType;
import io.github.wecomsdk.core.callback.PassiveReply;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A load-and-fault run of the callback endpoint on loopback: many WeCom-like clients post to a
 * {@link CallbackHttpHandler} on the JDK's HTTP server, mixing new events, WeCom-style retries (after a
 * non-200, after a lost 200, and during a slow delivery), replays (fresh and 11 minutes old) and hostile
 * requests (bad signatures, bodies over the limit and far over it, garbage envelopes, garbage and DTD-laden
 * XML inside a valid envelope). Some listeners fail deliberately on their first delivery, some are slow.
 *
 * <p>Counts at the end: distinct events acknowledged, how many times each listener ran to success (must be
 * exactly once), events lost, 5xx other than the deliberate listener failures, and each hostile request's
 * answer. Exits non-zero when an event was delivered twice or lost, or an unexpected status came back.
 *
 * <p>Run: {@code java -cp <benchmarks classpath> io.github.wecomsdk.benchmarks.CallbackLoadRun [clients]
 * [seconds]} (defaults 64 clients, 25 s; at most 256 clients and 30 s).
 */
public final class CallbackLoadRun {

    private static final String TOKEN = "Vq3kZ8pLm2Tx7Rb9";
    private static final String AES_KEY = "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAB7CD0EF3Gh";
    private static final String CORP_ID = "ww6b1c5d9e2f8a7c3d";
    private static final int MAX_BODY = 64 * 1024;
    private static final int WECOM_RETRIES = 3;

    private final CallbackCrypto crypto = new CallbackCrypto(TOKEN, AES_KEY, CORP_ID);
    private final Map<String, AtomicInteger> delivered = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(1_000_000);
    private final LongAdder lost = new LongAdder();
    private final LongAdder deliberateFailures = new LongAdder();
    private final LongAdder unexpected5xx = new LongAdder();
    private final LongAdder unexpectedStatus = new LongAdder();
    private final LongAdder requests = new LongAdder();
    private final LongAdder slowRetries = new LongAdder();
    private final LongAdder slowRetriesWithReply = new LongAdder();
    private final LongAdder lostAckRetries = new LongAdder();
    private final LongAdder lateRetries = new LongAdder();
    private final LongAdder freshReplays = new LongAdder();
    private final Map<String, Map<String, LongAdder>> hostile = new ConcurrentHashMap<>();
    private final Map<CallbackRejection, LongAdder> rejected = new EnumMap<>(CallbackRejection.class);
    private final List<String> samples = new ArrayList<>();
    private HttpClient client;
    private URI endpoint;

    private CallbackLoadRun() {
        for (CallbackRejection r : CallbackRejection.values()) {
            rejected.put(r, new LongAdder());
        }
    }

    /**
     * Runs the load.
     *
     * @param args optional: number of clients (default 64), seconds (default 25)
     * @throws Exception when the server cannot start
     */
    public static void main(String[] args) throws Exception {
        int clients = Math.min(256, args.length > 0 ? Integer.parseInt(args[0]) : 64);
        int seconds = Math.min(30, args.length > 1 ? Integer.parseInt(args[1]) : 25);
        System.exit(new CallbackLoadRun().run(clients, seconds) ? 0 : 1);
    }

    private boolean run(int clients, int seconds) throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        CallbackRouter router = CallbackRouter.builder()
                .on(MsgType.TEXT, this::onText)
                .on(EventType.CHANGE_CONTACT, this::onEvent)
                .build();
        CallbackObserver observer = new CallbackObserver() {
            @Override
            public void rejected(CallbackRejection reason) {
                rejected.get(reason).increment();
            }
        };
        CallbackHandler handler = CallbackHandler.builder(crypto, router)
                .deduplicator(new InMemoryCallbackDeduplicator(
                        InMemoryCallbackDeduplicator.DEFAULT_MAX_KEYS,
                        InMemoryCallbackDeduplicator.DEFAULT_RETENTION,
                        Clock.systemUTC()))
                .maxBodyBytes(MAX_BODY)
                .observer(observer)
                .build();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        ExecutorService serverThreads = Executors.newFixedThreadPool(Math.max(16, clients));
        server.setExecutor(serverThreads);
        server.createContext("/wecom/callback", new CallbackHttpHandler(handler));
        server.start();
        endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/wecom/callback");
        ExecutorService clientThreads = Executors.newFixedThreadPool(clients);
        client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(16))
                .build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long start = System.nanoTime();
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            long seed = 7919L * (i + 1);
            running.add(
                    CompletableFuture.runAsync(() -> clientLoop(new SplittableRandom(seed), deadline), clientThreads));
        }
        CompletableFuture.allOf(running.toArray(new CompletableFuture<?>[0])).get(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        server.stop(0);
        serverThreads.shutdownNow();
        clientThreads.shutdownNow();
        return report(clients, elapsed, handler);
    }

    private PassiveReply onText(CallbackMessage m) {
        String id = m.get("MsgId");
        return PassiveReply.text("ack " + behave(id));
    }

    private PassiveReply onEvent(CallbackMessage m) {
        behave(m.get("UserID"));
        return null;
    }

    private String behave(String id) {
        long n = Long.parseLong(id.replaceAll("\\D", ""));
        int attempt = attempts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        if (n % 53 == 0 && attempt == 1) {
            deliberateFailures.increment();
            throw new IllegalStateException("deliberate listener failure");
        }
        if (n % 41 == 0) {
            pause(1_500);
        }
        delivered.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        return id;
    }

    private void clientLoop(SplittableRandom random, long deadline) {
        List<Request> recent = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            int roll = random.nextInt(100);
            try {
                long t0 = System.nanoTime();
                if (roll < 72 || recent.isEmpty()) {
                    Request r = newEvent(random);
                    deliverLikeWeCom(r, random);
                    timed("new event with its retries", t0);
                    if (recent.size() < 32) {
                        recent.add(r);
                    } else {
                        recent.set(random.nextInt(recent.size()), r);
                    }
                } else if (roll < 80) {
                    replay(recent.get(random.nextInt(recent.size())), random);
                    timed("replay", t0);
                } else {
                    hostile(random);
                    timed("hostile", t0);
                }
            } catch (IOException | InterruptedException e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    return;
                }
                unexpectedStatus.increment();
                sample("I/O failure on a normal request: " + e);
            }
        }
    }

    private Request newEvent(SplittableRandom random) {
        long n = nextId.incrementAndGet();
        String ts = String.valueOf(System.currentTimeMillis() / 1000);
        String xml;
        String id;
        if (random.nextBoolean()) {
            id = String.valueOf(n);
            xml = "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><FromUserName><![CDATA[u" + n
                    + "]]></FromUserName><CreateTime>" + ts + "</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                    + "<Content><![CDATA[hello " + n + "]]></Content><MsgId>" + n + "</MsgId>"
                    + "<AgentID>1000002</AgentID></xml>";
        } else {
            id = "user" + n;
            xml = "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><FromUserName><![CDATA[sys]]>"
                    + "</FromUserName><CreateTime>" + ts + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                    + "<Event><![CDATA[change_contact]]></Event><ChangeType>delete_user</ChangeType>"
                    + "<UserID><![CDATA[" + id + "]]></UserID></xml>";
        }
        return signed(id, xml, ts);
    }

    private Request signed(String id, String xml, String ts) {
        String encrypted = crypto.encrypt(xml);
        String nonce = Long.toString(nextId.incrementAndGet(), 36);
        String query =
                "?msg_signature=" + crypto.signature(ts, nonce, encrypted) + "&timestamp=" + ts + "&nonce=" + nonce;
        String body = "<xml><ToUserName><![CDATA[" + CORP_ID + "]]></ToUserName><Encrypt><![CDATA[" + encrypted
                + "]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>";
        return new Request(id, query, body, !id.startsWith("user"));
    }

    /** Posts like WeCom: a non-200 is retried up to three times; sometimes a 200 is "lost" and retried. */
    private void deliverLikeWeCom(Request r, SplittableRandom random) throws IOException, InterruptedException {
        long n = Long.parseLong(r.id.replaceAll("\\D", ""));
        CompletableFuture<HttpResponse<String>> concurrentRetry = null;
        HttpResponse<String> first;
        if (n % 41 == 0) {
            CompletableFuture<HttpResponse<String>> firstAsync = postAsync(r.query, r.body);
            pause(100);
            concurrentRetry = postAsync(r.query, r.body);
            first = join(firstAsync);
        } else {
            first = post(r.query, r.body);
        }
        int status = first.statusCode();
        int tries = 0;
        while (status != 200 && tries < WECOM_RETRIES) {
            expectServerError(status, r);
            tries++;
            status = post(r.query, r.body).statusCode();
        }
        if (status != 200) {
            lost.increment();
            sample("event " + r.id + " never acknowledged, last status " + status);
            return;
        }
        acknowledged.put(r.id, Boolean.TRUE);
        if (r.text
                && first.statusCode() == 200
                && !(concurrentRetry != null && first.body().isEmpty())) {
            checkReply(first, r.id);
        }
        if (concurrentRetry != null) {
            HttpResponse<String> retry = join(concurrentRetry);
            slowRetries.increment();
            if (retry.statusCode() != 200) {
                expectServerError(retry.statusCode(), r);
            } else if (r.text && (retry.body().isEmpty() || first.body().isEmpty())) {
                lateRetries.increment();
            } else if (!r.text || checkReply(retry, r.id)) {
                slowRetriesWithReply.increment();
            }
        }
        if (random.nextInt(10) == 0) {
            lostAckRetries.increment();
            HttpResponse<String> again = post(r.query, r.body);
            if (again.statusCode() != 200) {
                unexpectedStatus.increment();
                sample("retry after a lost 200 answered " + again.statusCode());
            }
        }
    }

    private void expectServerError(int status, Request r) {
        if (status == 500) {
            return;
        }
        if (status >= 500) {
            unexpected5xx.increment();
        } else {
            unexpectedStatus.increment();
        }
        sample("event " + r.id + " answered " + status);
    }

    private boolean checkReply(HttpResponse<String> response, String id) {
        try {
            CallbackMessage envelope = CallbackMessage.parse(response.body());
            String plain = crypto.decrypt(
                    envelope.get("MsgSignature"), envelope.get("TimeStamp"), envelope.get("Nonce"), response.body());
            if (("ack " + id).equals(CallbackMessage.parse(plain).get("Content"))) {
                return true;
            }
        } catch (RuntimeException e) {
            sample("reply to " + id + " unreadable: " + e.getMessage());
        }
        unexpectedStatus.increment();
        return false;
    }

    private void replay(Request old, SplittableRandom random) throws IOException, InterruptedException {
        if (random.nextBoolean()) {
            freshReplays.increment();
            int status = post(old.query, old.body).statusCode();
            if (status != 200) {
                tally("fresh replay (dedupe answers 200)", status);
            }
            return;
        }
        String stale = String.valueOf(System.currentTimeMillis() / 1000 - 660);
        Request captured = signed(
                old.id,
                "<xml><ToUserName>" + CORP_ID + "</ToUserName><MsgType>event</MsgType>"
                        + "<Event>change_contact</Event><ChangeType>delete_user</ChangeType><UserID>replayed-"
                        + old.id + "</UserID></xml>",
                stale);
        tally(
                "replay captured 11 min ago (403)",
                post(captured.query, captured.body).statusCode());
    }

    private void hostile(SplittableRandom random) throws InterruptedException {
        String ts = String.valueOf(System.currentTimeMillis() / 1000);
        int kind = random.nextInt(6);
        try {
            switch (kind) {
                case 0 -> {
                    Request r = newEvent(random);
                    tally(
                            "bad signature (403)",
                            post(r.query.replaceFirst("msg_signature=[0-9a-f]{8}", "msg_signature=00000000"), r.body)
                                    .statusCode());
                }
                case 1 ->
                    tally(
                            "body 2x the limit (413)",
                            post("?timestamp=" + ts, "x".repeat(2 * MAX_BODY)).statusCode());
                case 2 ->
                    tally(
                            "body 10x the limit (413 or reset)",
                            post("?timestamp=" + ts, "y".repeat(10 * MAX_BODY)).statusCode());
                case 3 ->
                    tally(
                            "garbage envelope (400)",
                            post("?msg_signature=ab&timestamp=" + ts + "&nonce=1", "<<<not xml" + random.nextInt())
                                    .statusCode());
                case 4 -> {
                    Request r = signed("g", "garbage \u0001 not xml " + random.nextLong(), ts);
                    tally("signed garbage XML (400)", post(r.query, r.body).statusCode());
                }
                default -> {
                    Request r = signed(
                            "d",
                            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM "
                                    + "\"file:///etc/passwd\">]><xml><MsgType>&e;</MsgType></xml>",
                            ts);
                    tally("signed DTD/XXE (400)", post(r.query, r.body).statusCode());
                }
            }
        } catch (IOException e) {
            tally(kind == 2 ? "body 10x the limit (413 or reset)" : "I/O error on hostile kind " + kind, -1);
        }
    }

    private final Map<String, LongAdder[]> latency = new ConcurrentHashMap<>();

    private void timed(String what, long startNanos) {
        LongAdder[] a = latency.computeIfAbsent(what, k -> new LongAdder[] {new LongAdder(), new LongAdder()});
        a[0].increment();
        a[1].add(System.nanoTime() - startNanos);
    }

    private void tally(String what, int status) {
        hostile.computeIfAbsent(what, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(status < 0 ? "reset" : String.valueOf(status), k -> new LongAdder())
                .increment();
        if (status >= 500) {
            unexpected5xx.increment();
        }
    }

    private HttpResponse<String> post(String query, String body) throws IOException, InterruptedException {
        requests.increment();
        return client.send(request(query, body), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private CompletableFuture<HttpResponse<String>> postAsync(String query, String body) {
        requests.increment();
        return client.sendAsync(request(query, body), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest request(String query, String body) {
        return HttpRequest.newBuilder(URI.create(endpoint + query))
                .timeout(Duration.ofSeconds(15))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    private static HttpResponse<String> join(CompletableFuture<HttpResponse<String>> future) throws IOException {
        try {
            return future.join();
        } catch (RuntimeException e) {
            throw new IOException(e.getCause() == null ? e : e.getCause());
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void sample(String line) {
        synchronized (samples) {
            if (samples.size() < 20) {
                samples.add(line);
            }
        }
    }

    private boolean report(int clients, double seconds, CallbackHandler handler) {
        long once = 0;
        long twice = 0;
        long acknowledgedButNotDelivered = 0;
        for (String id : acknowledged.keySet()) {
            AtomicInteger count = delivered.get(id);
            int c = count == null ? 0 : count.get();
            if (c == 1) {
                once++;
            } else if (c == 0) {
                acknowledgedButNotDelivered++;
            } else {
                twice++;
            }
        }
        System.out.printf(
                "callback load run: %d clients, %.1f s, %d requests (%.0f/s)%n",
                clients, seconds, requests.sum(), requests.sum() / seconds);
        System.out.printf(
                "distinct events acknowledged: %d; delivered exactly once: %d; more than once: %d; "
                        + "acknowledged but never delivered: %d; lost (never acknowledged): %d%n",
                acknowledged.size(), once, twice, acknowledgedButNotDelivered, lost.sum());
        System.out.printf(
                "deliberate listener failures (answered 500, redelivered): %d; handler counted: %d%n",
                deliberateFailures.sum(), handler.listenerFailures());
        System.out.printf(
                "retries during a slow delivery (1.5 s): %d, both answered 200 with the delivery's reply: "
                        + "%d, one of the two reached the server only after the delivery ended (answered 200 without a "
                        + "reply, as documented): %d%n",
                slowRetries.sum(), slowRetriesWithReply.sum(), lateRetries.sum());
        System.out.printf(
                "retries after a lost 200: %d; fresh replays: %d%n", lostAckRetries.sum(), freshReplays.sum());
        System.out.printf(
                "5xx other than deliberate listener failures: %d; other unexpected answers: %d%n",
                unexpected5xx.sum(), unexpectedStatus.sum());
        Map<String, Map<String, LongAdder>> sorted = new TreeMap<>(hostile);
        sorted.forEach((what, statuses) -> System.out.println("  " + what + ": " + new TreeMap<>(statuses)));
        System.out.println("  observer rejections: " + rejected);
        new TreeMap<>(latency)
                .forEach((what, a) -> System.out.printf(
                        "  mean time of a %s: %.1f ms (%d)%n",
                        what, a[1].sum() / 1e6 / Math.max(1, a[0].sum()), a[0].sum()));
        samples.forEach(s -> System.out.println("  sample: " + s));
        boolean ok = twice == 0
                && lost.sum() == 0
                && acknowledgedButNotDelivered == 0
                && unexpected5xx.sum() == 0
                && unexpectedStatus.sum() == 0
                && hostileAsExpected();
        System.out.println(ok ? "RESULT: OK" : "RESULT: FAILED");
        return ok;
    }

    private boolean hostileAsExpected() {
        for (Map.Entry<String, Map<String, LongAdder>> e : hostile.entrySet()) {
            String what = e.getKey();
            for (String status : e.getValue().keySet()) {
                boolean fine = what.contains("(" + status + ")")
                        || (what.contains("413 or reset") && (status.equals("413") || status.equals("reset")));
                if (!fine) {
                    return false;
                }
            }
        }
        return true;
    }

    private record Request(String id, String query, String body, boolean text) {}
}
