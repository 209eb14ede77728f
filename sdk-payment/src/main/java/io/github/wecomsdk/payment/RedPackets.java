package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.WeComNetworkException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import io.github.wecomsdk.payment.internal.OrderNumbers;
import io.github.wecomsdk.payment.internal.Signatures;
import java.util.Optional;

/**
 * Corporate red packets (企业红包) on the WeChat Pay merchant API: {@code sendworkwxredpack} and
 * {@code queryworkwxredpack}. Immutable and thread-safe.
 *
 * <p>WeChat Pay's limits ([90275]): by default 1800 sends a minute, 1 to 200 CNY a packet, 1,000,000 CNY
 * a day per merchant, 1000 CNY and 10 packets a day per employee; a merchant needs 90 days and 30 days
 * of normal trading before red packets work.
 */
public final class RedPackets {

    private static final String SEND = "/mmpaymkttransfers/sendworkwxredpack";
    private static final String QUERY = "/mmpaymkttransfers/queryworkwxredpack";

    private final MerchantTransport transport;
    private final PaymentFlow flow;
    private final PaymentFlow.Kind<RedPacketResult> kind = new PaymentFlow.Kind<>(
            SEND,
            QUERY,
            "mch_billno",
            false,
            "SEND_FAILED",
            answer -> switch (RedPacketStatus.fromWire(answer.get("status"))) {
                case SENT, RECEIVED, REFUNDING, REFUNDED -> PaymentFlow.Verdict.PAID;
                case FAILED -> PaymentFlow.Verdict.FAILED;
                default -> PaymentFlow.Verdict.PENDING;
            },
            RedPacketResult::of);

    RedPackets(MerchantTransport transport) {
        this.transport = transport;
        this.flow = new PaymentFlow(transport);
    }

    /**
     * Starts a red packet with a new order number ({@code mch_id + yyyymmdd + 10 digits}, at most 28
     * characters), which {@link RedPacketRequest#mchBillno()} shows before anything is sent. Keep the
     * built request (or its number) to repeat the payment: the number is the payment.
     *
     * @param reOpenId    the employee's openid ({@link OpenIds#convert(String)} turns a userid into one)
     * @param totalAmount the amount in fen
     * @return a builder
     */
    public RedPacketRequest.Builder request(String reOpenId, long totalAmount) {
        return RedPacketRequest.builder(
                OrderNumbers.generate(transport.mchId(), transport.clock()), reOpenId, totalAmount);
    }

    /**
     * Sends a red packet, at most once under its {@code mch_billno}. Calls
     * {@code POST https://api.mch.weixin.qq.com/mmpaymkttransfers/sendworkwxredpack} with
     * {@code workwx_sign} (over act_name, mch_billno, mch_id, nonce_str, re_openid, total_amount,
     * wxappid, with the app secret) and {@code sign} (over every field, with the API key).
     *
     * <p>If the answer is lost or leaves the outcome open ({@code SYSTEMERROR}, {@code PROCESSING}, a
     * new code, a timeout, a dropped connection), {@code queryworkwxredpack} decides; if it knows no such
     * packet, the identical request is sent once more. {@link RedPacketResult#outcome()} says which.
     * Sending the same request again later is safe: WeChat Pay treats the same number as the same packet,
     * and the body is byte-identical every time ({@code nonce_str} is derived from the other fields).
     * A call for a number this client is sending right now sends nothing: with the same request it waits
     * for that call and ends as it ends; with other parameters it is refused.
     *
     * @param request the red packet
     * @return the packet that was sent
     * @throws PaymentBusinessException       refused and not sent (NOTENOUGH, SENDNUM_LIMIT, ...)
     * @throws PaymentCommunicationException  refused as a request ({@code return_code} FAIL); not sent
     * @throws PaymentOutcomeUnknownException still open after the query; it may have been sent
     * @throws WeComNetworkException          WeChat Pay could not be reached at all; not sent
     * @throws WeComValidationException       the number is being sent right now with other parameters
     */
    public RedPacketResult send(RedPacketRequest request) {
        Checks.notNull(request, "request");
        String body = transport.sign(
                MerchantTransport.withStableNonce(request.fields(null, transport.mchId(), transport.appId())),
                Signatures.RED_PACKET_WORKWX_FIELDS);
        return flow.pay(kind, request.mchBillno(), body);
    }

    /**
     * Looks a red packet up with
     * {@code POST https://api.mch.weixin.qq.com/mmpaymkttransfers/queryworkwxredpack} (signed with the API
     * key; no {@code workwx_sign}). Only the last 30 days can be queried.
     *
     * @param mchBillno the merchant order number
     * @return the packet, or empty for NOT_FOUND (which may also mean it is still being processed)
     * @throws PaymentCommunicationException  the query was refused ({@code return_code} FAIL)
     * @throws PaymentBusinessException       the query failed with a settled code
     * @throws PaymentOutcomeUnknownException the query failed with an open code such as SYSTEMERROR
     * @throws WeComNetworkException          no trustworthy answer came back
     */
    public Optional<RedPacketRecord> get(String mchBillno) {
        OrderNumbers.check(mchBillno, OrderNumbers.MAX_BILLNO, "mch_billno");
        return Queries.run(transport, QUERY, "mch_billno", mchBillno).map(RedPacketRecord::of);
    }

    @Override
    public String toString() {
        return "RedPackets[" + transport + "]";
    }
}
