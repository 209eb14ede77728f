package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.WeComNetworkException;
import io.github.wecomsdk.core.WeComResponseException;
import io.github.wecomsdk.core.WeComTimeoutException;
import io.github.wecomsdk.payment.internal.Signatures;
import io.github.wecomsdk.payment.internal.XmlBodies;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The merchant API's transport: signs fields, posts XML over mutual TLS, reads and verifies the
 * answer. It never repeats a request by itself; {@link PaymentFlow} decides.
 */
final class MerchantTransport {

    private static final Logger LOG = LoggerFactory.getLogger(MerchantPayments.class);
    private static final MediaType XML = MediaType.get("text/xml; charset=utf-8");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What came back from one request that reached the wire. */
    sealed interface Exchange permits Answer, Lost {}

    /** A readable answer whose signature (where present) verified. */
    record Answer(Map<String, String> fields) implements Exchange {
        String get(String name) {
            String value = fields.get(name);
            return value == null ? "" : value;
        }
    }

    /** The request may have reached WeChat Pay but no trustworthy answer came back. */
    record Lost(String reason, Exception cause) implements Exchange {}

    /**
     * Marks, per request, that a connection (TCP and TLS) was established and the request handed to
     * it; a failure before that point certainly sent nothing.
     */
    static final Interceptor SEND_MARKER = chain -> {
        SendMark mark = chain.request().tag(SendMark.class);
        if (mark != null) {
            mark.connected = true;
        }
        return chain.proceed(chain.request());
    };

    /** Whether {@link #SEND_MARKER} saw the request. */
    static final class SendMark {
        private volatile boolean connected;
    }

    private final OkHttpClient http;
    private final HttpUrl baseUrl;
    private final String mchId;
    private final String appId;
    private final String apiKey;
    private final String workwxSecret;
    private final Clock clock;
    private final Duration resolveDelay;

