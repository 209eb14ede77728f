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
            "access_token",
            "corpsecret",
            "secret",
            "suite_access_token",
            "provider_access_token",
            "suite_secret",
            "provider_secret",
            "permanent_code",
            "key",
            "ticket",
            "jsapi_ticket",
            "encoding_aeskey",
            "encodingaeskey",
            "aes_key",
            "aeskey",
            "sign",
            "workwx_sign",
            "code",
            "auth_code",
            "password",
            "token",
            "signature",
            "msg_signature",
            "session_key",
            "user_ticket",
            "user_doc_ticket",
            "tfa_code",
            "js_code",
            "api_key",
            "apikey",
            "pay_key",
            "mch_key",
            "pre_auth_code",
            "suite_ticket",
            "cert_password",
            "private_key");

    private static final Pattern QUERY_PAIR = Pattern.compile("([?&])([^=&#\\s]+)=([^&#\\s]*)");
    /**
     * The start of a string member, also inside a JSON string (escaped quotes, group 1), up to the
     * value's opening quote; the name in group 2.
     */
    private static final Pattern JSON_MEMBER = Pattern.compile("(\\\\?)\"([A-Za-z_]+)\\1\"\\s*:\\s*\\1\"");

    private Redaction() {}

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
            String replacement =
                    isSecretName(matcher.group(2)) ? matcher.group(1) + matcher.group(2) + "=" + MASK : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * Masks the string values of secret fields in JSON text, also in JSON carried inside a JSON string;
     * text that does not close is masked to its end.
     *
     * @param json JSON text
     * @return the text with secret values replaced by {@value #MASK}
     */
    public static String json(String json) {
        if (json == null || json.indexOf('"') < 0) {
            return json;
        }
        Matcher member = JSON_MEMBER.matcher(json);
        StringBuilder out = new StringBuilder(json.length());
        int copied = 0;
        int from = 0;
        while (from < json.length() && member.find(from)) {
            from = member.end();
            if (!isSecretName(member.group(2))) {
                continue;
            }
            int end = valueEnd(json, member.end(), !member.group(1).isEmpty());
            out.append(json, copied, member.end()).append(MASK);
            if (end < 0) {
                return out.toString();
            }
            copied = end;
            from = end;
        }
        return out.append(json, copied, json.length()).toString();
    }

    /**
     * Where a string value starting at {@code start} closes: the index of its closing quote (of the
     * backslash before it when the value is inside another JSON string), or -1 if it never closes.
     */
    private static int valueEnd(String json, int start, boolean nested) {
        int i = start;
        boolean escapeNext = false;
        while (i < json.length()) {
            int at = i;
            char c = json.charAt(i);
            if (nested && c == '\\' && i + 1 < json.length()) {
                c = json.charAt(i + 1);
                i += 2;
            } else {
                i++;
            }
            if (escapeNext) {
                escapeNext = false;
            } else if (c == '\\') {
                escapeNext = true;
            } else if (c == '"') {
                return at;
            }
        }
        return -1;
    }
}
