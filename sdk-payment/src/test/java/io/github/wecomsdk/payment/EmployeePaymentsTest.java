package io.github.wecomsdk.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.wecomsdk.testkit.FakeMerchant;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EmployeePaymentsTest {

    private static final String PAY = "/mmpaymkttransfers/promotion/paywwsptrans2pocket";
    private static final String QUERY = "/mmpaymkttransfers/promotion/querywwsptrans2pocket";
    private static final String OPENID = "ohO4Gt7wVPxIT1A9GjFaMYMiZY1s";

    private final FakeMerchant merchant = FakeMerchant.start();
    private final EmployeePayments payments = Fakes.payments(merchant).employeePayments();

    @AfterEach
    void close() {
        merchant.close();
    }

    @Test
    void paysAnEmployee() {
        EmployeePaymentRequest request =
                payments.request(OPENID, 10099, "六月出差报销费用", "产品部门报销").build();

        EmployeePaymentResult result = payments.send(request);

        assertEquals(PaymentOutcome.PAID_FIRST_TRY, result.outcome());
        assertFalse(result.paymentNo().isEmpty());
        assertEquals(10099, merchant.payments().get(0).amount());
        assertEquals("10.2.3.10", merchant.payments().get(0).fields().get("spbill_create_ip"));
    }

    @Test
    void aFirstAnswerThatNeverArrivesIsConfirmedByQueryAndPaidOnce() {
        merchant.delayNextPaymentAnswer(Duration.ofSeconds(60));
        EmployeePaymentRequest request =
                payments.request(OPENID, 20000, "差旅", "报销").build();

        EmployeePaymentResult result = payments.send(request);

        assertEquals(PaymentOutcome.CONFIRMED_BY_QUERY, result.outcome());
        assertEquals(1, merchant.payments().size());
        assertEquals(1, merchant.callCount(PAY));
        assertEquals(1, merchant.callCount(QUERY));
        assertEquals(merchant.payments().get(0).wechatNo(), result.detailId());
    }

    @Test
    void aSettledRefusalIsStillConfirmedWithTheQueryAndNeverResent() {
        merchant.failNextPayment("NAME_MISMATCH", false);
        EmployeePaymentRequest request =
                payments.request(OPENID, 500, "奖金", "奖励").forceNameCheck("张三").build();

        PaymentBusinessException e = assertThrows(PaymentBusinessException.class, () -> payments.send(request));

        assertEquals(PaymentErrorCode.NAME_MISMATCH, e.errorCode());
        assertTrue(e.getMessage().contains("real name"), e.getMessage());
        assertEquals(1, merchant.callCount(PAY));
        assertEquals(1, merchant.callCount(QUERY));
        assertEquals(0, merchant.payments().size());
    }

    @Test
    void aRefusalThatThePaymentContradictsIsConfirmedByQuery() {
        merchant.failNextPayment("NOTENOUGH", true);

        EmployeePaymentResult result =
                payments.send(payments.request(OPENID, 500, "奖金", "奖励").build());

        assertEquals(PaymentOutcome.CONFIRMED_BY_QUERY, result.outcome());
        assertEquals(1, merchant.payments().size());
    }

    @Test
    void systemErrorWithoutAPaymentIsResentWithTheSameNumberAndParameters() {
        merchant.failNextPayment("SYSTEMERROR", false);
        EmployeePaymentRequest request = payments.request(OPENID, 500, "奖金", "奖励")
                .approval("201705160008")
                .build();

        EmployeePaymentResult result = payments.send(request);

        assertEquals(PaymentOutcome.RESENT_SAME_ORDER, result.outcome());
        assertEquals(2, merchant.callCount(PAY));
        assertEquals(1, merchant.payments().size());
        assertEquals("APPROVAL_MSG", merchant.payments().get(0).fields().get("ww_msg_type"));
        assertEquals("1", merchant.payments().get(0).fields().get("approval_type"));
    }

    @Test
    void queriesAPayment() {
        EmployeePaymentRequest request =
                payments.request(OPENID, 700, "奖金", "奖励").build();
        payments.send(request);

        EmployeePaymentRecord record = payments.get(request.partnerTradeNo()).orElseThrow();

        assertEquals(TransferStatus.SUCCESS, record.statusType());
        assertEquals(700, record.paymentAmount());
        assertEquals(OPENID, record.openId());
    }
}
