package io.github.wecomsdk.payment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.testing.CapturedLogs;
import io.github.wecomsdk.testkit.FakeMerchant;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

class SecretsTest {

    private static final String API_KEY = "ApiKeyNeverInLogs000000000000001";
    private static final String SECRET = "AppSecretNeverInLogs-5c1e";
    private static final String PASSWORD = "1900000109";

    private final FakeMerchant merchant =
            FakeMerchant.builder().apiKey(API_KEY).workwxSecret(SECRET).start();

    @AfterEach
    void close() {
        merchant.close();
        CapturedLogs.setLevel(Level.INFO);
    }

    @Test
    void keysSecretsAndThePasswordNeverReachLogsMessagesOrToString() {
        CapturedLogs.setLevel(Level.TRACE);
        CapturedLogs.clear();
        MerchantPayments.Builder builder = Fakes.builder(merchant)
                .apiKey(API_KEY)
                .workwxSecret(SECRET)
                .certificate(merchant.merchantCertificate(), PASSWORD)
                .readTimeout(Duration.ofSeconds(5));
        MerchantPayments payments = builder.build();
        List<String> texts = new ArrayList<>(List.of(
                builder.toString(),
                payments.toString(),
                payments.redPackets().toString(),
                payments.employeePayments().toString(),
                merchant.toString()));

        merchant.delayNextPaymentAnswer(Duration.ofSeconds(30));
        payments.redPackets()
                .send(payments.redPackets()
                        .request("oxTWIuGaIt6gTKsQRLau2M0yL16E", 888)
                        .wishing("w")
                        .actName("a")
                        .remark("r")
                        .agentId(1000002)
                        .build());
        merchant.failNextPayment("SYSTEMERROR", false);
        merchant.failNextPayment("SYSTEMERROR", false);
        texts.add(trace(assertThrows(
                PaymentOutcomeUnknownException.class,
                () -> payments.employeePayments()
                        .send(payments.employeePayments()
                                .request("ohO4Gt7wVPxIT1A9GjFaMYMiZY1s", 500, "d", "a")
                                .build()))));
        texts.add(trace(assertThrows(
                PaymentCommunicationException.class,
                () -> Fakes.builder(merchant)
                        .apiKey("wrong-key")
                        .build()
                        .redPackets()
                        .send(RedPacketRequest.builder("123456", "oxTW", 888)
                                .wishing("w")
                                .actName("a")
                                .remark("r")
                                .senderName("HR")
                                .build()))));
        texts.add(trace(assertThrows(
                RuntimeException.class,
                () -> Fakes.builder(merchant)
                        .certificate(merchant.merchantCertificate(), "wrong-" + PASSWORD + "-x")
                        .build())));
        MerchantPayments.Builder withPassword = Fakes.builder(merchant)
                .apiKey(API_KEY)
                .workwxSecret(SECRET)
                .certificate(merchant.merchantCertificate(), "wrong-" + PASSWORD + "-x");
        texts.add(withPassword.toString());
        merchant.dropNextPaymentAnswer();
        merchant.failNextPayment("SYSTEMERROR", false);
        merchant.failNextPayment("SYSTEMERROR", false);
        texts.add(trace(assertThrows(
                PaymentOutcomeUnknownException.class,
                () -> Fakes.builder(merchant)
                        .apiKey(API_KEY)
                        .workwxSecret(SECRET)
                        .build()
                        .redPackets()
                        .send(payments.redPackets()
                                .request("oxTWIuGaIt6gTKsQRLau2M0yL16E", 999)
                                .wishing("w")
                                .actName("a")
                                .remark("r")
                                .agentId(1000002)
                                .build()))));
        texts.add(CapturedLogs.text());

        assertTrue(
                CapturedLogs.text().contains("sendworkwxredpack"),
                "the payment DEBUG logs were captured, so the check below means something");
        for (String text : texts) {
            assertFalse(text.contains(API_KEY), text);
            assertFalse(text.contains(SECRET), text);
            assertFalse(text.contains("wrong-" + PASSWORD + "-x"), text);
        }
    }

    private static String trace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
