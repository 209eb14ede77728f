package io.github.wecomsdk.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.payment.internal.Signatures;
import io.github.wecomsdk.payment.internal.XmlBodies;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tries to pay twice against a mutual-TLS MockWebServer: lost answers, lost queries, late arrivals,
 * SYSTEMERROR, codes the SDK does not know, concurrent calls. Every attempt must carry the identical body.
 */
class NeverTwiceTest {

    private static final String MCH_ID = "1900000109";
    private static final String API_KEY = "neverTwiceTestApiKey000000000001";
    private static final String SECRET = "never-twice-app-secret";
    private static final String SEND = "/mmpaymkttransfers/sendworkwxredpack";
    private static final String QUERY = "/mmpaymkttransfers/queryworkwxredpack";
    private static final String PAY = "/mmpaymkttransfers/promotion/paywwsptrans2pocket";
    private static final String PAY_QUERY = "/mmpaymkttransfers/promotion/querywwsptrans2pocket";
    private static final String BILLNO = "1900000109202611301234567890";
    private static final String OPENID = "oxTWIuGaIt6gTKsQRLau2M0yL16E";

    private final HeldCertificate root = new HeldCertificate.Builder()
            .certificateAuthority(0)
            .commonName("root")
            .build();
    private final HeldCertificate serverCert = new HeldCertificate.Builder()
            .signedBy(root)
            .addSubjectAlternativeName("localhost")
            .addSubjectAlternativeName("127.0.0.1")
            .build();
    private final HeldCertificate merchantCert =
            new HeldCertificate.Builder().signedBy(root).commonName(MCH_ID).build();
    private final MockWebServer server = new MockWebServer();
    private MerchantPayments payments;

