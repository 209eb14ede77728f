package io.github.wecomsdk.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.core.WeComNetworkException;
import io.github.wecomsdk.payment.internal.Signatures;
import io.github.wecomsdk.payment.internal.XmlBodies;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class MutualTlsTest {

    private static final String MCH_ID = "1900000109";
    private static final String API_KEY = "mutualTlsTestApiKey0000000000001";
    private static final String SECRET = "mutual-tls-app-secret";

    private final HeldCertificate serverRoot = new HeldCertificate.Builder()
            .certificateAuthority(0)
            .commonName("server root")
            .build();
    private final HeldCertificate serverCert = new HeldCertificate.Builder()
            .signedBy(serverRoot)
            .addSubjectAlternativeName("localhost")
            .addSubjectAlternativeName("127.0.0.1")
            .build();
    private final HeldCertificate merchantRoot = new HeldCertificate.Builder()
            .certificateAuthority(0)
            .commonName("merchant root")
            .build();
    private final HeldCertificate merchantCert = new HeldCertificate.Builder()
            .signedBy(merchantRoot)
            .commonName(MCH_ID)
            .build();
    private MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        startServer();
    }

    /** Starts the server, limited to the given TLS versions if any are given. */
    private void startServer(String... protocols) throws IOException {
        if (server.getStarted()) {
            server.close();
            server = new MockWebServer();
        }
        HandshakeCertificates tls = new HandshakeCertificates.Builder()
                .heldCertificate(serverCert, serverRoot.certificate())
                .addTrustedCertificate(merchantRoot.certificate())
                .build();
        SSLSocketFactory factory = tls.sslSocketFactory();
        server.useHttps(protocols.length == 0 ? factory : new ProtocolLimitedFactory(factory, protocols));
        server.requireClientAuth();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private MerchantPayments payments(byte[] p12) {
        return MerchantPayments.builder()
                .mchId(MCH_ID)
                .appId("wwcorp")
                .apiKey(API_KEY)
                .workwxSecret(SECRET)
                .certificate(new ByteArrayInputStream(p12))
                .trustedCertificates(serverRoot.certificate())
                .baseUrl(server.url("/").toString())
                .readTimeout(Duration.ofSeconds(10))
                .resolveDelay(Duration.ZERO)
                .build();
    }

    private RedPacketRequest packet() {
        return RedPacketRequest.builder("190000010920261130123456789", "oxTWIuGaIt6gTKsQRLau2M0yL16E", 888)
                .wishing("新年快乐")
                .actName("新年红包")
                .remark("感谢")
                .agentId(1000002)
                .build();
    }

    @Test
    void serverRefusesAClientWithoutACertificate() {
        HandshakeCertificates trustOnly = new HandshakeCertificates.Builder()
                .addTrustedCertificate(serverRoot.certificate())
                .build();
        OkHttpClient anonymous = new OkHttpClient.Builder()
                .sslSocketFactory(trustOnly.sslSocketFactory(), trustOnly.trustManager())
                .build();
        Request request = new Request.Builder()
                .url(server.url("/mmpaymkttransfers/sendworkwxredpack"))
                .post(RequestBody.create("<xml/>", MediaType.get("text/xml")))
                .build();

        assertThrows(
                IOException.class, () -> anonymous.newCall(request).execute().close());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aCertificateTheServerDoesNotTrustIsRefusedBeforeAnythingIsSent() throws Exception {
        // Under TLS 1.2 the server refuses the certificate inside the handshake, before the client
        // writes a byte of the request, so the SDK can say for certain that nothing was sent.
        startServer("TLSv1.2");
        HeldCertificate stranger = new HeldCertificate.Builder()
                .certificateAuthority(0)
                .commonName("other")
                .build();
        MerchantPayments payments = payments(TestCertificates.pkcs12(stranger, stranger, MCH_ID));

        WeComNetworkException e = assertThrows(
                WeComNetworkException.class, () -> payments.redPackets().send(packet()));
        assertFalse(e.requestSent(), e.getMessage());
        assertTrue(e.getMessage().contains("certificate"), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @RepeatedTest(5)
    void aRefusedCertificateUnderTls13IsNeverTakenAsPaidNorSentAgain() throws Exception {
        // TLS 1.3 lets the client finish its side of the handshake and start writing before the server's
        // refusal arrives. Whether the SDK then sees a certificate alert (not sent) or a cut connection
        // (outcome unknown) is a race; either way nothing reached the server, the answer is never
        // "paid", and the payment is not sent again.
        startServer("TLSv1.3");
        HeldCertificate stranger = new HeldCertificate.Builder()
                .certificateAuthority(0)
                .commonName("other")
                .build();
        MerchantPayments payments = payments(TestCertificates.pkcs12(stranger, stranger, MCH_ID));

        WeComException e =
                assertThrows(WeComException.class, () -> payments.redPackets().send(packet()));
        if (e instanceof WeComNetworkException network) {
            assertFalse(network.requestSent(), e.getMessage());
        } else {
            assertInstanceOf(PaymentOutcomeUnknownException.class, e, e.getMessage());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void theMerchantCertificateGetsThroughAndTheAnswerIsVerified() throws Exception {
        MerchantPayments payments = payments(TestCertificates.pkcs12(merchantCert, merchantRoot, MCH_ID));
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("return_code", "SUCCESS");
        answer.put("return_msg", "ok");
        answer.put("result_code", "SUCCESS");
        answer.put("mch_billno", "190000010920261130123456789");
        answer.put("mch_id", MCH_ID);
        answer.put("wxappid", "wwcorp");
        answer.put("re_openid", "oxTWIuGaIt6gTKsQRLau2M0yL16E");
        answer.put("total_amount", "888");
        answer.put("send_listid", "235785324578098");
        answer.put("sign", Signatures.paySign(answer, API_KEY));
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body(XmlBodies.write(answer))
                .build());

        RedPacketResult result = payments.redPackets().send(packet());

        assertEquals(PaymentOutcome.PAID_FIRST_TRY, result.outcome());
        assertEquals("235785324578098", result.sendListid());
        assertEquals(888, result.totalAmount());
        RecordedRequest recorded = server.takeRequest();
        assertEquals("POST", recorded.getMethod());
        assertEquals("/mmpaymkttransfers/sendworkwxredpack", recorded.getUrl().encodedPath());
        assertTrue(recorded.getHandshake().peerPrincipal().getName().contains(MCH_ID));
        Map<String, String> sent = XmlBodies.parse(recorded.getBody().utf8(), "/test");
        assertEquals("190000010920261130123456789", sent.get("mch_billno"));
        assertEquals(MCH_ID, sent.get("mch_id"));
        assertEquals("wwcorp", sent.get("wxappid"));
        assertEquals("1000002", sent.get("agentid"));
        assertEquals("888", sent.get("total_amount"));
        assertEquals(Signatures.paySign(sent, API_KEY), sent.get("sign"));
        assertEquals(Signatures.workwxSign(sent, Signatures.RED_PACKET_WORKWX_FIELDS, SECRET), sent.get("workwx_sign"));
    }

    @Test
    void anAnswerWithAForgedSignIsNotTrustedAndTheQueryDecides() throws Exception {
        MerchantPayments payments = payments(TestCertificates.pkcs12(merchantCert, merchantRoot, MCH_ID));
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("return_code", "SUCCESS");
        forged.put("result_code", "SUCCESS");
        forged.put("send_listid", "1");
        forged.put("sign", Signatures.paySign(forged, "not-the-key"));
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body(XmlBodies.write(forged))
                .build());
        Map<String, String> query = new LinkedHashMap<>();
        query.put("return_code", "SUCCESS");
        query.put("result_code", "SUCCESS");
        query.put("mch_billno", "190000010920261130123456789");
        query.put("detail_id", "43235678654322356");
        query.put("status", "RECEIVED");
        query.put("total_amount", "888");
        query.put("sign", Signatures.paySign(query, API_KEY));
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body(XmlBodies.write(query))
                .build());

        RedPacketResult result = payments.redPackets().send(packet());

        assertEquals(PaymentOutcome.CONFIRMED_BY_QUERY, result.outcome());
        assertEquals("43235678654322356", result.detailId());
        server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertEquals("/mmpaymkttransfers/queryworkwxredpack", second.getUrl().encodedPath());
        Map<String, String> sent = XmlBodies.parse(second.getBody().utf8(), "/test");
        assertEquals(java.util.Set.of("nonce_str", "mch_billno", "mch_id", "appid", "sign"), sent.keySet());
        assertEquals(Signatures.paySign(sent, API_KEY), sent.get("sign"));
    }

    /** Server sockets limited to some TLS versions. */
    private static final class ProtocolLimitedFactory extends SSLSocketFactory {
        private final SSLSocketFactory delegate;
        private final String[] protocols;

        ProtocolLimitedFactory(SSLSocketFactory delegate, String... protocols) {
            this.delegate = delegate;
            this.protocols = protocols.clone();
        }

        private Socket limited(Socket socket) {
            ((SSLSocket) socket).setEnabledProtocols(protocols);
            return socket;
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return delegate.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return delegate.getSupportedCipherSuites();
        }

        @Override
        public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
            return limited(delegate.createSocket(socket, host, port, autoClose));
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return limited(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return limited(delegate.createSocket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return limited(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return limited(delegate.createSocket(address, port, localAddress, localPort));
        }
    }
}
