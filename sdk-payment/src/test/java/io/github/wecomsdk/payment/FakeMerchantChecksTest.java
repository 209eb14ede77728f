package io.github.wecomsdk.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.payment.internal.Signatures;
import io.github.wecomsdk.payment.internal.Tls;
import io.github.wecomsdk.payment.internal.XmlBodies;
import io.github.wecomsdk.testkit.FakeMerchant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.net.ssl.X509TrustManager;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake merchant applies WeChat Pay's checks to payments and queries alike. */
class FakeMerchantChecksTest {

    private static final String SEND = "/mmpaymkttransfers/sendworkwxredpack";
    private static final String QUERY = "/mmpaymkttransfers/queryworkwxredpack";

    private final FakeMerchant merchant = FakeMerchant.start();

    @AfterEach
    void close() {
        merchant.close();
    }

    private Map<String, String> post(String path, Map<String, String> fields) throws Exception {
        X509TrustManager trust = Tls.trustManager(List.of(merchant.serverCertificate()));
        OkHttpClient client = new OkHttpClient.Builder()
                .sslSocketFactory(
                        Tls.context(
                                        Tls.keyManagers(
                                                merchant.merchantCertificate().readAllBytes(),
                                                merchant.mchId().toCharArray(),
                                                Clock.systemUTC()),
                                        trust)
                                .getSocketFactory(),
                        trust)
                .build();
        Request request = new Request.Builder()
                .url(merchant.baseUrl() + path)
                .post(RequestBody.create(XmlBodies.write(fields), MediaType.get("text/xml")))
                .build();
        try (Response response = client.newCall(request).execute()) {
            return XmlBodies.parse(response.body().string(), path);
        }
    }

    private Map<String, String> packet() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("nonce_str", "N1");
        f.put("mch_billno", "19000001092026113000000001");
        f.put("mch_id", merchant.mchId());
        f.put("wxappid", merchant.appId());
        f.put("agentid", "1000002");
        f.put("re_openid", "oxTWIuGaIt6gTKsQRLau2M0yL16E");
        f.put("total_amount", "888");
        f.put("wishing", "w");
        f.put("act_name", "a");
        f.put("remark", "r");
        return f;
    }

    private Map<String, String> signed(Map<String, String> fields, boolean workwx) {
        Map<String, String> f = new LinkedHashMap<>(fields);
        if (workwx) {
            f.put(
                    "workwx_sign",
                    Signatures.workwxSign(f, Signatures.RED_PACKET_WORKWX_FIELDS, merchant.workwxSecret()));
        }
        f.put("sign", Signatures.paySign(f, merchant.apiKey()));
        return f;
    }

    @Test
    void refusesSignTypeUndocumentedFieldsAndBadSignatures() throws Exception {
        Map<String, String> withSignType = packet();
        withSignType.put("sign_type", "MD5");
        assertEquals("SIGN_ERROR", post(SEND, signed(withSignType, true)).get("err_code"));

        Map<String, String> extra = packet();
        extra.put("spbill_create_ip", "1.2.3.4");
        assertEquals("PARAM_ERROR", post(SEND, signed(extra, true)).get("err_code"));

        Map<String, String> badSign = signed(packet(), true);
        badSign.put("sign", "00000000000000000000000000000000");
        assertEquals("FAIL", post(SEND, badSign).get("return_code"));

        Map<String, String> allFieldsWorkwx = packet();
        allFieldsWorkwx.put("workwx_sign", Signatures.paySign(allFieldsWorkwx, merchant.workwxSecret()));
        assertEquals("SIGN_ERROR", post(SEND, signed(allFieldsWorkwx, false)).get("err_code"));

        assertTrue(merchant.payments().isEmpty());
    }

    @Test
    void queriesNeedTheSameSignAndNoWorkwxSign() throws Exception {
        assertEquals("SUCCESS", post(SEND, signed(packet(), true)).get("result_code"));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("nonce_str", "N2");
        query.put("mch_billno", "19000001092026113000000001");
        query.put("mch_id", merchant.mchId());
        query.put("appid", merchant.appId());

        Map<String, String> answer = post(QUERY, signed(query, false));
        assertEquals("SENT", answer.get("status"));
        assertEquals(Signatures.paySign(answer, merchant.apiKey()), answer.get("sign"));

        Map<String, String> badSign = signed(query, false);
        badSign.put("sign", "00000000000000000000000000000000");
        assertEquals("FAIL", post(QUERY, badSign).get("return_code"));
        Map<String, String> withWorkwx = new LinkedHashMap<>(query);
        withWorkwx.put("workwx_sign", "X");
        assertEquals("PARAM_ERROR", post(QUERY, signed(withWorkwx, false)).get("err_code"));
    }

    @Test
    void concurrentSendsOfOneRequestPayOnce() throws Exception {
        RedPackets redPackets = Fakes.payments(merchant).redPackets();
        RedPacketRequest request = redPackets
                .request("oxTWIuGaIt6gTKsQRLau2M0yL16E", 888)
                .wishing("w")
                .actName("a")
                .remark("r")
                .agentId(1000002)
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<RedPacketResult>> sends = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sends.add(() -> redPackets.send(request));
            }
            for (Future<RedPacketResult> result : pool.invokeAll(sends)) {
                assertEquals(request.mchBillno(), result.get().mchBillno());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, merchant.payments().size());
        int sends = merchant.callCount(SEND);
        assertTrue(sends >= 1 && sends <= 8, "concurrent sends join the running one; later ones repeat it: " + sends);
    }

    @Test
    void aQueryWithTheWrongKeyIsRefused() {
        RedPackets wrongKey = Fakes.builder(merchant)
                .apiKey("wrongApiKey000000000000000000000")
                .build()
                .redPackets();
        assertThrows(PaymentCommunicationException.class, () -> wrongKey.get("19000001092026113000000001"));
    }
}
