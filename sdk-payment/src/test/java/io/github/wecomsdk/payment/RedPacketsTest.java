package io.github.wecomsdk.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.testkit.FakeMerchant;
import io.github.wecomsdk.testkit.FakeMerchantPayment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedPacketsTest {

    private static final String SEND = "/mmpaymkttransfers/sendworkwxredpack";
    private static final String QUERY = "/mmpaymkttransfers/queryworkwxredpack";
    private static final String OPENID = "oxTWIuGaIt6gTKsQRLau2M0yL16E";

    private final FakeMerchant merchant = FakeMerchant.start();
    private final RedPackets redPackets = Fakes.payments(merchant).redPackets();

    @AfterEach
    void close() {
        merchant.close();
    }

    private RedPacketRequest packet(long fen) {
        return redPackets
                .request(OPENID, fen)
                .wishing("新年快乐")
                .actName("新年红包")
                .remark("感谢")
                .agentId(1000002)
                .build();
    }

    @Test
    void paysOnTheFirstTry() {
        RedPacketRequest request = packet(888);
        RedPacketResult result = redPackets.send(request);

        assertEquals(PaymentOutcome.PAID_FIRST_TRY, result.outcome());
        assertEquals(request.mchBillno(), result.mchBillno());
        assertFalse(result.sendListid().isEmpty());
        assertEquals(1, merchant.payments().size());
        assertEquals(888, merchant.payments().get(0).amount());
        assertEquals(
                FakeMerchantPayment.Kind.RED_PACKET, merchant.payments().get(0).kind());
        assertEquals(0, merchant.callCount(QUERY));
    }

    @Test
    void aFirstAnswerThatNeverArrivesIsConfirmedByQueryAndPaidOnce() {
        merchant.delayNextPaymentAnswer(Duration.ofSeconds(60));
        RedPacketRequest request = packet(888);

        RedPacketResult result = redPackets.send(request);

        assertEquals(PaymentOutcome.CONFIRMED_BY_QUERY, result.outcome());
        assertEquals(1, merchant.payments().size());
        assertEquals(request.mchBillno(), merchant.payments().get(0).orderNumber());
        assertEquals(1, merchant.callCount(SEND));
        assertEquals(1, merchant.callCount(QUERY));
        assertEquals(merchant.payments().get(0).wechatNo(), result.detailId());
    }

    @Test
    void aDroppedConnectionAfterPayingIsConfirmedByQuery() {
        merchant.dropNextPaymentAnswer();

        RedPacketResult result = redPackets.send(packet(500));

        assertEquals(PaymentOutcome.CONFIRMED_BY_QUERY, result.outcome());
        assertEquals(1, merchant.payments().size());
        assertEquals(1, merchant.callCount(SEND));
    }

    @Test
    void systemErrorWithoutAPaymentIsResentOnceWithTheSameNumber() {
        merchant.failNextPayment("SYSTEMERROR", false);
        RedPacketRequest request = packet(300);

        RedPacketResult result = redPackets.send(request);

        assertEquals(PaymentOutcome.RESENT_SAME_ORDER, result.outcome());
        assertEquals(request.mchBillno(), result.mchBillno());
        assertEquals(1, merchant.payments().size());
        assertEquals(request.mchBillno(), merchant.payments().get(0).orderNumber());
        assertEquals(2, merchant.callCount(SEND));
        assertEquals(1, merchant.callCount(QUERY));
    }

    @Test
    void systemErrorAfterPayingIsConfirmedWithoutResending() {
        merchant.failNextPayment("SYSTEMERROR", true);

        RedPacketResult result = redPackets.send(packet(300));

        assertEquals(PaymentOutcome.CONFIRMED_BY_QUERY, result.outcome());
        assertEquals(1, merchant.callCount(SEND));
        assertEquals(1, merchant.payments().size());
    }

    @Test
    void twoOpenOutcomesInARowLeaveItUnknownAndNeverUseANewNumber() {
        merchant.failNextPayment("SYSTEMERROR", false);
        merchant.failNextPayment("PROCESSING", false);
        RedPacketRequest request = packet(300);

        PaymentOutcomeUnknownException e =
                assertThrows(PaymentOutcomeUnknownException.class, () -> redPackets.send(request));

        assertTrue(e.mayHavePaid());
        assertEquals(request.mchBillno(), e.orderNumber());
        assertEquals(2, merchant.callCount(SEND));
        assertEquals(0, merchant.payments().size());
        RedPacketResult later = redPackets.send(request);
        assertEquals(PaymentOutcome.PAID_FIRST_TRY, later.outcome());
        assertEquals(1, merchant.payments().size());
    }

    @Test
    void sendingTheSameRequestTwicePaysOnce() {
        RedPacketRequest request = packet(888);
        RedPacketResult first = redPackets.send(request);
        RedPacketResult second = redPackets.send(request);

        assertEquals(first.sendListid(), second.sendListid());
        assertEquals(1, merchant.payments().size());
    }

    @Test
    void notEnoughBalanceIsASettledBusinessFailureWithAdvice() {
        merchant.balance(100);

        PaymentBusinessException e = assertThrows(PaymentBusinessException.class, () -> redPackets.send(packet(888)));

        assertEquals(PaymentErrorCode.NOTENOUGH, e.errorCode());
        assertFalse(e.mayHavePaid());
        assertTrue(e.getMessage().contains("top it up"), e.getMessage());
        assertEquals(0, merchant.callCount(QUERY));
        assertEquals(0, merchant.payments().size());
    }

    @Test
    void aWrongApiKeyIsACommunicationFailure() {
        RedPackets wrongKey = Fakes.builder(merchant)
                .apiKey("wrongApiKey000000000000000000000")
                .build()
                .redPackets();

        PaymentCommunicationException e =
                assertThrows(PaymentCommunicationException.class, () -> wrongKey.send(packet(888)));

        assertEquals("SIGN_ERROR", e.errCode());
        assertEquals(0, merchant.payments().size());
    }

    @Test
    void aWrongAppSecretFailsTheWorkwxSign() {
        RedPackets wrongSecret = Fakes.builder(merchant)
                .workwxSecret("not-the-app-secret")
                .build()
                .redPackets();

        PaymentBusinessException e = assertThrows(PaymentBusinessException.class, () -> wrongSecret.send(packet(888)));

        assertEquals(PaymentErrorCode.SIGN_ERROR, e.errorCode());
        assertEquals(0, merchant.payments().size());
    }

    @Test
    void queriesAPacket() {
        RedPacketRequest request = packet(1234);
        redPackets.send(request);

        RedPacketRecord record = redPackets.get(request.mchBillno()).orElseThrow();

        assertEquals(RedPacketStatus.SENT, record.statusType());
        assertEquals(1234, record.totalAmount());
        assertEquals(OPENID, record.openId());
        assertTrue(redPackets.get("19000001092026113000000000").isEmpty());
    }

    @Test
    void generatesTheOrderNumberInWeComsFormatBeforeSending() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T20:00:00Z"), ZoneOffset.UTC);
        RedPackets dated = Fakes.builder(merchant).clock(clock).build().redPackets();

        RedPacketRequest request = dated.request(OPENID, 888)
                .wishing("w")
                .actName("a")
                .remark("r")
                .senderName("HR")
                .build();

        assertTrue(request.mchBillno().matches(merchant.mchId() + "20261201\\d{10}"), request.mchBillno());
        assertEquals(28, request.mchBillno().length());
        assertEquals(0, merchant.callCount(SEND));
    }
}
