package io.github.wecomsdk.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * A fake WeChat Pay merchant API for WeCom's corporate payments, to test payout code without a merchant
 * account: an HTTPS server on {@code 127.0.0.1} that requires the merchant's client certificate, checks
 * both signatures as WeChat Pay does, pays each order number at most once, and answers queries.
 *
 * <pre>{@code
 * try (FakeMerchant merchant = FakeMerchant.start()) {
 *     MerchantPayments payments = MerchantPayments.builder()
 *         .mchId(merchant.mchId()).appId(merchant.appId()).apiKey(merchant.apiKey())
 *         .workwxSecret(merchant.workwxSecret())
 *         .certificate(merchant.merchantCertificate())           // PKCS#12, password = merchant id
 *         .trustedCertificates(merchant.serverCertificate())
 *         .baseUrl(merchant.baseUrl())
 *         .build();
 *     payments.redPackets().send(payments.redPackets().request(openId, 888)
 *         .wishing("Thank you!").actName("Year-end bonus").remark("Bonus").senderName("HR").build());
 *     assertEquals(1, merchant.payments().size());
 * }
 * }</pre>
 *
 * <p>Served, each over mutual TLS (a client without the merchant certificate fails the handshake):
 * <ul>
 *   <li>{@code POST /mmpaymkttransfers/sendworkwxredpack} and
 *       {@code /mmpaymkttransfers/promotion/paywwsptrans2pocket}: the XML may hold only the documented
 *       fields ({@code sign_type} gives SIGN_ERROR, another unknown field PARAM_ERROR); {@code sign} must
 *       be the MD5 over every non-empty field with the API key ({@code return_code} FAIL, SIGN_ERROR);
 *       {@code workwx_sign} must be the MD5 over WeCom's fixed list with the secret of the app in
 *       {@code agentid} (or the default secret) (WORKWX_SIGN_ERROR); {@code mch_id} and
 *       {@code wxappid}/{@code appid} must match; required fields and WeChat Pay's basic rules are
 *       checked (PARAM_ERROR); the balance must cover the amount (NOTENOUGH). The same order number with
 *       the same business fields gets the first answer again and pays nothing more; with other fields
 *       it gets FATAL_ERROR.</li>
 *   <li>{@code POST /mmpaymkttransfers/queryworkwxredpack} and
 *       {@code /mmpaymkttransfers/promotion/querywwsptrans2pocket}: the same {@code sign} check (no
 *       {@code workwx_sign}); NOT_FOUND for an unknown number; red packets show {@code SENT}, payments
 *       {@code SUCCESS}.</li>
 * </ul>
 * Red-packet answers carry a {@code sign} made with the API key; payment answers carry none, as in
 * WeChat Pay's documentation. Faults for the next payment call: {@link #delayNextPaymentAnswer(Duration)}
 * (pays, then answers late), {@link #dropNextPaymentAnswer()} (pays, then closes the connection),
 * {@link #failNextPayment(String, boolean)} (answers an error code, paying or not).
 *
 * <p>Thread-safe. Close it to free the port.
 */
public final class FakeMerchant implements AutoCloseable {

    /** The merchant id unless {@link Builder#mchId(String)} sets another; also the certificate password. */
    public static final String DEFAULT_MCH_ID = "1900000109";
    /** The merchant API key unless {@link Builder#apiKey(String)} sets another. */
    public static final String DEFAULT_API_KEY = "fakeMerchantApiKey0000000000key1";

    static final String SEND_RED_PACKET = "/mmpaymkttransfers/sendworkwxredpack";
    static final String QUERY_RED_PACKET = "/mmpaymkttransfers/queryworkwxredpack";
    static final String PAY_EMPLOYEE = "/mmpaymkttransfers/promotion/paywwsptrans2pocket";
    static final String QUERY_EMPLOYEE = "/mmpaymkttransfers/promotion/querywwsptrans2pocket";

    private final Object lock = new Object();
    private final String mchId;
    private final String apiKey;
    private final String appId;
    private final String workwxSecret;
    private final HeldCertificate serverCertificate;
    private final byte[] merchantCertificate;
    private final Map<String, Integer> calls = new HashMap<>();
    private final MerchantChecks checks;
    private final MerchantLedger ledger;
    private final HttpsServer server;
    private final ExecutorService executor;
    private final String baseUrl;
    private final AtomicBoolean closed = new AtomicBoolean();

    private FakeMerchant(Builder builder) {
        this.mchId = builder.mchId;
        this.apiKey = builder.apiKey;
        this.appId = builder.appId;
        this.workwxSecret = builder.workwxSecret;
        MerchantAnswers answers = new MerchantAnswers(mchId, apiKey);
        this.checks = new MerchantChecks(mchId, apiKey, appId, workwxSecret, Map.copyOf(builder.appSecrets), answers);
        this.ledger = new MerchantLedger(mchId, appId, builder.clock, builder.balance, answers);
        HeldCertificate root = new HeldCertificate.Builder()
                .certificateAuthority(1)
                .commonName("FakeMerchant test CA")
                .build();
        this.serverCertificate = new HeldCertificate.Builder()
                .signedBy(root)
                .addSubjectAlternativeName("127.0.0.1")
                .addSubjectAlternativeName("localhost")
                .commonName("api.mch.weixin.qq.com (fake)")
                .build();
        HeldCertificate merchant =
                new HeldCertificate.Builder().signedBy(root).commonName(mchId).build();
        this.merchantCertificate = pkcs12(merchant, root, mchId.toCharArray());
        HandshakeCertificates serverTls = new HandshakeCertificates.Builder()
                .heldCertificate(serverCertificate, root.certificate())
                .addTrustedCertificate(root.certificate())
                .build();
        SSLContext context = serverTls.sslContext();
        try {
            server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("FakeMerchant could not listen on 127.0.0.1", e);
        }
        server.setHttpsConfigurator(new HttpsConfigurator(context) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters parameters = context.getDefaultSSLParameters();
                parameters.setNeedClientAuth(true);
                params.setSSLParameters(parameters);
            }
        });
        executor = Executors.newFixedThreadPool(4, FakeHttpServer.daemonThreads("fake-merchant-"));
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
        baseUrl = "https://127.0.0.1:" + server.getAddress().getPort();
    }

    private static byte[] pkcs12(HeldCertificate held, HeldCertificate root, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("apiclient", held.keyPair().getPrivate(), password, new Certificate[] {
                held.certificate(), root.certificate()
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("FakeMerchant could not make the merchant certificate", e);
        }
    }

    /**
     * Starts a fake with the default merchant, API key, corp id and secret.
     *
     * @return the running fake; close it
     */
    public static FakeMerchant start() {
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
     * Where the fake listens; give it to the merchant client's {@code baseUrl}.
     *
     * @return {@code https://127.0.0.1:<port>}
     */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * The merchant id the fake accepts; also the password of {@link #merchantCertificate()}.
     *
     * @return the merchant id
     */
    public String mchId() {
        return mchId;
    }

    /**
     * The merchant API key the fake checks {@code sign} with.
     *
     * @return the key
     */
    public String apiKey() {
        return apiKey;
    }

    /**
     * The {@code wxappid}/{@code appid} the fake accepts (the corp id).
     *
     * @return the app id
     */
    public String appId() {
        return appId;
    }

    /**
     * The secret the fake checks {@code workwx_sign} with when the request names no app of its own.
     *
     * @return the secret
     */
    public String workwxSecret() {
        return workwxSecret;
    }

    /**
     * The merchant's client certificate as WeChat Pay issues it ({@code apiclient_cert.p12}), password
     * {@link #mchId()}.
     *
     * @return a new stream over the PKCS#12 bytes
     */
    public InputStream merchantCertificate() {
        return new ByteArrayInputStream(merchantCertificate);
    }

    /**
     * The certificate the fake's HTTPS server presents, for the client to trust.
     *
     * @return the server certificate
     */
    public X509Certificate serverCertificate() {
        return serverCertificate.certificate();
    }

    // ---------------------------------------------------------------- state and faults

    /**
     * The payments made, oldest first: one per order number.
     *
     * @return a snapshot
     */
    public List<FakeMerchantPayment> payments() {
        synchronized (lock) {
            return ledger.payments();
        }
    }

    /**
     * How many requests reached a path, whatever their outcome.
     *
     * @param path such as {@code /mmpaymkttransfers/queryworkwxredpack}
     * @return the count
     */
    public int callCount(String path) {
        synchronized (lock) {
            return calls.getOrDefault(path, 0);
        }
    }

    /**
     * Sets the merchant balance in fen; a payment larger than it fails with NOTENOUGH.
     *
     * @param fen the balance
     */
    public void balance(long fen) {
        synchronized (lock) {
            ledger.balance(fen);
        }
    }

    /**
     * Makes the next payment call pay as usual, then wait before answering (as when WeChat Pay's answer
     * is lost to a client read timeout). The wait ends early when the fake is closed.
     *
     * @param delay how long to wait before answering
     */
    public void delayNextPaymentAnswer(Duration delay) {
        synchronized (lock) {
            ledger.delayNextAnswer(delay);
        }
    }

    /** Makes the next payment call pay as usual, then close the connection without an answer. */
    public void dropNextPaymentAnswer() {
        synchronized (lock) {
            ledger.dropNextAnswer();
        }
    }

    /**
     * Makes the next payment call (after the signature checks) answer {@code result_code} FAIL with
     * {@code errCode}; several calls queue up.
     *
     * @param errCode such as {@code SYSTEMERROR}, {@code NOTENOUGH}, {@code NAME_MISMATCH}
     * @param pays    whether the payment is made anyway (as after SYSTEMERROR, which leaves it open)
     */
    public void failNextPayment(String errCode, boolean pays) {
        synchronized (lock) {
            ledger.failNext(errCode, pays);
        }
    }

    // ---------------------------------------------------------------- HTTP

    private void serve(HttpExchange exchange) {
        try {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            MerchantLedger.Answer answer;
            synchronized (lock) {
                calls.merge(path, 1, Integer::sum);
                answer = dispatch(exchange.getRequestMethod(), path, body);
            }
            if (answer.delay() != null) {
                try {
                    Thread.sleep(answer.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (answer.drop()) {
                return;
            }
            byte[] bytes = MerchantXml.write(answer.fields()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            // The client went away; nothing to answer.
        } finally {
            exchange.close();
        }
    }

    /** Routes a request: the checks every call passes, then the payment or the query. */
    private MerchantLedger.Answer dispatch(String method, String path, String body) {
        boolean redPacket = path.equals(SEND_RED_PACKET) || path.equals(QUERY_RED_PACKET);
        if (!"POST".equals(method)) {
            return MerchantLedger.Answer.plain(MerchantAnswers.fail("HTTP_METHOD_ERROR", "请使用post方法"));
        }
        Set<String> allowed = MerchantChecks.allowedFields(path);
        if (allowed == null) {
            return MerchantLedger.Answer.plain(
                    MerchantAnswers.fail("NOT_FOUND", "FakeMerchant does not serve " + path));
        }
        Map<String, String> fields;
        try {
            fields = MerchantXml.parse(body);
        } catch (IllegalArgumentException e) {
            return MerchantLedger.Answer.plain(MerchantAnswers.fail("XML_ERROR", "输入xml参数格式错误"));
        }
        Map<String, String> refusal = checks.requestRefusal(path, fields, allowed, redPacket);
        if (refusal == null && (path.equals(SEND_RED_PACKET) || path.equals(PAY_EMPLOYEE))) {
            refusal = checks.paymentRefusal(kind(path), fields);
        }
        if (refusal != null) {
            return MerchantLedger.Answer.plain(refusal);
        }
        return switch (path) {
            case SEND_RED_PACKET, PAY_EMPLOYEE -> ledger.pay(kind(path), fields);
            case QUERY_RED_PACKET -> MerchantLedger.Answer.plain(ledger.queryRedPacket(fields.get("mch_billno")));
            default -> MerchantLedger.Answer.plain(ledger.queryEmployee(fields.get("partner_trade_no")));
        };
    }

    private static FakeMerchantPayment.Kind kind(String path) {
        return path.equals(SEND_RED_PACKET)
                ? FakeMerchantPayment.Kind.RED_PACKET
                : FakeMerchantPayment.Kind.EMPLOYEE_PAYMENT;
    }

    /** Stops listening and frees the port; a delayed answer is cut off. Closing twice does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    /**
     * A short description without the API key or a secret.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "FakeMerchant[baseUrl=" + baseUrl + ", mchId=" + mchId + ", appId=" + appId + "]";
    }

    /** Configures a {@link FakeMerchant}; {@link #start()} starts it. Not thread-safe. */
    public static final class Builder {
        private String mchId = DEFAULT_MCH_ID;
        private String apiKey = DEFAULT_API_KEY;
        private String appId = FakeWeCom.DEFAULT_CORP_ID;
        private String workwxSecret = FakeWeCom.DEFAULT_SECRET;
        private final Map<Long, String> appSecrets = new HashMap<>();
        private long balance = 100_000_000L;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /**
         * The merchant id (also the certificate password).
         *
         * @param mchId digits
         * @return this builder
         * @throws IllegalArgumentException if not 1 to 32 letters or digits
         */
        public Builder mchId(String mchId) {
            if (mchId == null || !mchId.matches("[0-9A-Za-z]{1,32}")) {
                throw new IllegalArgumentException("mchId must be 1 to 32 letters or digits");
            }
            this.mchId = mchId;
            return this;
        }

        /**
         * The merchant API key {@code sign} is checked with.
         *
         * @param apiKey the key
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = nonBlank(apiKey, "apiKey");
            return this;
        }

        /**
         * The corp id accepted as {@code wxappid}/{@code appid}; {@link FakeWeCom#DEFAULT_CORP_ID} by default.
         *
         * @param appId the corp id
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder appId(String appId) {
            this.appId = nonBlank(appId, "appId");
            return this;
        }

        /**
         * The secret {@code workwx_sign} is checked with when the request's {@code agentid} names no app
         * added with {@link #app(long, String)}; {@link FakeWeCom#DEFAULT_SECRET} by default.
         *
         * @param secret the secret
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder workwxSecret(String secret) {
            this.workwxSecret = nonBlank(secret, "workwxSecret");
            return this;
        }

        /**
         * An app whose {@code agentid} selects the secret {@code workwx_sign} is checked with.
         *
         * @param agentId the app's agent id
         * @param secret  its secret
         * @return this builder
         * @throws IllegalArgumentException if the secret is blank
         */
        public Builder app(long agentId, String secret) {
            appSecrets.put(agentId, nonBlank(secret, "secret"));
            return this;
        }

        /**
         * The starting balance in fen; 1,000,000 CNY by default.
         *
         * @param fen the balance
         * @return this builder
         */
        public Builder balance(long fen) {
            this.balance = fen;
            return this;
        }

        /**
         * The clock payments are dated with.
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
         * @throws UncheckedIOException if no port can be opened
         */
        public FakeMerchant start() {
            return new FakeMerchant(this);
        }

        private static String nonBlank(String value, String name) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be blank");
            }
            return value;
        }
    }
}
