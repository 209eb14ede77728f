package io.github.wecomsdk.payment;

import io.github.wecomsdk.testkit.FakeMerchant;
import java.time.Duration;

/** A merchant client pointed at a {@link FakeMerchant}. */
final class Fakes {

    private Fakes() {}

    static MerchantPayments.Builder builder(FakeMerchant merchant) {
        return MerchantPayments.builder()
                .mchId(merchant.mchId())
                .appId(merchant.appId())
                .apiKey(merchant.apiKey())
                .workwxSecret(merchant.workwxSecret())
                .certificate(merchant.merchantCertificate())
                .trustedCertificates(merchant.serverCertificate())
                .baseUrl(merchant.baseUrl())
                .serverIp("10.2.3.10")
                .resolveDelay(Duration.ZERO)
                .readTimeout(Duration.ofSeconds(5));
    }

    static MerchantPayments payments(FakeMerchant merchant) {
        return builder(merchant).build();
    }
}
