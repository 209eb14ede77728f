package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.payment.internal.Tls;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * WeCom's corporate payments on the WeChat Pay merchant API ({@code https://api.mch.weixin.qq.com}):
 * {@link #redPackets()} (企业红包) and {@link #employeePayments()} (向员工付款). These calls carry no
 * access token: they are XML over mutual TLS with the merchant's PKCS#12 certificate, signed twice
 * ({@code workwx_sign} with the app secret, then {@code sign} with the merchant API key).
 *
 * <pre>{@code
 * MerchantPayments payments = MerchantPayments.builder()
 *     .mchId("1900000109")
 *     .appId(client.corpId())                       // wxappid/appid is the corp id
 *     .apiKey(System.getenv("WXPAY_API_KEY"))
 *     .workwxSecret(System.getenv("WECOM_APP_SECRET"))  // the secret of the app whose agentid is sent
 *     .certificate(Path.of("apiclient_cert.p12"))    // password defaults to the merchant id
 *     .build();
 * RedPacketRequest packet = payments.redPackets().request(openId, 888)
 *     .wishing("新年快乐").actName("新年红包").remark("感谢").agentId(1000002).build();
 * save(packet.mchBillno());                         // known before anything is sent
 * RedPacketResult result = payments.redPackets().send(packet);
 * }</pre>
 *
 * <p>Never twice: the caller's order number ({@code mch_billno}, {@code partner_trade_no}) or the one
 * generated before sending is the payment; a lost or open answer is resolved with the query call and at
 * most one more request with the same number and the same parameters, never a new number. The API key,
 * the app secret and the certificate password never reach a log, a message or {@code toString()}.
 *
 * <p>Immutable and thread-safe. Recipients are openids: {@link OpenIds#convert(String)} turns a userid
 * into one over the qyapi client.
 */
public final class MerchantPayments {

    /** WeChat Pay's merchant API host. */
    public static final String DEFAULT_BASE_URL = "https://api.mch.weixin.qq.com";

    private final MerchantTransport transport;
    private final RedPackets redPackets;
    private final EmployeePayments employeePayments;

    private MerchantPayments(MerchantTransport transport, String serverIp) {
        this.transport = transport;
        this.redPackets = new RedPackets(transport);
        this.employeePayments = new EmployeePayments(transport, serverIp);
    }

    /**
     * Starts configuring the merchant client.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Corporate red packets (企业红包).
     *
     * @return the red-packet calls
     */
    public RedPackets redPackets() {
        return redPackets;
    }

    /**
     * Payments to employees' wallets (向员工付款); closed to new merchants, kept for those who have it.
     *
     * @return the payment calls
     */
    public EmployeePayments employeePayments() {
        return employeePayments;
    }

    /**
     * The merchant id.
     *
     * @return the {@code mch_id}
     */
    public String mchId() {
        return transport.mchId();
    }

    /**
     * A description without secrets: merchant id, app id and base URL.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "MerchantPayments[mchId=" + transport.mchId() + ", appId=" + transport.appId() + ", baseUrl="
                + transport.baseUrl() + "]";
    }

    /** Configures {@link MerchantPayments}. Not thread-safe; {@link #toString()} shows no secret. */
    public static final class Builder {

        private static final Pattern MCH_ID = Pattern.compile("[0-9A-Za-z]{1,32}");

        private String mchId;
        private String appId;
        private String apiKey;
        private String workwxSecret;
        private byte[] certificate;
        private char[] certificatePassword;
        private final List<X509Certificate> trusted = new ArrayList<>();
        private String baseUrl = DEFAULT_BASE_URL;
        private OkHttpClient okHttpClient;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration writeTimeout = Duration.ofSeconds(15);
        private Duration resolveDelay = Duration.ofSeconds(2);
        private Clock clock = Clock.systemUTC();
        private String serverIp;

        private Builder() {}

        /**
         * The merchant id ({@code mch_id}), required.
         *
         * @param mchId the merchant id WeChat Pay assigned
         * @return this builder
         */
        public Builder mchId(String mchId) {
            this.mchId = mchId;
            return this;
        }

        /**
         * The {@code wxappid}/{@code appid}, required: per WeCom's current documentation the corp id
         * ({@code ww...}). Set another value only if WeChat Pay told you to (one older report needed the
         * app id).
         *
         * @param appId the corp id
         * @return this builder
         */
        public Builder appId(String appId) {
            this.appId = appId;
            return this;
        }

        /**
         * Takes the corp id of a qyapi client as {@link #appId(String)}.
         *
         * @param client the client of the same corp
         * @return this builder
         */
        public Builder corpOf(WeComClient client) {
            this.appId = Objects.requireNonNull(client, "client").corpId();
            if (this.okHttpClient == null) {
                this.okHttpClient = client.httpClient();
            }
            return this;
        }

        /**
         * The merchant API key (商户平台 → API安全 → API密钥), required; signs {@code sign}.
         *
         * @param apiKey the key
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /**
         * The secret {@code workwx_sign} is computed with, required: the secret of the self-built app
         * whose {@code agentid} the calls carry; those who used the system app 「企业支付」 may keep its
         * secret. Not the merchant API key.
         *
         * @param secret the app secret
         * @return this builder
         */
        public Builder workwxSecret(String secret) {
            this.workwxSecret = secret;
            return this;
        }

        /**
         * The merchant certificate {@code apiclient_cert.p12}, with the merchant id as its password
         * (WeChat Pay's convention).
         *
         * @param p12 the file
         * @return this builder
         * @throws WeComValidationException if the file cannot be read
         */
        public Builder certificate(Path p12) {
            return certificate(p12, null);
        }

        /**
         * The merchant certificate {@code apiclient_cert.p12} with its password.
         *
         * @param p12      the file
         * @param password the password, or {@code null} for the merchant id
         * @return this builder
         * @throws WeComValidationException if the file cannot be read
         */
        public Builder certificate(Path p12, String password) {
            try {
                return certificate(Files.readAllBytes(Objects.requireNonNull(p12, "p12")), password);
            } catch (IOException e) {
                throw new WeComValidationException("The merchant certificate " + p12 + " cannot be read: "
                        + e.getClass().getSimpleName());
            }
        }

        /**
         * The merchant certificate as a stream (read fully now, not closed), with the merchant id as its
         * password.
         *
         * @param p12 the PKCS#12 bytes
         * @return this builder
         * @throws WeComValidationException if the stream cannot be read
         */
        public Builder certificate(InputStream p12) {
            return certificate(p12, null);
        }

        /**
         * The merchant certificate as a stream (read fully now, not closed) with its password.
         *
         * @param p12      the PKCS#12 bytes
         * @param password the password, or {@code null} for the merchant id
         * @return this builder
         * @throws WeComValidationException if the stream cannot be read
         */
        public Builder certificate(InputStream p12, String password) {
            try {
                return certificate(Objects.requireNonNull(p12, "p12").readAllBytes(), password);
            } catch (IOException e) {
                throw new WeComValidationException("The merchant certificate stream cannot be read: "
                        + e.getClass().getSimpleName());
            }
        }

        private Builder certificate(byte[] bytes, String password) {
            this.certificate = bytes;
            if (certificatePassword != null) {
                Arrays.fill(certificatePassword, '\0');
            }
            this.certificatePassword = password == null ? null : password.toCharArray();
            return this;
        }

        /**
         * Server certificates to trust instead of the JVM's, for a test server or a TLS-inspecting proxy.
         *
         * @param certificates the certificates
         * @return this builder
         */
        public Builder trustedCertificates(X509Certificate... certificates) {
            trusted.addAll(Arrays.asList(certificates));
            return this;
        }

        /**
         * Where calls go; {@value MerchantPayments#DEFAULT_BASE_URL} by default.
         *
         * @param baseUrl an https URL
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * The OkHttp client to derive from (pass the one given to {@code WeComClient.Builder}): the
         * merchant client shares its dispatcher and connection pool and adds the certificate;
         * connections with the certificate are never used for other hosts. Its interceptors are not used:
         * one that retried or rewrote a request could pay twice. By default an SDK-wide client.
         *
         * @param okHttpClient the client
         * @return this builder
         */
        public Builder okHttpClient(OkHttpClient okHttpClient) {
            this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
            return this;
        }

        /**
         * The connect timeout; 5 s by default.
         *
         * @param timeout the timeout
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * The read timeout; 30 s by default. A payment whose answer takes longer is resolved with the
         * query call, never paid twice.
         *
         * @param timeout the timeout
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "readTimeout");
            return this;
        }

        /**
         * The write timeout; 15 s by default.
         *
         * @param timeout the timeout
         * @return this builder
         */
        public Builder writeTimeout(Duration timeout) {
            this.writeTimeout = positive(timeout, "writeTimeout");
            return this;
        }

        /**
         * How long to wait after an open outcome before querying; 2 s by default, zero in tests.
         *
         * @param delay the wait
         * @return this builder
         */
        public Builder resolveDelay(Duration delay) {
            if (delay == null || delay.isNegative()) {
                throw new WeComValidationException("resolveDelay must be zero or positive; got " + delay);
            }
            this.resolveDelay = delay;
            return this;
        }

        /**
         * The clock generated order numbers are dated with (China's date) and the certificate is checked
         * against.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The IP address of this machine, used as {@code spbill_create_ip} by
         * {@link EmployeePayments#request(String, long, String, String)}.
         *
         * @param ip an IPv4 or IPv6 literal
         * @return this builder
         */
        public Builder serverIp(String ip) {
            this.serverIp = ip;
            return this;
        }

        private static Duration positive(Duration timeout, String name) {
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new WeComValidationException(name + " must be positive; got " + timeout);
            }
            return timeout;
        }

        /**
         * Checks the settings, opens the certificate and builds the client.
         *
         * @return the client
         * @throws WeComValidationException if a setting is missing or wrong, or the certificate cannot be
         *                                  opened, has no key or has expired (the password is never shown)
         */
        public MerchantPayments build() {
            if (mchId == null || !MCH_ID.matcher(mchId).matches()) {
                throw new WeComValidationException("mchId must be the merchant id WeChat Pay assigned (1 to 32"
                        + " letters or digits); got " + (mchId == null ? "null" : "'" + mchId + "'"));
            }
            if (appId == null || appId.isBlank()) {
                throw new WeComValidationException("appId is required: the corp id (wxappid/appid)");
            }
            if (apiKey == null || apiKey.isBlank()) {
                throw new WeComValidationException("apiKey is required: the merchant API key (商户平台 API密钥)");
            }
            if (workwxSecret == null || workwxSecret.isBlank()) {
                throw new WeComValidationException("workwxSecret is required: the secret of the app whose agentid"
                        + " the payments carry (or the legacy 企业支付 app secret)");
            }
            if (certificate == null) {
                throw new WeComValidationException("certificate is required: WeChat Pay's merchant API needs the"
                        + " merchant certificate apiclient_cert.p12 (mutual TLS)");
            }
            HttpUrl url = baseUrl == null ? null : HttpUrl.parse(baseUrl);
            if (url == null) {
                throw new WeComValidationException(
                        "baseUrl must be an https URL such as " + DEFAULT_BASE_URL + "; got " + baseUrl);
            }
            if (serverIp != null) {
                io.github.wecomsdk.payment.internal.Limits.ip(serverIp, "serverIp");
            }
            char[] password = certificatePassword != null ? certificatePassword.clone() : mchId.toCharArray();
            KeyManager[] keys;
            try {
                keys = Tls.keyManagers(certificate, password, clock);
            } finally {
                Arrays.fill(password, '\0');
            }
            X509TrustManager trust = Tls.trustManager(trusted);
            SSLContext context = Tls.context(keys, trust);
            OkHttpClient base = okHttpClient != null ? okHttpClient : SharedHttp.CLIENT;
            OkHttpClient.Builder derived = base.newBuilder();
            derived.interceptors().clear();
            derived.networkInterceptors().clear();
            OkHttpClient http = derived.sslSocketFactory(context.getSocketFactory(), trust)
                    .retryOnConnectionFailure(false)
                    .addNetworkInterceptor(MerchantTransport.SEND_MARKER)
                    .followRedirects(false)
                    .connectTimeout(connectTimeout)
                    .readTimeout(readTimeout)
                    .writeTimeout(writeTimeout)
                    .build();
            return new MerchantPayments(
                    new MerchantTransport(http, url, mchId, appId.strip(), apiKey, workwxSecret, clock, resolveDelay),
                    serverIp);
        }

        /**
         * The settings without the API key, the app secret or the certificate password.
         *
         * @return a description
         */
        @Override
        public String toString() {
            return "MerchantPayments.Builder[mchId=" + mchId + ", appId=" + appId + ", baseUrl=" + baseUrl + "]";
        }
    }

    private static final class SharedHttp {
        static final OkHttpClient CLIENT = new OkHttpClient();
    }
}
