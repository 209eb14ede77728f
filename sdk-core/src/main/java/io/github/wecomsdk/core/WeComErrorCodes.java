package io.github.wecomsdk.core;

import java.util.Map;

/**
 * One-line meanings of WeCom's common errcodes (from WeCom's global error-code page), used in
 * {@link WeComApiException} messages, and the classification the client acts on.
 */
public final class WeComErrorCodes {

    /** WeCom's "system busy": safe to retry a few times. */
    public static final int SYSTEM_BUSY = -1;
    /** Invalid secret, or a token WeCom no longer accepts. */
    public static final int INVALID_SECRET = 40001;
    /** Invalid access token. */
    public static final int INVALID_ACCESS_TOKEN = 40014;
    /** Expired access token. */
    public static final int ACCESS_TOKEN_EXPIRED = 42001;
    /** API call frequency over the limit. */
    public static final int RATE_LIMITED = 45009;
    /** Concurrent calls over the limit. */
    public static final int CONCURRENCY_LIMITED = 45033;

    private static final Map<Integer, String> MEANINGS = Map.ofEntries(
            Map.entry(-1, "system busy; retry a little later (WeCom advises at most 3 retries)"),
            Map.entry(6000, "data version conflict from a concurrent change; retry later"),
            Map.entry(40001, "invalid secret, or the token is no longer accepted: check the corpid/secret pair"
                    + " (a reset secret or a disabled app causes this)"),
            Map.entry(40003, "invalid UserID: 1-64 characters of [A-Za-z0-9-_.] that must exist"),
            Map.entry(40007, "invalid media_id: it is from another API, of the wrong type, or expired"
                    + " (temporary media lives 3 days)"),
            Map.entry(40013, "invalid CorpID: check the corpid in the admin console"),
            Map.entry(40014, "invalid access_token: it expired, was revoked or belongs to another app"),
            Map.entry(40029, "invalid oauth code: a code is single-use and valid for 5 minutes"),
            Map.entry(40031, "invalid UserID list"),
            Map.entry(40032, "invalid length of the UserID list (messages take at most 1000 users,"
                    + " batchdelete at most 200)"),
            Map.entry(40035, "invalid parameter: an empty or over-long list, or a string where an array is expected"),
            Map.entry(40056, "invalid agentid: it must exist and belong to this corp"),
            Map.entry(40058, "invalid parameter: malformed JSON, an over-long value, a missing required field"
                    + " or the wrong HTTP method"),
            Map.entry(40063, "a required parameter is empty, or the method or body encoding is wrong"),
            Map.entry(40070, "every tag in the range is invalid"),
            Map.entry(40088, "jobid does not exist"),
            Map.entry(40089, "the batch job's result was cleaned up: only the latest 5 jobs are kept"),
            Map.entry(40093, "jsapi signature error"),
            Map.entry(40096, "invalid external contact userid"),
            Map.entry(41001, "access_token missing: it must be in the URL query"),
            Map.entry(41050, "invalid welcome code: it is single-use and valid 20 s after the add event"),
            Map.entry(42001, "access_token expired"),
            Map.entry(42052, "msgid expired: only messages of the last 24 hours can be recalled"),
            Map.entry(45001, "media file over the size limit"),
            Map.entry(45002, "message content over the size limit"),
            Map.entry(45009, "API call frequency over the limit; the block lasts the whole window"
                    + " (a minute, an hour or the rest of the day)"),
            Map.entry(45033, "too many concurrent calls to this API; lower the concurrency"),
            Map.entry(48001, "API not authorised for this app"),
            Map.entry(48002, "this token's app has no permission for the API (contact writes need the contacts"
                    + " secret, customer APIs the customer-contact secret)"),
            Map.entry(48009, "the contacts-sync assistant may not read contact details from a new IP"),
            Map.entry(50001, "redirect_url is not on a trusted domain registered for the app"),
            Map.entry(50002, "the member is outside the app's visible range"),
            Map.entry(60011, "no permission for the member, department or tag (outside the visible range,"
                    + " or a tag another app created)"),
            Map.entry(60020, "untrusted caller IP: add this server's IP to the app's trusted IPs"),
            Map.entry(60102, "UserID already exists"),
            Map.entry(60104, "mobile number already exists"),
            Map.entry(60106, "email already exists"),
            Map.entry(60110, "the user is in too many departments"),
            Map.entry(60111, "UserID not found: the member left, was deleted or is outside the visible range"),
            Map.entry(60123, "invalid department id"),
            Map.entry(81011, "no permission on this tag: apps may only change tags they created"),
            Map.entry(81013, "every UserID, department and tag is invalid or outside the app's range"),
            Map.entry(81014, "too many users or departments added to a tag in one call"),
            Map.entry(82001, "the member, department and tag lists are all empty"),
            Map.entry(84014, "user_ticket expired"),
            Map.entry(84061, "no relation with this external contact"),
            Map.entry(86216, "an app chat member id is invalid"),
            Map.entry(301002, "the token's app is not the agentid in the request"),
            Map.entry(301005, "the creator cannot be deleted"));

    private WeComErrorCodes() {
    }

    /**
     * The one-line meaning of an errcode, for messages and logs.
     *
     * @param errcode WeCom's errcode
     * @return its meaning, or a pointer to WeCom's lookup tool for codes not in the table
     */
    public static String meaning(int errcode) {
        String meaning = MEANINGS.get(errcode);
        return meaning != null ? meaning
                : "see https://open.work.weixin.qq.com/devtool/query?e=" + errcode;
    }

    /**
     * Whether the errcode means the access token was rejected and a fresh one should be fetched.
     *
     * @param errcode WeCom's errcode
     * @return {@code true} for 40001, 40014 and 42001
     */
    public static boolean isTokenRejected(int errcode) {
        return errcode == INVALID_SECRET || errcode == INVALID_ACCESS_TOKEN || errcode == ACCESS_TOKEN_EXPIRED;
    }

    /**
     * Whether the errcode is one of WeCom's rate or concurrency limits.
     *
     * @param errcode WeCom's errcode
     * @return {@code true} for 45009 and 45033
     */
    public static boolean isRateLimited(int errcode) {
        return errcode == RATE_LIMITED || errcode == CONCURRENCY_LIMITED;
    }
}
