package io.github.wecomsdk.apps;

import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.Locale;

/** URL checks shared by menus, workbench items and app settings. */
final class Urls {

    private Urls() {}

    /** Requires an {@code http://} or {@code https://} URL (WeCom's 45034 / 40094 otherwise). */
    static String requireHttp(String url, String field) {
        Checks.notBlank(url, field);
        if (!hasHttpScheme(url)) {
            throw new WeComValidationException(
                    field + " must start with http:// or https:// (WeCom needs the" + " scheme); got " + url);
        }
        return url;
    }

    static boolean hasHttpScheme(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") && lower.length() > "https://".length())
                || (lower.startsWith("http://") && lower.length() > "http://".length());
    }
}
