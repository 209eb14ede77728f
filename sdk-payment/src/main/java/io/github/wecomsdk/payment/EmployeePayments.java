package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.WeComNetworkException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import io.github.wecomsdk.payment.internal.OrderNumbers;
import io.github.wecomsdk.payment.internal.Signatures;
import java.util.Optional;

/**
 * Payments to employees' WeChat wallets (向员工付款) on the WeChat Pay merchant API:
 * {@code paywwsptrans2pocket} and {@code querywwsptrans2pocket}. WeCom no longer opens this to new
 * merchants (「向员工付款」功能暂不支持新增); merchants who have it keep it. Immutable and thread-safe.
 *
 * <p>WeChat Pay's limits ([90278]): by default at most 200 CNY per payment and per employee and day,
 * 100,000 CNY a day per merchant, at least 1 CNY, 10 payments per employee and day, 15 s between
 * payments to the same employee, real-name accounts only.
 */
public final class EmployeePayments {

    private static final String PAY = "/mmpaymkttransfers/promotion/paywwsptrans2pocket";
    private static final String QUERY = "/mmpaymkttransfers/promotion/querywwsptrans2pocket";

    private final MerchantTransport transport;
    private final PaymentFlow flow;
    private final String serverIp;
    private final PaymentFlow.Kind<EmployeePaymentResult> kind = new PaymentFlow.Kind<>(
            PAY,
            QUERY,
            "partner_trade_no",
            true,
            "FAILED",
            answer -> switch (TransferStatus.fromWire(answer.get("status"))) {
                case SUCCESS -> PaymentFlow.Verdict.PAID;
                case FAILED -> PaymentFlow.Verdict.FAILED;
                default -> PaymentFlow.Verdict.PENDING;
            },
            EmployeePaymentResult::of);

    EmployeePayments(MerchantTransport transport, String serverIp) {
        this.transport = transport;
        this.flow = new PaymentFlow(transport);
        this.serverIp = serverIp;
    }

    /**
     * Starts a payment with a new order number ({@code mch_id + yyyymmdd + 10 digits}, at most 28
     * characters), which {@link EmployeePaymentRequest#partnerTradeNo()} shows before anything is sent,
     * and {@code spbill_create_ip} from {@link MerchantPayments.Builder#serverIp(String)} if set. Keep
     * the built request (or its number) to repeat the payment: the number is the payment.
     *
     * @param openId  the employee's openid ({@link OpenIds#convert(String)} turns a userid into one)
     * @param amount  the amount in fen, at least 100
     * @param desc    the description (付款说明), at most 81 characters
     * @param actName the project name (项目名称), at most 50 characters
     * @return a builder
     */
    public EmployeePaymentRequest.Builder request(String openId, long amount, String desc, String actName) {
        EmployeePaymentRequest.Builder builder = EmployeePaymentRequest.builder(
                        OrderNumbers.generate(transport.mchId(), transport.clock()), openId, amount)
                .desc(desc)
                .actName(actName);
        return serverIp == null ? builder : builder.spbillCreateIp(serverIp);
    }

    /**
     * Pays an employee, at most once under its {@code partner_trade_no}. Calls
     * {@code POST https://api.mch.weixin.qq.com/mmpaymkttransfers/promotion/paywwsptrans2pocket} with
     * {@code workwx_sign} (over amount, appid, desc, mch_id, nonce_str, openid, partner_trade_no,
     * ww_msg_type, with the app secret) and {@code sign} (over every field, with the API key).
     *
     * <p>As WeChat Pay asks, any {@code result_code} FAIL and any lost answer is checked with
     * {@code querywwsptrans2pocket}; if the query knows no such payment and the failure was not a settled
     * refusal, the identical request is sent once more. {@link EmployeePaymentResult#outcome()} says
     * which. Every attempt, and every later send of the same request, carries a byte-identical body
     * ({@code nonce_str} is derived from the other fields), as WeChat Pay asks ("原商户订单号+原参数").
     * A call for a number this client is paying right now sends nothing: with the same request it waits
     * for that call and ends as it ends; with other parameters it is refused.
     *
     * @param request the payment
     * @return the payment that was made
     * @throws PaymentBusinessException       refused and not paid (NOTENOUGH, NAME_MISMATCH, ...)
     * @throws PaymentCommunicationException  refused as a request ({@code return_code} FAIL); not paid
     * @throws PaymentOutcomeUnknownException still open after the query; it may have been paid
     * @throws WeComNetworkException          WeChat Pay could not be reached at all; not paid
     * @throws WeComValidationException       if the request is null, or its number is being paid right
     *                                        now with other parameters
     */
    public EmployeePaymentResult send(EmployeePaymentRequest request) {
        Checks.notNull(request, "request");
        String body = transport.sign(
                MerchantTransport.withStableNonce(request.fields(null, transport.mchId(), transport.appId())),
                Signatures.EMPLOYEE_PAYMENT_WORKWX_FIELDS);
        return flow.pay(kind, request.partnerTradeNo(), body);
    }

    /**
     * Looks a payment up with
     * {@code POST https://api.mch.weixin.qq.com/mmpaymkttransfers/promotion/querywwsptrans2pocket} (signed
     * with the API key; no {@code workwx_sign}). Only the last 30 days can be queried.
     *
     * @param partnerTradeNo the merchant order number
     * @return the payment, or empty for NOT_FOUND
     * @throws PaymentCommunicationException  the query was refused ({@code return_code} FAIL)
     * @throws PaymentBusinessException       the query failed with a settled code
     * @throws PaymentOutcomeUnknownException the query failed with an open code such as SYSTEMERROR
     * @throws WeComNetworkException          no trustworthy answer came back
     */
    public Optional<EmployeePaymentRecord> get(String partnerTradeNo) {
        OrderNumbers.check(partnerTradeNo, OrderNumbers.MAX_TRADE_NO, "partner_trade_no");
        return Queries.run(transport, QUERY, "partner_trade_no", partnerTradeNo).map(EmployeePaymentRecord::of);
    }

    @Override
    public String toString() {
        return "EmployeePayments[" + transport + "]";
    }
}
