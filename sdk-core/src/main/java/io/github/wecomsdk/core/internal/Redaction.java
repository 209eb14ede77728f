package io.github.wecomsdk.core.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that knows which names carry secrets, and masks them in URLs, JSON and free text
 * before anything reaches a log line or an exception message.
 */
public final class Redaction {

    /** What a masked value is replaced with. */
    public static final String MASK = "***";

    private static final Set<String> SECRET_NAMES = Set.of(
            "access_token", "corpsecret", "secret", "suite_access_token", "provider_access_token",
            "suite_secret", "provider_secret", "permanent_code", "key", "ticket", "jsapi_ticket",
            "encoding_aeskey", "encodingaeskey", "aes_key", "aeskey", "sign", "workwx_sign", "code",
            "auth_code", "password", "token", "signature", "msg_signature");

    private static final Pattern QUERY_PAIR = Pattern.compile("([?&])([^=&#\\s]+)=([^&#\\s]*)");
    private static final Pattern JSON_PAIR = Pattern.compile("\"([A-Za-z_]+)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private Redaction() {
    }

    /**
     * Whether a parameter or field name carries a secret.
     *
     * @param name the name, in any case
     * @return {@code true} if its value must never be shown
     */
    public static boolean isSecretName(String name) {
        return SECRET_NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Masks secret query parameters in a URL or in any text that contains URL query pairs.
     *
     * @param text a URL or text
     * @return the text with secret values replaced by {@value #MASK}
     */
    public static String query(String text) {
        if (text == null || text.indexOf('=') < 0) {
            return text;
        }
        Matcher matcher = QUERY_PAIR.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String replacement = isSecretName(matcher.group(2))
                    ? matcher.group(1) + matcher.group(2) + "=" + MASK
                    : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * Masks the string values of secret fields in JSON text.
     *
     * @param json JSON text
     * @return the text with secret values replaced by {@value #MASK}
     */
    public static String json(String json) {
        if (json == null || json.indexOf('"') < 0) {
            return json;
        }
        Matcher matcher = JSON_PAIR.matcher(json);
        StringBuilder out = new StringBuilder(json.length());
        while (matcher.find()) {
            String replacement = isSecretName(matcher.group(1))
                    ? "\"" + matcher.group(1) + "\":\"" + MASK + "\""
                    : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
