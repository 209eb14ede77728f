package io.github.wecomsdk.payment.internal;

import io.github.wecomsdk.core.WeComValidationException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Merchant order numbers ({@code mch_billno}, {@code partner_trade_no}): generated in the form WeCom
 * documents ({@code mch_id + yyyymmdd + 10 digits}, China's date) and checked against each call's
 * rule.
 */
public final class OrderNumbers {

    /** Longest {@code mch_billno} ([90275] String(28)). */
    public static final int MAX_BILLNO = 28;
    /** Longest {@code partner_trade_no} ([90278] String(32)). */
    public static final int MAX_TRADE_NO = 32;
    /** Length a generated number never exceeds: the stricter of the two (the query call documents 28). */
    public static final int GENERATED_MAX = 28;

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern ALNUM = Pattern.compile("[0-9A-Za-z]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private OrderNumbers() {}

    /**
     * A new number: the merchant id, today's date in China ({@code yyyyMMdd}) and 10 random digits,
     * at most {@value #GENERATED_MAX} characters (fewer random digits for a merchant id longer than 10).
     *
     * @param mchId the merchant id
     * @param clock the clock that dates it
     * @return the number
     */
    public static String generate(String mchId, Clock clock) {
        String prefix = mchId + LocalDate.now(clock.withZone(CHINA)).format(DAY);
        int digits = Math.min(10, GENERATED_MAX - prefix.length());
        if (digits < 6) {
            throw new WeComValidationException("Cannot generate an order number for merchant id of " + mchId.length()
                    + " characters within " + GENERATED_MAX + " characters; set one yourself");
        }
        StringBuilder number = new StringBuilder(prefix);
        for (int i = 0; i < digits; i++) {
            number.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return number.toString();
    }

    /**
     * Checks a caller's number: letters and digits only, 1 to {@code max} characters.
     *
     * @param number the number
     * @param max    the call's limit
     * @param field  WeCom's field name
     * @return the number
     * @throws WeComValidationException naming the field and the rule
     */
    public static String check(String number, int max, String field) {
        if (number == null
                || number.isEmpty()
                || number.length() > max
                || !ALNUM.matcher(number).matches()) {
            throw new WeComValidationException(field + " must be 1 to " + max + " letters or digits (WeChat Pay's"
                    + " rule; no symbols or spaces); got "
                    + (number == null ? "null" : "'" + number + "' (" + number.length() + " characters)"));
        }
        return number;
    }
}
