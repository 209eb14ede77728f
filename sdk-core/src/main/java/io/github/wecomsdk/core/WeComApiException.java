package io.github.wecomsdk.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WeCom answered with a non-zero {@code errcode}. Carries the errcode, WeCom's {@code errmsg}, the
 * request-trace {@code hint} WeCom support asks for, and the API path; the message adds a one-line
 * meaning of the errcode from {@link WeComErrorCodes}.
 *
 * <p>WeCom's rule is to decide on {@code errcode} only: {@code errmsg} wording changes over time.
 */
public class WeComApiException extends WeComException {

    private static final long serialVersionUID = 1L;
    private static final Pattern HINT = Pattern.compile("hint: \\[([^\\]]*)]");

    private final int errcode;
    private final String errmsg;
    private final String hint;
    private final String path;

    /**
     * Creates an API error from WeCom's error envelope.
     *
     * @param errcode WeCom's errcode, never 0
     * @param errmsg  WeCom's errmsg, possibly {@code null}
     * @param path    the API path, without query
     */
    public WeComApiException(int errcode, String errmsg, String path) {
        this(errcode, errmsg, path, null);
    }

    /**
     * Creates an API error with a note on what the SDK already did about it.
     *
     * @param errcode WeCom's errcode, never 0
     * @param errmsg  WeCom's errmsg, possibly {@code null}
     * @param path    the API path, without query
     * @param sdkNote what the SDK did before giving up (such as refreshing the token), or {@code null}
     */
    public WeComApiException(int errcode, String errmsg, String path, String sdkNote) {
        super(describe(errcode, errmsg, path, sdkNote));
        this.errcode = errcode;
        this.errmsg = errmsg == null ? "" : errmsg;
        this.hint = extractHint(this.errmsg);
        this.path = path;
    }

    private static String describe(int errcode, String errmsg, String path, String sdkNote) {
        StringBuilder text = new StringBuilder(160)
                .append("WeCom error ")
                .append(errcode)
                .append(" on ")
                .append(path)
                .append(": ")
                .append(WeComErrorCodes.meaning(errcode, path));
        if (sdkNote != null && !sdkNote.isEmpty()) {
            text.append("; ").append(sdkNote);
        }
        String hint = extractHint(errmsg);
        if (hint != null) {
            text.append(" [hint ").append(hint).append(']');
        }
        if (errmsg != null && !errmsg.isEmpty()) {
            text.append(" (errmsg: ").append(errmsg).append(')');
        }
        return text.toString();
    }

    static String extractHint(String errmsg) {
        if (errmsg == null) {
            return null;
        }
        Matcher matcher = HINT.matcher(errmsg);
        return matcher.find() ? matcher.group(1) : null;
    }

    /**
     * WeCom's errcode.
     *
     * @return the errcode, never 0
     */
    public int errcode() {
        return errcode;
    }

    /**
     * WeCom's errmsg as sent; free text whose wording WeCom may change.
     *
     * @return the errmsg, empty if WeCom sent none
     */
    public String errmsg() {
        return errmsg;
    }

    /**
     * The request trace id WeCom puts in errmsg as {@code hint: [...]}; quote it to WeCom support.
     *
     * @return the hint, or {@code null} when WeCom sent none
     */
    public String hint() {
        return hint;
    }

    /**
     * The API path of the failed call, without query string.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * Whether WeCom rejected the access token (40001, 40014, 42001 on any endpoint but
     * {@code gettoken}); 40001 from {@code gettoken} is a wrong secret, where no token was rejected.
     *
     * @return {@code true} for a rejected or expired token
     */
    public boolean isTokenRejected() {
        return WeComErrorCodes.isTokenRejected(errcode, path);
    }

    /**
     * Whether WeCom refused the call for its rate or concurrency limits (45009, 45033).
     *
     * @return {@code true} for a rate limit
     */
    public boolean isRateLimited() {
        return WeComErrorCodes.isRateLimited(errcode);
    }
}
