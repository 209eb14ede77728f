package io.github.wecomsdk.examples;

import com.sun.net.httpserver.HttpServer;
import io.github.wecomsdk.contacts.events.ContactEventRoutes;
import io.github.wecomsdk.core.callback.CallbackCrypto;
import io.github.wecomsdk.core.callback.CallbackHandler;
import io.github.wecomsdk.core.callback.CallbackHttpHandler;
import io.github.wecomsdk.core.callback.CallbackListener;
import io.github.wecomsdk.core.callback.CallbackRouter;
import io.github.wecomsdk.core.callback.MsgType;
import io.github.wecomsdk.core.callback.PassiveReply;
import io.github.wecomsdk.core.callback.message.ReceivedTextMessage;
import io.github.wecomsdk.testkit.CallbackDelivery;
import io.github.wecomsdk.testkit.FakeCallbacks;
import io.github.wecomsdk.testkit.FakeWeCom;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A WeCom callback endpoint on the JDK's HTTP server: it answers WeCom's URL check, verifies and decrypts
 * every callback, routes typed address-book events (member and department created, changed, removed)
 * and text messages, answers text with a passive reply, and handles WeCom's retries once
 * ({@link CallbackHandler} deduplicates them and answers 500 when a listener fails, so WeCom redelivers).
 *
 * <p>With {@code WECOM_CORP_ID}, {@code WECOM_CALLBACK_TOKEN} and {@code WECOM_CALLBACK_AES_KEY} in the
 * environment it listens on {@code PORT} (default 8080) at {@code /wecom/callback} until stopped: set
 * that URL in the app's "receive messages" settings. Without them it runs a demonstration: the embedded
 * {@link FakeWeCom} plays WeCom against it.
 */
public final class CallbackServer implements AutoCloseable {

    /** The path the endpoint listens on. */
    public static final String PATH = "/wecom/callback";

    private final HttpServer server;
    private final CallbackHandler handler;
    private final List<String> log;

    private CallbackServer(HttpServer server, CallbackHandler handler, List<String> log) {
        this.server = server;
        this.handler = handler;
        this.log = log;
    }

    /**
     * Starts the endpoint.
     *
     * @param port           the port on all interfaces, 0 for any free one
     * @param corpId         the corp id (WeCom encrypts with it as the receive id)
     * @param token          the Token set for the URL in WeCom
     * @param encodingAesKey the EncodingAESKey set for it
     * @param out            where each routed callback is printed
     * @return the running endpoint; close it
     * @throws UncheckedIOException if the port cannot be opened
     */
    public static CallbackServer start(int port, String corpId, String token, String encodingAesKey, PrintStream out) {
        List<String> log = new CopyOnWriteArrayList<>();
        CallbackRouter router = ContactEventRoutes.into(CallbackRouter.builder())
                .onUserCreated(e -> note(
                        log,
                        out,
                        "member created: " + e.user().userId() + " (" + e.user().name() + ")"))
                .onUserUpdated(e -> note(
                        log,
                        out,
                        "member changed: " + e.user().userId() + (e.newUserId() == null ? "" : " -> " + e.newUserId())))
                .onUserDeleted(e -> note(log, out, "member removed: " + e.userId()))
                .onDepartmentCreated(e -> note(log, out, "department created: " + e.id() + " " + e.name()))
                .onDepartmentDeleted(e -> note(log, out, "department removed: " + e.id()))
                .router()
                .on(MsgType.TEXT, CallbackListener.typed(ReceivedTextMessage.class, text -> {
                    note(log, out, "text from " + text.header().fromUserName() + ": " + text.content());
                    return PassiveReply.text("Got it: " + text.content());
                }))
                .build();
        CallbackHandler handler = CallbackHandler.builder(new CallbackCrypto(token, encodingAesKey, corpId), router)
                .build();
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("could not listen on port " + port, e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext(PATH, new CallbackHttpHandler(handler));
        server.start();
        return new CallbackServer(server, handler, log);
    }

    private static void note(List<String> log, PrintStream out, String line) {
        log.add(line);
        out.println("  " + line);
    }

    /**
     * The endpoint's URL on this machine.
     *
     * @return {@code http://127.0.0.1:<port>/wecom/callback}
     */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /**
     * What the listeners saw so far, one line per routed callback, oldest first.
     *
     * @return a snapshot
     */
    public List<String> routed() {
        return List.copyOf(log);
    }

    /**
     * How many callbacks a listener failed on (WeCom was answered 500 and redelivers them).
     *
     * @return the count
     */
    public long listenerFailures() {
        return handler.listenerFailures();
    }

    /** Stops listening. */
    @Override
    public void close() {
        server.stop(0);
    }

    /**
     * Runs the endpoint with real settings from the environment, or the demonstration against the fake.
     *
     * @param args ignored
     * @throws InterruptedException if interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        Map<String, String> env = System.getenv();
        String corpId = env.get("WECOM_CORP_ID");
        String token = env.get("WECOM_CALLBACK_TOKEN");
        String key = env.get("WECOM_CALLBACK_AES_KEY");
        if (corpId != null && token != null && key != null) {
            int port = Integer.parseInt(env.getOrDefault("PORT", "8080"));
            try (CallbackServer endpoint = start(port, corpId, token, key, System.out)) {
                System.out.println("Listening at " + endpoint.url() + " (port " + port + " on all interfaces);"
                        + " Ctrl-C to stop");
                Thread.currentThread().join();
            }
        } else {
            demo(System.out);
        }
    }

    /**
     * The demonstration: FakeWeCom checks the URL, sends a text message (and gets the passive reply), sends
     * it again as a WeCom retry would (not processed twice), and creates a member through the API, which
     * makes it emit the {@code change_contact} event to the endpoint.
     *
     * @param out where to print what happened
     */
    public static void demo(PrintStream out) {
        String token = "demoToken";
        String aesKey = "demoEncodingAesKey0123456789abcdefghijklmno";
        try (FakeWeCom wecom = FakeWeCom.start();
                CallbackServer endpoint = start(0, wecom.corpId(), token, aesKey, out)) {
            out.println("Callback endpoint at " + endpoint.url() + ", FakeWeCom playing WeCom");
            FakeCallbacks callbacks = wecom.callbacks().register(endpoint.url(), token, aesKey);
            out.println("1. URL check: " + (callbacks.verifyUrl().delivered() ? "passed" : "FAILED"));
            String hello = callbacks.textMessage("zhangsan", "hello");
            CallbackDelivery first = callbacks.send(hello);
            out.println("2. Text delivered in " + first.attempts() + " attempt(s); passive reply: "
                    + between(first.reply(), "<Content><![CDATA[", "]]>"));
            CallbackDelivery retry = callbacks.send(hello);
            out.println("3. The same message again (a WeCom retry): HTTP " + retry.status() + ", not processed twice");
            wecom.client()
                    .post(
                            "/cgi-bin/user/create",
                            Map.of("userid", "lisi", "name", "李四", "mobile", "13800000000", "department", List.of(1)));
            callbacks.awaitEmitted(Duration.ofSeconds(30));
            out.println("4. Member created through the API; FakeWeCom emitted "
                    + callbacks.events().size() + " event(s), delivered: "
                    + callbacks.emitted().stream().allMatch(CallbackDelivery::delivered));
        }
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        int to = from < 0 ? -1 : text.indexOf(end, from + start.length());
        return from < 0 || to < 0 ? "(none)" : text.substring(from + start.length(), to);
    }
}
