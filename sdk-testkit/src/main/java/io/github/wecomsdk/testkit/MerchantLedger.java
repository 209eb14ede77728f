package io.github.wecomsdk.testkit;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fake merchant's ledger: pays each order number at most once (the same request gets the first answer
 * again), keeps the balance, plays the queued payment faults and answers the queries. Guarded by the
 * merchant's lock.
 */
final class MerchantLedger {

    private static final Set<String> NOT_BUSINESS = Set.of("nonce_str", "sign", "workwx_sign");

    /** What to send back, and how: late, or not at all. */
    record Answer(Map<String, String> fields, Duration delay, boolean drop) {

        /** An answer sent at once. */
        static Answer plain(Map<String, String> fields) {
            return new Answer(fields, null, false);
        }
    }

    private record Fault(String errCode, boolean pays) {}

    private final String mchId;
    private final String appId;
    private final Clock clock;
    private final MerchantAnswers answers;
    private final Map<String, FakeMerchantPayment> paid = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> firstAnswers = new HashMap<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private Duration nextDelay;
    private boolean dropNext;
    private long balance;

    MerchantLedger(String mchId, String appId, Clock clock, long balance, MerchantAnswers answers) {
        this.mchId = mchId;
        this.appId = appId;
        this.clock = clock;
        this.balance = balance;
        this.answers = answers;
    }

    List<FakeMerchantPayment> payments() {
        return List.copyOf(paid.values());
    }

    void balance(long fen) {
        this.balance = fen;
    }

    void delayNextAnswer(Duration delay) {
        this.nextDelay = delay;
    }

    void dropNextAnswer() {
        this.dropNext = true;
    }

    void failNext(String errCode, boolean pays) {
        faults.add(new Fault(errCode, pays));
    }

    /** Pays a checked request once per order number, or answers as the first time, or plays a fault. */
    Answer pay(FakeMerchantPayment.Kind kind, Map<String, String> fields) {
        boolean redPacket = kind == FakeMerchantPayment.Kind.RED_PACKET;
        String orderField = redPacket ? "mch_billno" : "partner_trade_no";
        String orderNumber = fields.get(orderField);
        Map<String, String> business = new LinkedHashMap<>(fields);
        business.keySet().removeAll(NOT_BUSINESS);
        FakeMerchantPayment existing = paid.get(orderNumber);
        if (existing != null) {
            if (!existing.fields().equals(business)) {
                return Answer.plain(answers.businessFail("FATAL_ERROR", "两次请求参数不一致", redPacket));
            }
            return Answer.plain(firstAnswers.get(orderNumber));
        }
        Fault fault = faults.poll();
        long amount = Long.parseLong(fields.get(redPacket ? "total_amount" : "amount"));
        if (fault == null && amount > balance) {
            return Answer.plain(answers.businessFail("NOTENOUGH", "余额不足", redPacket));
        }
        boolean pays = fault == null || fault.pays();
        Map<String, String> success = null;
        if (pays) {
            String wechatNo = "10000" + mchId + String.format("%010d", sequence.incrementAndGet());
            balance -= amount;
            paid.put(
                    orderNumber,
                    new FakeMerchantPayment(
                            kind,
                            orderNumber,
                            fields.get(redPacket ? "re_openid" : "openid"),
                            amount,
                            wechatNo,
                            clock.instant(),
                            business));
            success = redPacket ? redPacketAnswer(fields, wechatNo) : employeeAnswer(fields, wechatNo);
            firstAnswers.put(orderNumber, success);
        }
        Map<String, String> answer = fault != null
                ? answers.businessFail(fault.errCode(), "injected by FakeMerchant.failNextPayment", redPacket)
                : success;
        Duration delay = nextDelay;
        boolean drop = dropNext;
        nextDelay = null;
        dropNext = false;
        return new Answer(answer, delay, drop);
    }

    private Map<String, String> redPacketAnswer(Map<String, String> f, String wechatNo) {
        Map<String, String> a = MerchantAnswers.success();
        a.put("mch_billno", f.get("mch_billno"));
        a.put("mch_id", mchId);
        a.put("wxappid", appId);
        a.put("re_openid", f.get("re_openid"));
        a.put("total_amount", f.get("total_amount"));
        a.put("send_listid", wechatNo);
        a.put("sender_name", f.getOrDefault("sender_name", ""));
        a.put("sender_header_media_id", f.getOrDefault("sender_header_media_id", ""));
        return answers.signed(a);
    }

    private Map<String, String> employeeAnswer(Map<String, String> f, String wechatNo) {
        Map<String, String> a = MerchantAnswers.success();
        a.put("appid", appId);
        a.put("mch_id", mchId);
        a.put("nonce_str", "fake" + sequence.incrementAndGet());
        a.put("partner_trade_no", f.get("partner_trade_no"));
        a.put("payment_no", wechatNo);
        a.put("payment_time", clock.instant().toString());
        return a;
    }

    Map<String, String> queryRedPacket(String mchBillno) {
        FakeMerchantPayment payment = paid.get(mchBillno);
        if (payment == null) {
            return answers.businessFail("NOT_FOUND", "指定单号数据不存在", true);
        }
        Map<String, String> a = MerchantAnswers.success();
        a.put("mch_billno", mchBillno);
        a.put("mch_id", mchId);
        a.put("detail_id", payment.wechatNo());
        a.put("status", "SENT");
        a.put("send_type", "API");
        a.put("total_amount", Long.toString(payment.amount()));
        a.put("send_time", payment.paidAt().toString());
        a.put("wishing", payment.fields().get("wishing"));
        a.put("remark", payment.fields().get("remark"));
        a.put("act_name", payment.fields().get("act_name"));
        a.put("openid", payment.openid());
        a.put("amount", Long.toString(payment.amount()));
        a.put("sender_name", payment.fields().getOrDefault("sender_name", ""));
        return answers.signed(a);
    }

    Map<String, String> queryEmployee(String tradeNo) {
        FakeMerchantPayment payment = paid.get(tradeNo);
        if (payment == null) {
            return answers.businessFail("NOT_FOUND", "指定单号数据不存在", false);
        }
        Map<String, String> a = MerchantAnswers.success();
        a.put("mch_id", mchId);
        a.put("appid", appId);
        a.put("detail_id", payment.wechatNo());
        a.put("partner_trade_no", tradeNo);
        a.put("status", "SUCCESS");
        a.put("payment_amount", Long.toString(payment.amount()));
        a.put("openid", payment.openid());
        a.put("transfer_time", payment.paidAt().toString());
        a.put("desc", payment.fields().get("desc"));
        return a;
    }
}
