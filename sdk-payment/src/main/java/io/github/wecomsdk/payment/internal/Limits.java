package io.github.wecomsdk.payment.internal;

import io.github.wecomsdk.core.WeComValidationException;
import java.util.regex.Pattern;

/** Field checks of the payment requests, each naming WeChat Pay's field and limit. */
public final class Limits {

    private static final Pattern OPENID = Pattern.compile("[0-9A-Za-z_-]+");
    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private Limits() {}

    /**
     * A required text of 1 to {@code max} characters.
     *
     * @param value the value
     * @param max   the limit in characters
     * @param field WeChat Pay's field name
     * @return the value
     */
    public static String required(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            throw new WeComValidationException(field + " is required by WeChat Pay and may not be blank");
        }
        return optional(value, max, field);
    }

    /**
     * An optional text of at most {@code max} characters.
     *
     * @param value the value, or {@code null}
     * @param max   the limit in characters
     * @param field WeChat Pay's field name
     * @return the value
     */
    public static String optional(String value, int max, String field) {
        if (value != null) {
            int length = value.codePointCount(0, value.length());
            if (length > max) {
                throw new WeComValidationException(field + " may be at most " + max + " characters; got " + length);
            }
            for (int i = 0; i < value.length(); i++) {
                if (Character.isISOControl(value.charAt(i))) {
                    throw new WeComValidationException(
                            field + " may not contain control characters (position " + i + ")");
                }
            }
        }
        return value;
    }

    /**
     * An openid: letters, digits, {@code -} and {@code _}, 1 to {@code max} characters.
     *
     * @param openid the openid
     * @param max    the call's limit
     * @param field  WeChat Pay's field name
     * @return the openid
     */
    public static String openId(String openid, int max, String field) {
        if (openid == null
                || openid.isEmpty()
                || openid.length() > max
                || !OPENID.matcher(openid).matches()) {
            throw new WeComValidationException(field + " must be an openid of this corp (1 to " + max
                    + " letters, digits, - or _; convert a userid with user/convert_to_openid); got "
                    + (openid == null ? "null" : "'" + openid + "'"));
        }
        return openid;
    }

    /**
     * An IPv4 or IPv6 literal.
     *
     * @param ip    the address
     * @param field WeChat Pay's field name
     * @return the address
     */
    public static String ip(String ip, String field) {
        if (ip == null
                || !(IPV4.matcher(ip).matches()
                        || (ip.contains(":") && IPV6.matcher(ip).matches()))) {
            throw new WeComValidationException(field + " must be the IP address of the machine that calls WeChat"
                    + " Pay, such as 10.2.3.10; got " + (ip == null ? "null" : "'" + ip + "'"));
        }
        return ip;
    }
}
