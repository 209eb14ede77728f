package io.github.wecomsdk.testkit;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link FakeMerchant} checks before it pays or answers a query: the fields each call may carry,
 * {@code sign}, the merchant and corp ids, {@code workwx_sign} with the app's secret, and WeChat Pay's
 * rules for the business fields. Each check answers the refusal WeChat Pay sends, or {@code null}.
 */
final class MerchantChecks {

    private static final List<String> RED_PACKET_WORKWX =
            List.of("act_name", "mch_billno", "mch_id", "nonce_str", "re_openid", "total_amount", "wxappid");
    private static final List<String> EMPLOYEE_WORKWX =
            List.of("amount", "appid", "desc", "mch_id", "nonce_str", "openid", "partner_trade_no", "ww_msg_type");
    private static final Set<String> RED_PACKET_FIELDS = Set.of(
            "nonce_str",
            "sign",
            "mch_billno",
            "mch_id",
            "wxappid",
            "sender_name",
            "agentid",
            "sender_header_media_id",
            "re_openid",
            "total_amount",
            "wishing",
            "act_name",
            "remark",
            "scene_id",
            "workwx_sign");
    private static final Set<String> EMPLOYEE_FIELDS = Set.of(
            "appid",
            "mch_id",
            "device_info",
            "nonce_str",
            "sign",
            "partner_trade_no",
            "openid",
            "check_name",
            "re_user_name",
            "amount",
            "desc",
            "spbill_create_ip",
            "workwx_sign",
            "ww_msg_type",
            "approval_number",
            "approval_type",
            "act_name",
            "agentid");
    private static final Set<String> RED_PACKET_QUERY_FIELDS =
            Set.of("nonce_str", "sign", "mch_billno", "mch_id", "appid");
    private static final Set<String> EMPLOYEE_QUERY_FIELDS =
            Set.of("nonce_str", "sign", "partner_trade_no", "mch_id", "appid");

    private final String mchId;
    private final String apiKey;
    private final String appId;
    private final String workwxSecret;
    private final Map<Long, String> appSecrets;
    private final MerchantAnswers answers;

    MerchantChecks(
            String mchId,
            String apiKey,
            String appId,
            String workwxSecret,
            Map<Long, String> appSecrets,
            MerchantAnswers answers) {
        this.mchId = mchId;
        this.apiKey = apiKey;
        this.appId = appId;
        this.workwxSecret = workwxSecret;
        this.appSecrets = appSecrets;
        this.answers = answers;
    }

    /** The fields a call may carry, or {@code null} for a path the fake does not serve. */
    static Set<String> allowedFields(String path) {
        return switch (path) {
            case FakeMerchant.SEND_RED_PACKET -> RED_PACKET_FIELDS;
            case FakeMerchant.PAY_EMPLOYEE -> EMPLOYEE_FIELDS;
            case FakeMerchant.QUERY_RED_PACKET -> RED_PACKET_QUERY_FIELDS;
            case FakeMerchant.QUERY_EMPLOYEE -> EMPLOYEE_QUERY_FIELDS;
            default -> null;
        };
    }

    /** The checks of every call: no {@code sign_type}, only documented fields, {@code sign}, merchant, corp. */
    Map<String, String> requestRefusal(
            String path, Map<String, String> fields, Set<String> allowed, boolean redPacket) {
        if (fields.containsKey("sign_type")) {
            return MerchantAnswers.fail("SIGN_ERROR", "签名错误: sign_type is not a field of this API");
        }
        for (String name : fields.keySet()) {
            if (!allowed.contains(name)) {
                return answers.businessFail("PARAM_ERROR", "undocumented field " + name, redPacket);
            }
        }
        String sign = fields.get("sign");
        if (sign == null || !sign.equals(FakeMerchantSignatures.sign(fields, apiKey))) {
            return MerchantAnswers.fail("SIGN_ERROR", "签名错误");
        }
        String appField = path.equals(FakeMerchant.SEND_RED_PACKET) ? "wxappid" : "appid";
        if (!mchId.equals(fields.get("mch_id"))) {
            return answers.businessFail("NO_COMPETENCE", "商户号错误", redPacket);
        }
        if (!appId.equals(fields.get(appField))) {
            return answers.businessFail("ILLEGAL_APPID", appField + " is not this merchant's corp", redPacket);
        }
        return null;
    }

    /** The checks of a payment: {@code workwx_sign} with the app's secret, then the business rules. */
    Map<String, String> paymentRefusal(FakeMerchantPayment.Kind kind, Map<String, String> fields) {
        boolean redPacket = kind == FakeMerchantPayment.Kind.RED_PACKET;
        String secret = workwxSecret;
        String agentId = fields.get("agentid");
        if (agentId != null) {
            try {
                secret = appSecrets.getOrDefault(Long.parseLong(agentId), workwxSecret);
            } catch (NumberFormatException e) {
                return answers.businessFail("PARAM_ERROR", "agentid is not a number", redPacket);
            }
        }
        String expected =
                FakeMerchantSignatures.workwxSign(fields, redPacket ? RED_PACKET_WORKWX : EMPLOYEE_WORKWX, secret);
        if (!expected.equals(fields.get("workwx_sign"))) {
            return answers.businessFail(redPacket ? "SIGN_ERROR" : "WORKWX_SIGN_ERROR", "企业微信签名失败", redPacket);
        }
        String problem = redPacket ? checkRedPacket(fields) : checkEmployeePayment(fields);
        return problem == null ? null : answers.businessFail("PARAM_ERROR", problem, redPacket);
    }

    private static String checkRedPacket(Map<String, String> f) {
        for (String name :
                List.of("nonce_str", "mch_billno", "re_openid", "total_amount", "wishing", "act_name", "remark")) {
            if (f.get(name) == null || f.get(name).isEmpty()) {
                return name + " is required";
            }
        }
        if (!f.get("mch_billno").matches("[0-9A-Za-z]{1,28}")) {
            return "mch_billno must be 1 to 28 letters or digits";
        }
        if ((f.get("sender_name") == null) == (f.get("agentid") == null)) {
            return "exactly one of sender_name and agentid";
        }
        long amount = number(f.get("total_amount"));
        if (amount <= 0) {
            return "total_amount must be positive fen";
        }
        if ((amount < 100 || amount > 20_000) && f.get("scene_id") == null) {
            return "scene_id is required under 1 CNY or over 200 CNY";
        }
        return null;
    }

    private static String checkEmployeePayment(Map<String, String> f) {
        for (String name : List.of(
                "nonce_str",
                "partner_trade_no",
                "openid",
                "check_name",
                "amount",
                "desc",
                "spbill_create_ip",
                "ww_msg_type",
                "act_name")) {
            if (f.get(name) == null || f.get(name).isEmpty()) {
                return name + " is required";
            }
        }
        if (!f.get("partner_trade_no").matches("[0-9A-Za-z]{1,32}")) {
            return "partner_trade_no must be 1 to 32 letters or digits";
        }
        if (number(f.get("amount")) < 100) {
            return "amount must be at least 100 fen";
        }
        if ("FORCE_CHECK".equals(f.get("check_name")) && f.get("re_user_name") == null) {
            return "re_user_name is required with FORCE_CHECK";
        }
        return null;
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
