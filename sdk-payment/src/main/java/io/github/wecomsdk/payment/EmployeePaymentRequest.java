package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.payment.internal.Limits;
import io.github.wecomsdk.payment.internal.OrderNumbers;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A payment to an employee's WeChat wallet (向员工付款) with
 * {@code mmpaymkttransfers/promotion/paywwsptrans2pocket} ([90278]). WeCom no longer opens this to new
 * merchants (「向员工付款」功能暂不支持新增); merchants who have it keep it.
 *
 * <p>Fields and WeChat Pay's limits: {@code partner_trade_no} (1 to 32 letters or digits, unique: the
 * idempotency key), {@code openid} (at most 64), {@code amount} (fen, at least 100: 1 CNY; by default at
 * most 20,000 per payment and per employee and day, 10 payments per employee and day, 15 s apart),
 * {@code desc} (required, at most 81), {@code act_name} (required, at most 50), {@code spbill_create_ip}
 * (required, the calling machine's IP), {@code check_name} ({@code NO_CHECK} by default;
 * {@code FORCE_CHECK} needs {@code re_user_name}, at most 64), {@code ww_msg_type} ({@code NORMAL_MSG};
 * {@code APPROVAL_MSG} with {@code approval_number} and {@code approval_type} 1), {@code agentid},
 * {@code device_info} (at most 32). {@code appid}, {@code mch_id}, {@code nonce_str},
 * {@code workwx_sign} and {@code sign} are added when it is sent. Every rule is checked when the
 * request is built.
 *
 * @param partnerTradeNo the merchant order number, the payment's idempotency key
 * @param openId         the employee's openid
 * @param amount         the amount in fen
 * @param desc           the description (付款说明)
 * @param actName        the project name (项目名称)
 * @param spbillCreateIp the calling machine's IP address
 * @param checkName      whether the real name is checked
 * @param reUserName     the real name, required with {@link NameCheck#FORCE_CHECK}, else {@code null}
 * @param messageType    the message the employee sees
 * @param approvalNumber the approval number with {@link PaymentMessageType#APPROVAL_MSG}, else {@code null}
 * @param agentId        the app it is paid as, or 0
 * @param deviceInfo     the device number, or {@code null}
 */
public record EmployeePaymentRequest(
        String partnerTradeNo,
        String openId,
        long amount,
        String desc,
        String actName,
        String spbillCreateIp,
        NameCheck checkName,
        String reUserName,
        PaymentMessageType messageType,
        String approvalNumber,
        long agentId,
        String deviceInfo) {

    /** Smallest payment in fen (1 CNY). */
    public static final long MIN_AMOUNT = 100;

    /**
     * Checks every field against WeChat Pay's rules.
     *
     * @param partnerTradeNo the merchant order number
     * @param openId         the employee's openid
     * @param amount         the amount in fen
     * @param desc           the description
     * @param actName        the project name
     * @param spbillCreateIp the calling machine's IP
     * @param checkName      the name check
     * @param reUserName     the real name, or {@code null}
     * @param messageType    the message type
     * @param approvalNumber the approval number, or {@code null}
     * @param agentId        the app, or 0
     * @param deviceInfo     the device number, or {@code null}
     * @throws WeComValidationException naming the field and the rule
     */
    public EmployeePaymentRequest {
        OrderNumbers.check(partnerTradeNo, OrderNumbers.MAX_TRADE_NO, "partner_trade_no");
        Limits.openId(openId, 64, "openid");
        if (amount < MIN_AMOUNT) {
            throw new WeComValidationException(
                    "amount must be at least " + MIN_AMOUNT + " fen (1 CNY, WeChat Pay's" + " minimum); got " + amount);
        }
        Limits.required(desc, 81, "desc");
        Limits.required(actName, 50, "act_name");
        Limits.ip(spbillCreateIp, "spbill_create_ip");
        if (checkName == null || checkName == NameCheck.UNKNOWN) {
            throw new WeComValidationException("check_name must be NO_CHECK or FORCE_CHECK; got " + checkName);
        }
        if (checkName == NameCheck.FORCE_CHECK) {
            Limits.required(reUserName, 64, "re_user_name (required with FORCE_CHECK)");
        } else {
            Limits.optional(reUserName, 64, "re_user_name");
        }
        if (messageType == null || messageType == PaymentMessageType.UNKNOWN) {
            throw new WeComValidationException("ww_msg_type must be NORMAL_MSG or APPROVAL_MSG; got " + messageType);
        }
        if (messageType == PaymentMessageType.APPROVAL_MSG) {
            Limits.required(approvalNumber, 64, "approval_number (required with APPROVAL_MSG)");
        } else if (approvalNumber != null) {
            throw new WeComValidationException("approval_number goes only with ww_msg_type APPROVAL_MSG");
        }
        if (agentId < 0) {
            throw new WeComValidationException("agentid must be positive; got " + agentId);
        }
        Limits.optional(deviceInfo, 32, "device_info");
    }

    /**
     * Starts a payment with the caller's own order number.
     *
     * @param partnerTradeNo the merchant order number (1 to 32 letters or digits), reused for every attempt
     * @param openId         the employee's openid
     * @param amount         the amount in fen, at least 100
     * @return a builder
     */
    public static Builder builder(String partnerTradeNo, String openId, long amount) {
        return new Builder(partnerTradeNo, openId, amount);
    }

    Map<String, String> fields(String nonce, String mchId, String appId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("appid", appId);
        fields.put("mch_id", mchId);
        fields.put("device_info", deviceInfo);
        fields.put("nonce_str", nonce);
        fields.put("partner_trade_no", partnerTradeNo);
        fields.put("openid", openId);
        fields.put("check_name", checkName.wireValue());
        fields.put("re_user_name", reUserName);
        fields.put("amount", Long.toString(amount));
        fields.put("desc", desc);
        fields.put("spbill_create_ip", spbillCreateIp);
        fields.put("ww_msg_type", messageType.wireValue());
        fields.put("approval_number", approvalNumber);
        fields.put("approval_type", messageType == PaymentMessageType.APPROVAL_MSG ? "1" : null);
        fields.put("act_name", actName);
        fields.put("agentid", agentId == 0 ? null : Long.toString(agentId));
        return fields;
    }

    /** Builds an {@link EmployeePaymentRequest}; {@link #build()} checks every rule. Not thread-safe. */
    public static final class Builder {
        private final String partnerTradeNo;
        private final String openId;
        private final long amount;
        private String desc;
        private String actName;
        private String spbillCreateIp;
        private NameCheck checkName = NameCheck.NO_CHECK;
        private String reUserName;
        private PaymentMessageType messageType = PaymentMessageType.NORMAL_MSG;
        private String approvalNumber;
        private long agentId;
        private String deviceInfo;

        Builder(String partnerTradeNo, String openId, long amount) {
            this.partnerTradeNo = partnerTradeNo;
            this.openId = openId;
            this.amount = amount;
        }

        /**
         * The description (付款说明), required, at most 81 characters.
         *
         * @param desc the description
         * @return this builder
         */
        public Builder desc(String desc) {
            this.desc = desc;
            return this;
        }

        /**
         * The project name (项目名称), required, at most 50 characters.
         *
         * @param actName the name
         * @return this builder
         */
        public Builder actName(String actName) {
            this.actName = actName;
            return this;
        }

        /**
         * The IP address of the machine calling WeChat Pay ({@code spbill_create_ip}), required.
         *
         * @param ip an IPv4 or IPv6 literal
         * @return this builder
         */
        public Builder spbillCreateIp(String ip) {
            this.spbillCreateIp = ip;
            return this;
        }

        /**
         * Pays only if the account's real name is {@code realName} ({@code FORCE_CHECK}); a mismatch
         * fails with NAME_MISMATCH and pays nothing.
         *
         * @param realName the employee's real name, at most 64 characters
         * @return this builder
         */
        public Builder forceNameCheck(String realName) {
            this.checkName = NameCheck.FORCE_CHECK;
            this.reUserName = realName;
            return this;
        }

        /**
         * Shows the payment as the payment of an approval ({@code APPROVAL_MSG}, {@code approval_type} 1).
         *
         * @param approvalNumber the approval number
         * @return this builder
         */
        public Builder approval(String approvalNumber) {
            this.messageType = PaymentMessageType.APPROVAL_MSG;
            this.approvalNumber = approvalNumber;
            return this;
        }

        /**
         * Pays in an app's name; the app's secret must be the one {@code workwx_sign} is computed with.
         *
         * @param agentId the app's agent id
         * @return this builder
         */
        public Builder agentId(long agentId) {
            this.agentId = agentId;
            return this;
        }

        /**
         * The device number WeChat Pay assigned ({@code device_info}), at most 32 characters.
         *
         * @param deviceInfo the device number
         * @return this builder
         */
        public Builder deviceInfo(String deviceInfo) {
            this.deviceInfo = deviceInfo;
            return this;
        }

        /**
         * Checks and builds the request.
         *
         * @return the request
         * @throws WeComValidationException naming the field and the rule
         */
        public EmployeePaymentRequest build() {
            return new EmployeePaymentRequest(
                    partnerTradeNo,
                    openId,
                    amount,
                    desc,
                    actName,
                    spbillCreateIp,
                    checkName,
                    reUserName,
                    messageType,
                    approvalNumber,
                    agentId,
                    deviceInfo);
        }
    }
}
