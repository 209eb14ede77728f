package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.WeComNetworkException;
import java.util.Map;
import java.util.Optional;

/** The shared part of the two query calls. */
final class Queries {

    private Queries() {}

    static Optional<Map<String, String>> run(
            MerchantTransport transport, String path, String orderField, String orderNumber) {
        MerchantTransport.Exchange exchange =
                transport.post(path, transport.queryBody(orderField, orderNumber), orderNumber);
        if (exchange instanceof MerchantTransport.Lost lost) {
            throw new WeComNetworkException(
                    "The query " + path + " for order " + orderNumber + " got no trustworthy answer: " + lost.reason(),
                    path,
                    true,
                    lost.cause());
        }
        MerchantTransport.Answer answer = (MerchantTransport.Answer) exchange;
        if (!"SUCCESS".equals(answer.get("return_code"))) {
            throw new PaymentCommunicationException(
                    orderNumber, path, answer.get("return_msg"), answer.get("err_code"));
        }
        if ("SUCCESS".equals(answer.get("result_code"))) {
            return Optional.of(answer.fields());
        }
        String code = answer.get("err_code");
        if ("NOT_FOUND".equals(code)) {
            return Optional.empty();
        }
        if (PaymentErrorCode.fromWire(code).settled()) {
            throw new PaymentBusinessException(orderNumber, path, code, answer.get("err_code_des"));
        }
        throw new PaymentOutcomeUnknownException(
                orderNumber, path, "the query answered " + code + " " + answer.get("err_code_des"), null);
    }
}
