package io.github.wecomsdk.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.github.wecomsdk.core.callback.CallbackException;
import io.github.wecomsdk.core.callback.XmlElement;
import io.github.wecomsdk.core.callback.internal.SafeXmlParser;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
 *     ...
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

    private static final List<String> RED_PACKET_WORKWX = List.of("act_name", "mch_billno", "mch_id", "nonce_str",
            "re_openid", "total_amount", "wxappid");
    private static final List<String> EMPLOYEE_WORKWX = List.of("amount", "appid", "desc", "mch_id", "nonce_str",
            "openid", "partner_trade_no", "ww_msg_type");
    private static final Set<String> RED_PACKET_FIELDS = Set.of("nonce_str", "sign", "mch_billno", "mch_id",
            "wxappid", "sender_name", "agentid", "sender_header_media_id", "re_openid", "total_amount", "wishing",
            "act_name", "remark", "scene_id", "workwx_sign");
    private static final Set<String> EMPLOYEE_FIELDS = Set.of("appid", "mch_id", "device_info", "nonce_str", "sign",
            "partner_trade_no", "openid", "check_name", "re_user_name", "amount", "desc", "spbill_create_ip",
            "workwx_sign", "ww_msg_type", "approval_number", "approval_type", "act_name", "agentid");
    private static final Set<String> RED_PACKET_QUERY_FIELDS = Set.of("nonce_str", "sign", "mch_billno", "mch_id",
            "appid");
    private static final Set<String> EMPLOYEE_QUERY_FIELDS = Set.of("nonce_str", "sign", "partner_trade_no",
            "mch_id", "appid");
    private static final Set<String> NOT_BUSINESS = Set.of("nonce_str", "sign", "workwx_sign");

    private record Fault(String errCode, boolean pays) {
    }

    private record Answer(Map<String, String> fields, Duration delay, boolean drop) {
    }

    private final Object lock = new Object();
    private final String mchId;
    private final String apiKey;
    private final String appId;
    private final String workwxSecret;
    private final Map<Long, String> appSecrets;
    private final Clock clock;
    private final HeldCertificate serverCertificate;
    private final byte[] merchantCertificate;
    private final Map<String, FakeMerchantPayment> paid = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> firstAnswers = new HashMap<>();
    private final Map<String, Integer> calls = new HashMap<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private Duration nextDelay;
    private boolean dropNext;
    private long balance;
    private final HttpsServer server;
    private final ExecutorService executor;
    private final String baseUrl;
    private final AtomicBoolean closed = new AtomicBoolean();

    private FakeMerchant(Builder builder) {
        this.mchId = builder.mchId;
        this.apiKey = builder.apiKey;
        this.appId = builder.appId;
        this.workwxSecret = builder.workwxSecret;
        this.appSecrets = Map.copyOf(builder.appSecrets);
        this.clock = builder.clock;
        this.balance = builder.balance;
        HeldCertificate root = new HeldCertificate.Builder().certificateAuthority(1)
                .commonName("FakeMerchant test CA").build();
        this.serverCertificate = new HeldCertificate.Builder().signedBy(root)
                .addSubjectAlternativeName("127.0.0.1").addSubjectAlternativeName("localhost")
                .commonName("api.mch.weixin.qq.com (fake)").build();
        HeldCertificate merchant = new HeldCertificate.Builder().signedBy(root).commonName(mchId).build();
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
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "fake-merchant-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
        baseUrl = "https://127.0.0.1:" + server.getAddress().getPort();
    }

    private static byte[] pkcs12(HeldCertificate held, HeldCertificate root, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("apiclient", held.keyPair().getPrivate(), password,
                    new Certificate[] {held.certificate(), root.certificate()});
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
            return List.copyOf(paid.values());
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
            this.balance = fen;
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
            this.nextDelay = delay;
        }
    }

    /** Makes the next payment call pay as usual, then close the connection without an answer. */
    public void dropNextPaymentAnswer() {
        synchronized (lock) {
            this.dropNext = true;
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
            faults.add(new Fault(errCode, pays));
        }
    }

    // ---------------------------------------------------------------- HTTP

    private void serve(HttpExchange exchange) {
        try {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Answer answer;
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
            byte[] bytes = write(answer.fields()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            // The client went away; nothing to answer.
        } finally {
            exchange.close();
        }
    }

    private Answer dispatch(String method, String path, String body) {
        boolean redPacket = path.equals(SEND_RED_PACKET) || path.equals(QUERY_RED_PACKET);
        if (!"POST".equals(method)) {
            return plain(fail("HTTP_METHOD_ERROR", "请使用post方法"));
        }
        Set<String> allowed = switch (path) {
            case SEND_RED_PACKET -> RED_PACKET_FIELDS;
            case PAY_EMPLOYEE -> EMPLOYEE_FIELDS;
            case QUERY_RED_PACKET -> RED_PACKET_QUERY_FIELDS;
            case QUERY_EMPLOYEE -> EMPLOYEE_QUERY_FIELDS;
            default -> null;
        };
        if (allowed == null) {
            return plain(fail("NOT_FOUND", "FakeMerchant does not serve " + path));
        }
        Map<String, String> fields;
        try {
            fields = parse(body);
        } catch (IllegalArgumentException e) {
            return plain(fail("XML_ERROR", "输入xml参数格式错误"));
        }
        if (fields.containsKey("sign_type")) {
            return plain(fail("SIGN_ERROR", "签名错误: sign_type is not a field of this API"));
        }
        for (String name : fields.keySet()) {
            if (!allowed.contains(name)) {
                return plain(businessFail("PARAM_ERROR", "undocumented field " + name, redPacket));
            }
        }
        String sign = fields.get("sign");
        if (sign == null || !sign.equals(FakeMerchantSignatures.sign(fields, apiKey))) {
            return plain(fail("SIGN_ERROR", "签名错误"));
        }
        String appField = path.equals(SEND_RED_PACKET) ? "wxappid" : "appid";
        if (!mchId.equals(fields.get("mch_id"))) {
            return plain(businessFail("NO_COMPETENCE", "商户号错误", redPacket));
        }
        if (!appId.equals(fields.get(appField))) {
            return plain(businessFail("ILLEGAL_APPID", appField + " is not this merchant's corp", redPacket));
        }
        return switch (path) {
            case SEND_RED_PACKET -> pay(FakeMerchantPayment.Kind.RED_PACKET, fields);
            case PAY_EMPLOYEE -> pay(FakeMerchantPayment.Kind.EMPLOYEE_PAYMENT, fields);
            case QUERY_RED_PACKET -> plain(queryRedPacket(fields.get("mch_billno")));
            default -> plain(queryEmployee(fields.get("partner_trade_no")));
        };
    }

    private Answer pay(FakeMerchantPayment.Kind kind, Map<String, String> fields) {
        boolean redPacket = kind == FakeMerchantPayment.Kind.RED_PACKET;
        String secret = workwxSecret;
        String agentId = fields.get("agentid");
        if (agentId != null) {
            try {
                secret = appSecrets.getOrDefault(Long.parseLong(agentId), workwxSecret);
            } catch (NumberFormatException e) {
                return plain(businessFail("PARAM_ERROR", "agentid is not a number", redPacket));
            }
        }
        String expected = FakeMerchantSignatures.workwxSign(fields, redPacket ? RED_PACKET_WORKWX : EMPLOYEE_WORKWX,
                secret);
        if (!expected.equals(fields.get("workwx_sign"))) {
            return plain(businessFail(redPacket ? "SIGN_ERROR" : "WORKWX_SIGN_ERROR", "企业微信签名失败", redPacket));
        }
        String problem = redPacket ? checkRedPacket(fields) : checkEmployeePayment(fields);
        if (problem != null) {
            return plain(businessFail("PARAM_ERROR", problem, redPacket));
        }
        String orderField = redPacket ? "mch_billno" : "partner_trade_no";
        String orderNumber = fields.get(orderField);
        Map<String, String> business = new LinkedHashMap<>(fields);
        business.keySet().removeAll(NOT_BUSINESS);
        FakeMerchantPayment existing = paid.get(orderNumber);
        if (existing != null) {
            if (!existing.fields().equals(business)) {
                return plain(businessFail("FATAL_ERROR", "两次请求参数不一致", redPacket));
            }
            return plain(firstAnswers.get(orderNumber));
        }
        Fault fault = faults.poll();
        long amount = Long.parseLong(fields.get(redPacket ? "total_amount" : "amount"));
        if (fault == null && amount > balance) {
            return plain(businessFail("NOTENOUGH", "余额不足", redPacket));
        }
        boolean pays = fault == null || fault.pays();
        Map<String, String> success = null;
        if (pays) {
            String wechatNo = "10000" + mchId + String.format("%010d", sequence.incrementAndGet());
            balance -= amount;
            paid.put(orderNumber, new FakeMerchantPayment(kind, orderNumber,
                    fields.get(redPacket ? "re_openid" : "openid"), amount, wechatNo, clock.instant(), business));
            success = redPacket ? redPacketAnswer(fields, wechatNo) : employeeAnswer(fields, wechatNo);
            firstAnswers.put(orderNumber, success);
        }
        Map<String, String> answer = fault != null
                ? businessFail(fault.errCode(), "injected by FakeMerchant.failNextPayment", redPacket) : success;
        Duration delay = nextDelay;
        boolean drop = dropNext;
        nextDelay = null;
        dropNext = false;
        return new Answer(answer, delay, drop);
    }

    private static String checkRedPacket(Map<String, String> f) {
        for (String name : List.of("nonce_str", "mch_billno", "re_openid", "total_amount", "wishing", "act_name",
                "remark")) {
            if (f.get(name) == null || f.get(name).isEmpty()) {
                return name + " is required";
            }
        }
        if (!f.get("mch_billno").matches("[0-9A-Za-z]{1,28}")) {
            return "mch_billno must be 1 to 28 letters or digits";
        }
        if ((f.get("sender_name") == null) == (f.get("agentid") == null)) {
            return "exactly one of sender_name and agentid";
        }
        long amount = number(f.get("total_amount"));
        if (amount <= 0) {
            return "total_amount must be positive fen";
        }
        if ((amount < 100 || amount > 20_000) && f.get("scene_id") == null) {
            return "scene_id is required under 1 CNY or over 200 CNY";
        }
        return null;
    }

    private static String checkEmployeePayment(Map<String, String> f) {
        for (String name : List.of("nonce_str", "partner_trade_no", "openid", "check_name", "amount", "desc",
                "spbill_create_ip", "ww_msg_type", "act_name")) {
            if (f.get(name) == null || f.get(name).isEmpty()) {
                return name + " is required";
            }
        }
        if (!f.get("partner_trade_no").matches("[0-9A-Za-z]{1,32}")) {
            return "partner_trade_no must be 1 to 32 letters or digits";
        }
        if (number(f.get("amount")) < 100) {
            return "amount must be at least 100 fen";
        }
        if ("FORCE_CHECK".equals(f.get("check_name")) && f.get("re_user_name") == null) {
            return "re_user_name is required with FORCE_CHECK";
        }
        return null;
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Map<String, String> redPacketAnswer(Map<String, String> f, String wechatNo) {
        Map<String, String> a = success();
        a.put("mch_billno", f.get("mch_billno"));
        a.put("mch_id", mchId);
        a.put("wxappid", appId);
        a.put("re_openid", f.get("re_openid"));
        a.put("total_amount", f.get("total_amount"));
        a.put("send_listid", wechatNo);
        a.put("sender_name", f.getOrDefault("sender_name", ""));
        a.put("sender_header_media_id", f.getOrDefault("sender_header_media_id", ""));
        return signed(a);
    }

    private Map<String, String> employeeAnswer(Map<String, String> f, String wechatNo) {
        Map<String, String> a = success();
        a.put("appid", appId);
        a.put("mch_id", mchId);
        a.put("nonce_str", "fake" + sequence.incrementAndGet());
        a.put("partner_trade_no", f.get("partner_trade_no"));
        a.put("payment_no", wechatNo);
        a.put("payment_time", clock.instant().toString());
        return a;
    }

    private Map<String, String> queryRedPacket(String mchBillno) {
        FakeMerchantPayment payment = paid.get(mchBillno);
        if (payment == null) {
            return businessFail("NOT_FOUND", "指定单号数据不存在", true);
        }
        Map<String, String> a = success();
        a.put("mch_billno", mchBillno);
        a.put("mch_id", mchId);
        a.put("detail_id", payment.wechatNo());
        a.put("status", "SENT");
        a.put("send_type", "API");
        a.put("total_amount", Long.toString(payment.amount()));
        a.put("send_time", payment.paidAt().toString());
        a.put("wishing", payment.fields().get("wishing"));
        a.put("remark", payment.fields().get("remark"));
        a.put("act_name", payment.fields().get("act_name"));
        a.put("openid", payment.openid());
        a.put("amount", Long.toString(payment.amount()));
        a.put("sender_name", payment.fields().getOrDefault("sender_name", ""));
        return signed(a);
    }

    private Map<String, String> queryEmployee(String tradeNo) {
        FakeMerchantPayment payment = paid.get(tradeNo);
        if (payment == null) {
            return businessFail("NOT_FOUND", "指定单号数据不存在", false);
        }
        Map<String, String> a = success();
        a.put("mch_id", mchId);
        a.put("appid", appId);
        a.put("detail_id", payment.wechatNo());
        a.put("partner_trade_no", tradeNo);
        a.put("status", "SUCCESS");
        a.put("payment_amount", Long.toString(payment.amount()));
        a.put("openid", payment.openid());
        a.put("transfer_time", payment.paidAt().toString());
        a.put("desc", payment.fields().get("desc"));
        return a;
    }

    private static Map<String, String> success() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("return_code", "SUCCESS");
        a.put("return_msg", "ok");
        a.put("result_code", "SUCCESS");
        return a;
    }

    private static Map<String, String> fail(String errCode, String message) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("return_code", "FAIL");
        a.put("return_msg", message);
        a.put("result_code", "FAIL");
        a.put("err_code", errCode);
        a.put("err_code_des", message);
        return a;
    }

    private Map<String, String> businessFail(String errCode, String message, boolean signed) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("return_code", "SUCCESS");
        a.put("return_msg", "ok");
        a.put("result_code", "FAIL");
        a.put("err_code", errCode);
        a.put("err_code_des", message);
        a.put("mch_id", mchId);
        return signed ? signed(a) : a;
    }

    private Map<String, String> signed(Map<String, String> answer) {
        answer.put("sign", FakeMerchantSignatures.sign(answer, apiKey));
        return answer;
    }

    private static Answer plain(Map<String, String> fields) {
        return new Answer(fields, null, false);
    }

    private static Map<String, String> parse(String body) {
        XmlElement root;
        try {
            root = SafeXmlParser.parse(body);
        } catch (CallbackException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (!"xml".equals(root.name())) {
            throw new IllegalArgumentException("root is not <xml>");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (XmlElement child : root.children()) {
            if (child.hasChildren() || fields.containsKey(child.name())) {
                throw new IllegalArgumentException("nested or repeated element " + child.name());
            }
            fields.put(child.name(), child.text());
        }
        return fields;
    }

    private static String write(Map<String, String> fields) {
        StringBuilder xml = new StringBuilder("<xml>");
        fields.forEach((name, value) -> xml.append('<').append(name).append("><![CDATA[")
                .append(value.replace("]]>", "]]]]><![CDATA[>")).append("]]></").append(name).append('>'));
        return xml.append("</xml>").toString();
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

        private Builder() {
        }

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
