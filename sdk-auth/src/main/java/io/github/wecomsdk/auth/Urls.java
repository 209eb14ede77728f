package io.github.wecomsdk.auth;

import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** The URL rules WeCom applies to links and signed pages, checked before anything is built. */
final class Urls {

    /** WeCom's rule for {@code state}: letters and digits, at most 128 bytes. */
    static final Pattern STATE = Pattern.compile("[a-zA-Z0-9]{0,128}");

    /** WeCom's limit for a {@code code}, {@code user_ticket} and the like: 512 bytes. */
    static final int MAX_CODE_BYTES = 512;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Urls() {}

    /**
     * Percent-encodes a query value: every byte outside RFC 3986's unreserved set becomes {@code %XX},
     * a space included ({@code %20}, never {@code +}).
     */
    static String encode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    /**
     * Checks a redirect URI given as the plain URL: absolute http(s), with a host, no fragment, and
     * not already URL-encoded (the link encodes it once).
     */
    static String redirectUri(String value) {
        if (value == null || value.isBlank()) {
            throw new WeComValidationException("redirectUri is required: the absolute URL WeCom sends the browser"
                    + " back to with ?code=...&state=..., on the app's trusted domain");
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http%3a") || lower.startsWith("https%3a")) {
            throw new WeComValidationException("redirectUri looks URL-encoded already (" + value + "); pass the"
                    + " plain URL such as https://app.example.com/callback: the SDK encodes it exactly once");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new WeComValidationException("redirectUri is not a valid URL (" + e.getReason() + "): " + value);
        }
        if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                || uri.getHost() == null) {
            throw new WeComValidationException("redirectUri must be an absolute http(s) URL with a host on the"
                    + " app's trusted domain; got " + value);
        }
        if (uri.getRawFragment() != null) {
            throw new WeComValidationException("redirectUri must not have a fragment (#...): WeCom appends"
                    + " ?code=...&state=... and the browser would drop what follows #; got " + value);
        }
        return value;
    }

    /** Checks a single-use code or ticket before it is sent: not blank, at most 512 bytes. */
    static String code(String value, String field) {
        return Checks.maxBytes(Checks.notBlank(value, field), MAX_CODE_BYTES, field);
    }

    /** Checks an agent id a link was given: {@code null} (the client's), or positive. */
    static Long agentId(Long agentId) {
        if (agentId != null && agentId <= 0) {
            throw new WeComValidationException("agentId must be positive; got " + agentId);
        }
        return agentId;
    }

    /** The agent id for a link: the request's, else the client's, else {@code null}. */
    static Long agentIdFor(Long requested, WeComClient client) {
        if (requested != null) {
            return requested;
        }
        return client.agentId().isPresent() ? Long.valueOf(client.agentId().getAsLong()) : null;
    }

    /** Checks {@code state} against WeCom's {@code [a-zA-Z0-9]{0,128}}. */
    static String state(String state) {
        if (state == null) {
            return "";
        }
        if (!STATE.matcher(state).matches()) {
            throw new WeComValidationException("state must be letters and digits only ([a-zA-Z0-9]), at most 128;"
                    + " got " + state.length() + " characters" + (state.length() <= 128 ? " with others" : "")
                    + ". OAuthStates.issue(sessionId) makes a suitable one");
        }
        return state;
    }

    /**
     * The page URL as a JS-SDK signature wants it: exactly what the caller gave, less the fragment;
     * never decoded, encoded or escaped.
     */
    static String pageUrl(String pageUrl) {
        if (pageUrl == null || pageUrl.isBlank()) {
            throw new WeComValidationException("pageUrl is required: the full URL of the page that calls"
                    + " ww.register / wx.config, as the browser shows it (location.href), fragment optional");
        }
        int hash = pageUrl.indexOf('#');
        String url = hash < 0 ? pageUrl : pageUrl.substring(0, hash);
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            throw new WeComValidationException("pageUrl must be the page's absolute http(s) URL as the browser"
                    + " has it (location.href.split('#')[0]); got " + url);
        }
        if (lower.contains("&amp;")) {
            throw new WeComValidationException("pageUrl contains '&amp;': it was HTML-escaped on its way to the"
                    + " server; pass location.href as the browser has it, unescaped and not URL-encoded");
        }
        return url;
    }
}
