package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.internal.Checks;
import java.util.Map;

/**
 * Payment items (收款项目) of external payments: {@code POST /cgi-bin/externalpay/get_payment_info}
 * ([95936]). Only items created by the calling app can be read. Immutable and thread-safe.
 */
public final class PaymentItems {

    static final String PATH = "/cgi-bin/externalpay/get_payment_info";

    private final WeComClient client;

    PaymentItems(WeComClient client) {
        this.client = client;
    }

    /**
     * The merchant order numbers paid against a payment item.
     *
     * @param paymentId the item's {@code payment_id}
     * @return the bills of the item
     * @throws io.github.wecomsdk.core.WeComValidationException if {@code paymentId} is blank
     * @throws io.github.wecomsdk.core.WeComApiException         for WeCom's errors
     */
    public PaymentInfo get(String paymentId) {
        Checks.notBlank(paymentId, "payment_id");
        return client.execute(
                ApiRequest.post(PATH)
                        .body(Map.of("payment_id", paymentId))
                        .repeatable()
                        .build(),
                PaymentInfo.class);
    }

    @Override
    public String toString() {
        return "PaymentItems[" + client + "]";
    }
}
