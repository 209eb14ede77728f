package io.github.wecomsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.payment.MerchantPayments;
import io.github.wecomsdk.payment.Payments;
import io.github.wecomsdk.testkit.FakeMerchant;
import io.github.wecomsdk.testkit.FakeMerchantPayment;
import io.github.wecomsdk.testkit.FakeWeCom;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayoutTest {

    @Test
    void theDemonstrationPaysEachEmployeeOnceOverTwoRuns() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Payout.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String output = bytes.toString(StandardCharsets.UTF_8);

        assertTrue(output.contains("zhangsan: 888 fen"), output);
        assertTrue(output.contains("CONFIRMED_BY_QUERY"), output);
        assertTrue(output.contains("FakeMerchant recorded 3 payments for 3 employees"), output);
    }

    @Test
    void rerunningAPayoutWithItsLedgerPaysNobodyTwice() {
        try (FakeWeCom wecom = FakeWeCom.start();
                FakeMerchant merchant = FakeMerchant.builder()
                        .appId(wecom.corpId())
                        .workwxSecret(wecom.secret())
                        .start()) {
            wecom.addUser("a1", "A").addUser("b2", "B").addUser("c3", "C");
            WeComClient client = wecom.client();
            MerchantPayments merchantPayments = MerchantPayments.builder()
                    .mchId(merchant.mchId())
                    .corpOf(client)
                    .apiKey(merchant.apiKey())
                    .workwxSecret(wecom.secret())
                    .certificate(merchant.merchantCertificate())
                    .trustedCertificates(merchant.serverCertificate())
                    .baseUrl(merchant.baseUrl())
                    .readTimeout(Duration.ofSeconds(4))
                    .resolveDelay(Duration.ZERO)
                    .build();
            Map<String, Long> bonuses = new LinkedHashMap<>(Map.of("a1", 100L, "b2", 200L, "c3", 300L));
            Map<String, String> ledger = new HashMap<>();
            PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

            merchant.failNextPayment("SYSTEMERROR", false);
            merchant.dropNextPaymentAnswer();
            assertEquals(
                    3, Payout.payAll(Payments.of(client), merchantPayments, wecom.agentId(), bonuses, ledger, quiet));
            assertEquals(
                    4,
                    merchant.callCount("/mmpaymkttransfers/sendworkwxredpack"),
                    "the unanswered first payment was resent once with the same order number");
            assertEquals(
                    3, Payout.payAll(Payments.of(client), merchantPayments, wecom.agentId(), bonuses, ledger, quiet));

            List<FakeMerchantPayment> paid = merchant.payments();
            assertEquals(3, paid.size());
            assertEquals(
                    Map.of("a1", 100L, "b2", 200L, "c3", 300L).values().stream()
                            .mapToLong(Long::longValue)
                            .sum(),
                    paid.stream().mapToLong(FakeMerchantPayment::amount).sum());
            assertEquals(
                    ledger.values().stream().sorted().toList(),
                    paid.stream().map(FakeMerchantPayment::orderNumber).sorted().toList());
        }
    }
}
