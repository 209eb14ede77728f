package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.testing.ApiConventions;
import org.junit.jupiter.api.Test;

class ApiConventionTest {

    @Test
    void qyapiEntryFollowsTheConvention() {
        ApiConventions.assertFollowed(Payments.class);
    }

    @Test
    void merchantEntryFollowsTheConvention() {
        String why = "assembled by the SDK: outcome (PaymentOutcome) says how the SDK confirmed the payment and is"
                + " not a WeChat Pay value; the record still keeps WeChat Pay's other fields";
        ApiConventions.forModule(MerchantPayments.class)
                .exempt(RedPacketResult.class, why)
                .exempt(EmployeePaymentResult.class, why)
                .check();
    }
}
