package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.WireEnum;

/**
 * The {@code err_code} values WeChat Pay documents for corporate red packets ([90275], [90276]) and
 * payments to employees ([90278], [90279]), each with what to do about it.
 *
 * <p>{@link #settled()} says whether the code means the payment certainly did not happen (so fixing
 * the cause and paying again is safe); the others ({@link #SYSTEMERROR}, {@link #PROCESSING},
 * {@link #CA_ERROR}, {@link #UNKNOWN} and new codes) leave the outcome open, and the SDK resolves them
 * with the query call before anything else.
 */
public enum PaymentErrorCode implements WireEnum<String> {

    /** The request was refused as risky, or the API is not enabled for the merchant. */
    NO_AUTH(
            "NO_AUTH",
            true,
            "WeChat Pay refused it as risky or the API is not enabled: ask the employee to use"
                    + " an active, verified WeChat account, or ask WeChat Pay to enable the API"),
    /** The API is not enabled for the merchant (payments to employees). */
    NOAUTH("NOAUTH", true, "the API is not enabled for this merchant: ask WeChat Pay to enable it"),
    /** The employee reached today's count limit. */
    SENDNUM_LIMIT(
            "SENDNUM_LIMIT",
            true,
            "the employee reached today's limit on the number of payments or red"
                    + " packets: raise it in the merchant platform (产品设置 / API安全) or pay tomorrow with the same order"
                    + " number"),
    /** The merchant reached today's red-packet total. */
    SENDAMOUNT_LIMIT(
            "SENDAMOUNT_LIMIT",
            true,
            "the merchant reached today's red-packet total: raise it in the" + " merchant platform (现金红包 - 产品设置)"),
    /** The employee reached today's red-packet amount. */
    RCVDAMOUNT_LIMIT(
            "RCVDAMOUNT_LIMIT",
            true,
            "the employee reached today's red-packet amount: raise it in the" + " merchant platform (现金红包 - 产品设置)"),
    /** The appid is not the corp id / an official-account appid. */
    ILLEGAL_APPID("ILLEGAL_APPID", true, "wxappid/appid must be the corp id: check appId on the builder"),
    /** The red-packet amount is outside the allowed range. */
    MONEY_LIMIT(
            "MONEY_LIMIT",
            true,
            "the amount is outside the merchant's red-packet range (1 to 200 CNY by"
                    + " default): change the amount or the range in the merchant platform"),
    /** The payment amount is below the minimum. */
    AMOUNT_LIMIT("AMOUNT_LIMIT", true, "the amount is below the minimum (1 CNY): pay at least 100 fen"),
    /** The red packet failed for good. */
    SEND_FAILED("SEND_FAILED", true, "the red packet failed for good: to send it again use a new mch_billno"),
    /** The same order number came with other parameters. */
    FATAL_ERROR(
            "FATAL_ERROR",
            true,
            "this order number was used before with other parameters: repeat it only"
                    + " with the original parameters, or use a new number for a new payment"),
    /** The request's certificate was missing or wrong; the outcome is checked with the query. */
    CA_ERROR(
            "CA_ERROR",
            false,
            "the merchant certificate was missing or wrong: download apiclient_cert.p12"
                    + " from the merchant platform and configure it"),
    /** A signature was wrong. */
    SIGN_ERROR(
            "SIGN_ERROR",
            true,
            "a signature was refused: check the merchant API key (sign) and the secret of"
                    + " the app whose agentid the call carries (workwx_sign)"),
    /** The outcome is not known; query with the same number. */
    SYSTEMERROR(
            "SYSTEMERROR",
            false,
            "WeChat Pay did not say whether it paid: query with the same order number"
                    + " and never pay again with a new one"),
    /** The query system was busy (red-packet query). */
    PSYSTEMERROR("PSYSTEMERROR", false, "WeChat Pay's red-packet system was busy: query again later"),
    /** The XML body was refused. */
    XML_ERROR("XML_ERROR", true, "WeChat Pay could not read the XML body: report it as an SDK bug"),
    /** Called too often. */
    FREQ_LIMIT("FREQ_LIMIT", true, "called too often: slow down and try again later with the same order number"),
    /** The merchant balance is too low. */
    NOTENOUGH(
            "NOTENOUGH",
            true,
            "the merchant balance is too low: top it up in the merchant platform, then pay"
                    + " again with the same order number"),
    /** The openid does not belong to the appid. */
    OPENID_ERROR(
            "OPENID_ERROR",
            true,
            "the openid does not belong to this corp: convert the userid with"
                    + " user/convert_to_openid of the same corp"),
    /** Still being processed; query later. */
    PROCESSING(
            "PROCESSING",
            false,
            "WeChat Pay is still processing it: query with the same order number later"
                    + " (about 20 minutes for red packets)"),
    /** A parameter was refused. */
    PARAM_ERROR(
            "PARAM_ERROR",
            true,
            "a parameter was refused: read err_code_des; a repeated order number must" + " carry the original amount"),
    /** The merchant has no corporate payment. */
    NO_COMPETENCE(
            "NO_COMPETENCE",
            true,
            "the merchant id has no corporate payment: check the merchant bound in" + " WeCom's admin console (企业支付)"),
    /** API sending is closed for the merchant. */
    API_METHOD_CLOSED(
            "API_METHOD_CLOSED",
            true,
            "API sending is switched off: an admin must switch it on in the" + " merchant platform"),
    /** The real-name check failed. */
    NAME_MISMATCH(
            "NAME_MISMATCH",
            true,
            "re_user_name is not the employee's real name: correct it, or pay with" + " NO_CHECK"),
    /** Wrong HTTP method. */
    HTTP_METHOD_ERROR("HTTP_METHOD_ERROR", true, "WeChat Pay wants HTTP POST: report it as an SDK bug"),
    /** The employee has no verified WeChat Pay account. */
    V2_ACCOUNT_SIMPLE_BAN(
            "V2_ACCOUNT_SIMPLE_BAN",
            true,
            "the employee's WeChat Pay account is not verified:"
                    + " ask them to verify their real name (bind a card) in WeChat Pay"),
    /** The merchant is not bound to this corp. */
    WORKWX_MCHID_ERROR(
            "WORKWX_MCHID_ERROR",
            true,
            "the merchant is not bound to this corp: bind it in WeCom's" + " admin console"),
    /** workwx_sign was refused. */
    WORKWX_SIGN_ERROR(
            "WORKWX_SIGN_ERROR",
            true,
            "workwx_sign was refused: use the secret of the app whose"
                    + " agentid the call carries (or the legacy 企业支付 app secret), not the merchant API key"),
    /** No such order (query calls). */
    NOT_FOUND("NOT_FOUND", true, "no payment with this order number (it may still be processing)"),
    /** A code this SDK does not know; the outcome is treated as open. */
    UNKNOWN(
            null,
            false,
            "an error code this SDK does not know: do not pay again with a new order number; query"
                    + " with the same number or ask WeChat Pay support");

    private final String wireValue;
    private final boolean settled;
    private final String action;

    PaymentErrorCode(String wireValue, boolean settled, String action) {
        this.wireValue = wireValue;
        this.settled = settled;
        this.action = action;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /**
     * Whether the code means the payment certainly did not happen.
     *
     * @return {@code true} for a settled refusal; {@code false} when the outcome is open
     */
    public boolean settled() {
        return settled;
    }

    /**
     * What to do about it, in a sentence.
     *
     * @return the advice
     */
    public String action() {
        return action;
    }

    /**
     * The constant for a wire value; never throws.
     *
     * @param wire the {@code err_code}, may be {@code null}
     * @return the constant, or {@link #UNKNOWN}
     */
    public static PaymentErrorCode fromWire(String wire) {
        for (PaymentErrorCode value : values()) {
            if (value.wireValue != null && value.wireValue.equals(wire)) {
                return value;
            }
        }
        return UNKNOWN;
    }
}
