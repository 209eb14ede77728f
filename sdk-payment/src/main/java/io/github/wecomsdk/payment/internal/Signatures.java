package io.github.wecomsdk.payment.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The two MD5 signatures of WeCom's payment calls ([90281]): {@code workwx_sign} over a fixed field
 * list with {@code &secret=}, and WeChat Pay's {@code sign} over every non-empty field with
 * {@code &key=}. Both sort keys by ASCII, skip empty values and give uppercase hex.
 */
public final class Signatures {

    /** The fields {@code workwx_sign} covers for {@code sendworkwxredpack}, and no others. */
    public static final java.util.List<String> RED_PACKET_WORKWX_FIELDS =
            java.util.List.of("act_name", "mch_billno", "mch_id", "nonce_str", "re_openid", "total_amount", "wxappid");

    /** The fields {@code workwx_sign} covers for {@code paywwsptrans2pocket}, and no others. */
    public static final java.util.List<String> EMPLOYEE_PAYMENT_WORKWX_FIELDS = java.util.List.of(
            "amount", "appid", "desc", "mch_id", "nonce_str", "openid", "partner_trade_no", "ww_msg_type");

    private Signatures() {}

    /**
     * WeCom's {@code workwx_sign}: MD5 of the listed non-empty fields sorted by key, joined as
     * {@code k=v&...}, followed by {@code &secret=<secret>}; uppercase hex.
     *
     * @param fields every field of the request
     * @param signed the fixed field list of the call
     * @param secret the secret of the app whose agentid the call carries (or the legacy payment app's)
     * @return the signature
     */
    public static String workwxSign(Map<String, String> fields, Collection<String> signed, String secret) {
        Map<String, String> covered = new TreeMap<>();
        for (String name : signed) {
            String value = fields.get(name);
            if (value != null && !value.isEmpty()) {
                covered.put(name, value);
            }
        }
        return md5(join(covered) + "&secret=" + secret);
    }

    /**
     * WeChat Pay's {@code sign}: MD5 of every non-empty field except {@code sign} itself, sorted by
     * key, joined as {@code k=v&...}, followed by {@code &key=<apiKey>}; uppercase hex.
     *
     * @param fields the fields (a {@code sign} among them is skipped)
     * @param apiKey the merchant API key (商户平台 API 密钥)
     * @return the signature
     */
    public static String paySign(Map<String, String> fields, String apiKey) {
        Map<String, String> covered = new TreeMap<>();
        fields.forEach((name, value) -> {
            if (!"sign".equals(name) && value != null && !value.isEmpty()) {
                covered.put(name, value);
            }
        });
        return md5(join(covered) + "&key=" + apiKey);
    }

    /**
     * Compares two signatures in constant time, ignoring case.
     *
     * @param expected the computed signature
     * @param actual   the received one, may be {@code null}
     * @return whether they match
     */
    public static boolean matches(String expected, String actual) {
        if (actual == null) {
            return false;
        }
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII),
                actual.strip().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private static String join(Map<String, String> sorted) {
        StringBuilder text = new StringBuilder();
        sorted.forEach((name, value) -> {
            if (text.length() > 0) {
                text.append('&');
            }
            text.append(name).append('=').append(value);
        });
        return text.toString();
    }

    private static String md5(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this JVM", e);
        }
    }
}