    @BeforeEach
    void start() throws Exception {
        HandshakeCertificates tls = new HandshakeCertificates.Builder()
                .heldCertificate(serverCert, root.certificate())
                .addTrustedCertificate(root.certificate())
                .build();
        server.useHttps(tls.sslSocketFactory());
        server.requireClientAuth();
        server.start();
        payments = MerchantPayments.builder()
                .mchId(MCH_ID)
                .appId("wwcorp")
                .apiKey(API_KEY)
                .workwxSecret(SECRET)
                .certificate(new ByteArrayInputStream(TestCertificates.pkcs12(merchantCert, root, MCH_ID)))
                .trustedCertificates(root.certificate())
                .baseUrl(server.url("/").toString())
                .serverIp("10.2.3.10")
                .readTimeout(Duration.ofSeconds(10))
                .resolveDelay(Duration.ZERO)
                .build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static RedPacketRequest packet() {
        return RedPacketRequest.builder(BILLNO, OPENID, 888)
                .wishing("新年快乐")
                .actName("新年红包")
                .remark("感谢")
                .agentId(1000002)
                .build();
    }

    private static MockResponse xml(Map<String, String> fields) {
        Map<String, String> signed = new LinkedHashMap<>(fields);
        signed.put("sign", Signatures.paySign(signed, API_KEY));
        return new MockResponse.Builder()
                .code(200)
                .body(XmlBodies.write(signed))
                .build();
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("return_code", "SUCCESS");
        map.put("return_msg", "ok");
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static MockResponse sent() {
        return xml(fields(
                "result_code",
                "SUCCESS",
                "mch_billno",
                BILLNO,
                "mch_id",
                MCH_ID,
                "wxappid",
                "wwcorp",
                "re_openid",
                OPENID,
                "total_amount",
                "888",
                "send_listid",
                "235785324578098"));
    }

    private static MockResponse failed(String errCode) {
        return xml(fields("result_code", "FAIL", "err_code", errCode, "err_code_des", "说明"));
    }

    private static MockResponse lost() {
        return new MockResponse.Builder()
                .onResponseStart(new SocketEffect.CloseSocket())
                .build();
    }

    /** Every request is answered {@link #sent()}, but only once the returned latch is counted down. */
    private CountDownLatch answerSentOnlyAfter() {
        CountDownLatch release = new CountDownLatch(1);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                release.await(30, TimeUnit.SECONDS);
                return sent();
            }
        });
        return release;
    }

    private RecordedRequest take(String path) throws InterruptedException {
        RecordedRequest request = server.takeRequest();
        assertEquals("POST", request.getMethod());
        assertEquals(path, request.getUrl().encodedPath());
        assertEquals(0, request.getUrl().querySize());
        return request;
    }

    @Test
    void sendsExactlyTheDocumentedRedPacketFieldsInOrderWithBothSignatures() throws Exception {
        server.enqueue(sent());

        payments.redPackets().send(packet());

        Map<String, String> body = XmlBodies.parse(take(SEND).getBody().utf8(), SEND);
        assertEquals(
                List.of(
                        "nonce_str",
                        "mch_billno",
                        "mch_id",
                        "wxappid",
                        "agentid",
                        "re_openid",
                        "total_amount",
                        "wishing",
                        "act_name",
                        "remark",
                        "workwx_sign",
                        "sign"),
                List.copyOf(body.keySet()));
        assertEquals(BILLNO, body.get("mch_billno"));
        assertEquals("wwcorp", body.get("wxappid"));
        assertEquals("1000002", body.get("agentid"));
        assertEquals("888", body.get("total_amount"));
        assertEquals("新年快乐", body.get("wishing"));
        assertTrue(body.get("nonce_str").matches("[0-9A-F]{32}"), body.get("nonce_str"));
        assertEquals(Signatures.workwxSign(body, Signatures.RED_PACKET_WORKWX_FIELDS, SECRET), body.get("workwx_sign"));
        assertEquals(Signatures.paySign(body, API_KEY), body.get("sign"));
    }

    @Test
    void sendsExactlyTheDocumentedEmployeePaymentFieldsInOrder() throws Exception {
        server.enqueue(xml(fields(
                "result_code",
                "SUCCESS",
                "partner_trade_no",
                "T1",
                "payment_no",
                "P1",
                "payment_time",
                "2017-07-20 22:05:59")));
        EmployeePaymentRequest request = payments.employeePayments()
                .request("ohO4Gt7wVPxIT1A9GjFaMYMiZY1s", 100, "六月出差报销费用", "示例项目")
                .forceNameCheck("张三")
                .build();

        payments.employeePayments().send(request);

        Map<String, String> body = XmlBodies.parse(take(PAY).getBody().utf8(), PAY);
        assertEquals(
                List.of(
                        "appid",
                        "mch_id",
                        "nonce_str",
                        "partner_trade_no",
                        "openid",
                        "check_name",
                        "re_user_name",
                        "amount",
                        "desc",
                        "spbill_create_ip",
                        "ww_msg_type",
                        "act_name",
                        "workwx_sign",
                        "sign"),
                List.copyOf(body.keySet()));
        assertEquals("FORCE_CHECK", body.get("check_name"));
        assertEquals("张三", body.get("re_user_name"));
        assertEquals("100", body.get("amount"));
        assertEquals("10.2.3.10", body.get("spbill_create_ip"));
        assertEquals("NORMAL_MSG", body.get("ww_msg_type"));
        assertEquals(request.partnerTradeNo(), body.get("partner_trade_no"));
        assertEquals(
                Signatures.workwxSign(body, Signatures.EMPLOYEE_PAYMENT_WORKWX_FIELDS, SECRET),
                body.get("workwx_sign"));
        assertEquals(Signatures.paySign(body, API_KEY), body.get("sign"));
    }

    @Test
    void aLostAnswerWhoseQueryIsLostTooIsUnknownAndNeverResent() throws Exception {
        server.enqueue(lost());
        server.enqueue(lost());
        server.enqueue(sent());

        PaymentOutcomeUnknownException e = assertThrows(
                PaymentOutcomeUnknownException.class,
                () -> payments.redPackets().send(packet()));

        assertTrue(e.mayHavePaid());
        assertEquals(BILLNO, e.orderNumber());
        take(SEND);
        take(QUERY);
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aLateFirstRequestAfterNotFoundIsResentByteForByteWithTheSameNumber() throws Exception {
        server.enqueue(lost());
        server.enqueue(failed("NOT_FOUND"));
        server.enqueue(sent());
        server.enqueue(sent());
        RedPacketRequest request = packet();

        RedPacketResult result = payments.redPackets().send(request);
        RedPacketResult again = payments.redPackets().send(request);

        assertEquals(PaymentOutcome.RESENT_SAME_ORDER, result.outcome());
        assertEquals(PaymentOutcome.PAID_FIRST_TRY, again.outcome());
        String first = take(SEND).getBody().utf8();
        take(QUERY);
        assertEquals(first, take(SEND).getBody().utf8(), "the re-send changes no parameter, not even nonce_str");
        assertEquals(first, take(SEND).getBody().utf8(), "sending the same request later is byte-identical too");
    }

    @Test
    void systemErrorIsQueriedThenResentIdentically() throws Exception {
        server.enqueue(failed("SYSTEMERROR"));
        server.enqueue(failed("NOT_FOUND"));
        server.enqueue(sent());

        RedPacketResult result = payments.redPackets().send(packet());

        assertEquals(PaymentOutcome.RESENT_SAME_ORDER, result.outcome());
        String first = take(SEND).getBody().utf8();
        assertEquals(
                BILLNO, XmlBodies.parse(take(QUERY).getBody().utf8(), QUERY).get("mch_billno"));
        assertEquals(first, take(SEND).getBody().utf8());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void anErrorCodeTheSdkDoesNotKnowIsQueriedNeverTakenAsRefusal() throws Exception {
        server.enqueue(failed("SOME_NEW_CODE"));
        server.enqueue(xml(fields(
                "result_code",
                "SUCCESS",
                "mch_billno",
                BILLNO,
                "detail_id",
                "43235678654322356",
                "status",
                "SENDING",
                "total_amount",
                "888")));

        PaymentOutcomeUnknownException e = assertThrows(
                PaymentOutcomeUnknownException.class,
                () -> payments.redPackets().send(packet()));

        assertTrue(e.mayHavePaid());
        assertTrue(e.getMessage().contains("SOME_NEW_CODE"), e.getMessage());
        take(SEND);
        take(QUERY);
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void anEmployeePaymentFailWithSettledCodeIsStillConfirmedByQuery() throws Exception {
        server.enqueue(failed("NOTENOUGH"));
        server.enqueue(xml(fields(
                "result_code",
                "SUCCESS",
                "partner_trade_no",
                "T1",
                "status",
                "SUCCESS",
                "payment_amount",
                "100",
                "detail_id",
                "D1")));
        EmployeePaymentRequest request = payments.employeePayments()
                .request("ohO4Gt7wVPxIT1A9GjFaMYMiZY1s", 100, "d", "a")
                .build();

        EmployeePaymentResult result = payments.employeePayments().send(request);

        assertEquals(PaymentOutcome.CONFIRMED_BY_QUERY, result.outcome());
        take(PAY);
        take(PAY_QUERY);
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aRefusedRepeatAfterNotFoundStaysUnknown() throws Exception {
        server.enqueue(lost());
        server.enqueue(failed("NOT_FOUND"));
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body(XmlBodies.write(Map.of("return_code", "FAIL", "return_msg", "系统繁忙")))
                .build());

        PaymentOutcomeUnknownException e = assertThrows(
                PaymentOutcomeUnknownException.class,
                () -> payments.redPackets().send(packet()));

        assertTrue(e.mayHavePaid());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void aSecondThreadSendingTheSameRequestWaitsForTheFirstAndSendsNothing() throws Exception {
        CountDownLatch release = answerSentOnlyAfter();
        RedPacketRequest request = packet();
        CompletableFuture<RedPacketResult> first =
                CompletableFuture.supplyAsync(() -> payments.redPackets().send(request));
        take(SEND);
        Thread[] second = new Thread[1];
        CompletableFuture<RedPacketResult> joined = new CompletableFuture<>();
        second[0] = new Thread(() -> {
            try {
                joined.complete(payments.redPackets().send(request));
            } catch (RuntimeException e) {
                joined.completeExceptionally(e);
            }
        });
        second[0].start();
        while (second[0].getState() != Thread.State.WAITING && !joined.isDone()) {
            Thread.onSpinWait();
        }
        release.countDown();

        assertSame(first.get(30, TimeUnit.SECONDS), joined.get(30, TimeUnit.SECONDS));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void theSameNumberWithOtherParametersIsRefusedWhileItIsBeingPaid() throws Exception {
        CountDownLatch release = answerSentOnlyAfter();
        CompletableFuture<RedPacketResult> first =
                CompletableFuture.supplyAsync(() -> payments.redPackets().send(packet()));
        take(SEND);
        RedPacketRequest other = RedPacketRequest.builder(BILLNO, OPENID, 999)
                .wishing("w")
                .actName("a")
                .remark("r")
                .agentId(1000002)
                .build();

        WeComValidationException e = assertThrows(
                WeComValidationException.class, () -> payments.redPackets().send(other));
        release.countDown();

        assertTrue(e.getMessage().contains(BILLNO), e.getMessage());
        assertEquals(
                PaymentOutcome.PAID_FIRST_TRY, first.get(30, TimeUnit.SECONDS).outcome());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void interceptorsOfTheGivenClientNeverSeePaymentRequests() throws IOException {
        okhttp3.OkHttpClient retrying = new okhttp3.OkHttpClient.Builder()
                .addInterceptor(chain -> {
                    chain.proceed(chain.request()).close();
                    return chain.proceed(chain.request());
                })
                .build();
        server.enqueue(sent());
        server.enqueue(sent());
        MerchantPayments derived;
        try {
            derived = MerchantPayments.builder()
                    .mchId(MCH_ID)
                    .appId("wwcorp")
                    .apiKey(API_KEY)
                    .workwxSecret(SECRET)
                    .certificate(new ByteArrayInputStream(TestCertificates.pkcs12(merchantCert, root, MCH_ID)))
                    .trustedCertificates(root.certificate())
                    .baseUrl(server.url("/").toString())
                    .okHttpClient(retrying)
                    .resolveDelay(Duration.ZERO)
                    .build();
        } catch (Exception e) {
            throw new IOException(e);
        }

        derived.redPackets().send(packet());

        assertEquals(1, server.getRequestCount());
    }
}