    MerchantTransport(
            OkHttpClient http,
            HttpUrl baseUrl,
            String mchId,
            String appId,
            String apiKey,
            String workwxSecret,
            Clock clock,
            Duration resolveDelay) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.mchId = mchId;
        this.appId = appId;
        this.apiKey = apiKey;
        this.workwxSecret = workwxSecret;
        this.clock = clock;
        this.resolveDelay = resolveDelay;
    }

    String mchId() {
        return mchId;
    }

    String appId() {
        return appId;
    }

    Clock clock() {
        return clock;
    }

    Duration resolveDelay() {
        return resolveDelay;
    }

    HttpUrl baseUrl() {
        return baseUrl;
    }

    static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    /**
     * Sets a payment's {@code nonce_str} derived from its other fields, so that every attempt of the same
     * payment (a re-send after a query, the same request sent again from another thread or after a
     * restart) carries a byte-identical body: WeChat Pay asks for the original order number with the
     * original parameters, and nothing in the body changes between attempts. The order number is unique,
     * so the nonce is too.
     *
     * @param fields the payment's fields; {@code nonce_str} is set in place
     * @return the same map
     */
    static Map<String, String> withStableNonce(Map<String, String> fields) {
        StringBuilder canonical = new StringBuilder();
        new java.util.TreeMap<>(fields).forEach((name, value) -> {
            if (!"nonce_str".equals(name) && value != null && !value.isEmpty()) {
                canonical.append(name).append('=').append(value).append('\n');
            }
        });
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            fields.put("nonce_str", HexFormat.of().withUpperCase().formatHex(digest, 0, 16));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        return fields;
    }

    /**
     * Adds {@code workwx_sign} over the call's fixed list, then {@code sign} over every field.
     *
     * @param fields       the request's fields
     * @param workwxFields the call's fixed {@code workwx_sign} list, or {@code null} for calls without it
     * @return the signed XML body
     */
    String sign(Map<String, String> fields, java.util.List<String> workwxFields) {
        Map<String, String> signed = new LinkedHashMap<>(fields);
        if (workwxFields != null) {
            signed.put("workwx_sign", Signatures.workwxSign(signed, workwxFields, workwxSecret));
        }
        signed.put("sign", Signatures.paySign(signed, apiKey));
        return XmlBodies.write(signed);
    }

    /**
     * Sends a query: {@code nonce_str}, {@code mch_id}, {@code appid}, the order field, {@code sign}.
     *
     * @param orderField  {@code mch_billno} or {@code partner_trade_no}
     * @param orderNumber the number
     * @return the signed XML body
     */
    String queryBody(String orderField, String orderNumber) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("nonce_str", nonce());
        fields.put(orderField, orderNumber);
        fields.put("mch_id", mchId);
        fields.put("appid", appId);
        return sign(fields, null);
    }

    /**
     * Posts one body once.
     *
     * @param path        the API path
     * @param body        the signed XML
     * @param orderNumber for logs and errors
     * @return the answer, or what left it unknown
     * @throws WeComNetworkException if the request certainly did not reach WeChat Pay (connect, DNS or
     *                               TLS failure)
     */
    Exchange post(String path, String body, String orderNumber) {
        SendMark mark = new SendMark();
        Request request = new Request.Builder()
                .url(baseUrl.newBuilder().addPathSegments(path.substring(1)).build())
                .tag(SendMark.class, mark)
                .post(RequestBody.create(body.getBytes(StandardCharsets.UTF_8), XML))
                .build();
        long started = System.nanoTime();
        String text;
        int status;
        try (Response response = http.newCall(request).execute()) {
            status = response.code();
            ResponseBody responseBody = response.body();
            text = responseBody.string();
        } catch (IOException e) {
            if (!mark.connected || notSent(e)) {
                LOG.debug(
                        "POST {} for order {} not sent: {}",
                        path,
                        orderNumber,
                        e.getClass().getSimpleName());
                String why = "the connection or the TLS handshake failed ("
                        + e.getClass().getSimpleName()
                        + "): check the merchant certificate (apiclient_cert.p12), the trusted server certificates"
                        + " and the network";
                String message = "Could not reach WeChat Pay for " + path + " (order " + orderNumber + "): " + why
                        + "; the request was not sent and nothing was paid";
                throw e instanceof SocketTimeoutException
                        ? new WeComTimeoutException(message, path, false, e)
                        : new WeComNetworkException(message, path, false, e);
            }
            LOG.debug(
                    "POST {} for order {} got no answer after {} ms: {}",
                    path,
                    orderNumber,
                    millis(started),
                    e.getClass().getSimpleName());
            return new Lost(
                    (e instanceof SocketTimeoutException
                                    ? "no answer within the read timeout"
                                    : "the connection failed after the request was sent")
                            + " (" + e.getClass().getSimpleName()
                            + ")",
                    e);
        }
        if (status / 100 != 2) {
            LOG.debug("POST {} for order {} -> HTTP {} in {} ms", path, orderNumber, status, millis(started));
            return new Lost("HTTP " + status + " instead of WeChat Pay's XML", null);
        }
        Map<String, String> fields;
        try {
            fields = XmlBodies.parse(text, path);
        } catch (WeComResponseException e) {
            return new Lost(e.getMessage(), e);
        }
        String sign = fields.get("sign");
        if (sign != null && !sign.isEmpty() && !Signatures.matches(Signatures.paySign(fields, apiKey), sign)) {
            LOG.debug("POST {} for order {}: the answer's sign did not verify", path, orderNumber);
            return new Lost(
                    "the answer's sign did not verify with the merchant API key, so it cannot be trusted", null);
        }
        LOG.debug(
                "POST {} for order {} -> return_code {} result_code {} err_code {} in {} ms",
                path,
                orderNumber,
                fields.get("return_code"),
                fields.get("result_code"),
                fields.get("err_code"),
                millis(started));
        return new Answer(fields);
    }

    private static boolean notSent(IOException e) {
        return e instanceof ConnectException
                || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException
                || e instanceof SSLHandshakeException
                || (e instanceof SSLException && String.valueOf(e.getMessage()).contains("certificate"))
                || (e instanceof SocketTimeoutException
                        && String.valueOf(e.getMessage()).contains("connect"));
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    @Override
    public String toString() {
        return "MerchantTransport[mchId=" + mchId + ", appId=" + appId + ", baseUrl=" + baseUrl + "]";
    }
}
