package io.github.wecomsdk.core;

import java.util.Map;

/**
 * One-line meanings of the errcodes users meet most on each module's endpoints, with what to do,
 * checked against WeCom's global error-code page (全局错误码); used in {@link WeComApiException}
 * messages. Also the classification the client acts on (token rejected, rate limited, busy).
 */
public final class WeComErrorCodes {

    /** WeCom's "system busy": retried only for requests that are safe to repeat. */
    public static final int SYSTEM_BUSY = -1;
    /** Invalid secret (at {@code gettoken}), or a token WeCom no longer accepts (elsewhere). */
    public static final int INVALID_SECRET = 40001;
    /** Invalid access token. */
    public static final int INVALID_ACCESS_TOKEN = 40014;
    /** Expired access token. */
    public static final int ACCESS_TOKEN_EXPIRED = 42001;
    /** API call frequency over the limit. */
    public static final int RATE_LIMITED = 45009;
    /** Concurrent calls over the limit. */
    public static final int CONCURRENCY_LIMITED = 45033;

    /** The path of WeCom's token endpoint, where 40001 means a wrong secret. */
    static final String GETTOKEN_PATH = "/cgi-bin/gettoken";

    private static final String WRONG_SECRET = "invalid secret: check the secret (corpsecret) given to the"
            + " client: it must be the current secret of an app, the contacts-sync assistant or customer contact"
            + " of this corp id; a reset secret, another corp's secret or a disabled app gives this. No token was"
            + " rejected; repeating the call cannot help";

    private static final Map<Integer, String> MEANINGS = Map.ofEntries(
            Map.entry(
                    -1,
                    "system busy; WeCom advises at most 3 retries. The SDK retries only requests that are safe to repeat: after -1 on a write, WeCom may or may not have applied it"),
            Map.entry(
                    6000, "data version conflict: several callers changed the same data at once; retry a little later"),
            Map.entry(
                    40001,
                    "invalid secret, or a token WeCom no longer accepts: check that the secret belongs to this corp id (a reset secret or a disabled app causes this)"),
            Map.entry(
                    40003,
                    "invalid UserID: 1-64 characters of letters, digits, '-', '_' and '.', and (except on create) a member that exists in the directory"),
            Map.entry(40004, "invalid media file type: see WeCom's upload limits for each media type"),
            Map.entry(40005, "invalid media type parameter: use image, voice, video or file"),
            Map.entry(40006, "invalid file size: see WeCom's upload limits for each media type"),
            Map.entry(
                    40007,
                    "invalid media_id: it is from another API, of the wrong type, or expired (temporary media lives 3 days)"),
            Map.entry(40008, "invalid msgtype"),
            Map.entry(40009, "invalid image size: images must be 5 bytes to 10 MB (2 MB for permanent images)"),
            Map.entry(40011, "invalid video size: videos must be 5 bytes to 10 MB"),
            Map.entry(40013, "invalid CorpID: check the corp id (ww...) on the admin console's My Company page"),
            Map.entry(40014, "invalid access_token: it expired, was revoked or belongs to another app"),
            Map.entry(40016, "invalid number of menu buttons: 1 to 3"),
            Map.entry(40018, "menu button name too long: at most 16 bytes"),
            Map.entry(40022, "invalid menu level: only top-level buttons and one level of sub-buttons"),
            Map.entry(40023, "invalid number of sub-buttons: 1 to 5"),
            Map.entry(
                    40029,
                    "invalid oauth code: a code is single-use, valid for 5 minutes, and must be consumed by the app that issued it"),
            Map.entry(
                    40031,
                    "invalid UserID list: check the spelling and that every member is in the app's visible range"),
            Map.entry(
                    40032,
                    "invalid length of the UserID list (messages take at most 1000 users, batchdelete at most 200)"),
            Map.entry(
                    40033,
                    "invalid characters: WeCom refuses characters written as \\u escape sequences; send them as plain UTF-8"),
            Map.entry(40035, "invalid parameter: an empty or over-long list, or a string where an array is expected"),
            Map.entry(40050, "chatid does not exist: create the chat first"),
            Map.entry(40054, "invalid sub-menu URL domain: the link needs http:// or https://"),
            Map.entry(40055, "invalid menu URL domain: the link needs http:// or https://"),
            Map.entry(40056, "invalid agentid: it must be a number and the app must exist in this corp"),
            Map.entry(
                    40058,
                    "invalid parameter: malformed JSON, an over-long value, a missing required field or the wrong HTTP method"),
            Map.entry(40063, "a required parameter is empty, or the method or body encoding is wrong"),
            Map.entry(40066, "invalid department list: empty, or a department id not in the directory"),
            Map.entry(40068, "invalid tag or tag-group id: missing or unknown"),
            Map.entry(40070, "every tag in the range is invalid: check the ids exist and lists are arrays"),
            Map.entry(40071, "invalid tag name: the name already exists"),
            Map.entry(40072, "invalid tag name length: 1 to 32 characters"),
            Map.entry(40088, "jobid does not exist"),
            Map.entry(40089, "the batch job's result was cleaned up: only the latest 5 jobs are kept"),
            Map.entry(40091, "invalid secret: it may belong to another corp"),
            Map.entry(
                    40093,
                    "jsapi signature error: check the ticket, the page URL (no #fragment) and that the timestamp is in seconds"),
            Map.entry(
                    40096,
                    "invalid external contact userid: use the id of this corp's subject, and keep the follow-up member in the app's visible range"),
            Map.entry(40097, "the member has not left the company: this transfer needs a member who has left"),
            Map.entry(40098, "the member has not verified their real name"),
            Map.entry(40099, "the member's external contacts are at their limit"),
            Map.entry(40100, "this customer is already being transferred"),
            Map.entry(
                    40128,
                    "customer transferred too often: each customer of a serving member can be transferred twice in 90 days"),
            Map.entry(40145, "media_id expired"),
            Map.entry(
                    40146, "invalid Range header: ranges of encrypted media must start and span multiples of 16 bytes"),
            Map.entry(41001, "access_token missing: it must be in the URL query"),
            Map.entry(41002, "corpid missing"),
            Map.entry(41004, "corpsecret missing"),
            Map.entry(41006, "media_id missing"),
            Map.entry(41009, "userid missing"),
            Map.entry(41011, "agentid missing"),
            Map.entry(41019, "department missing: a member needs at least one department, as an array of numbers"),
            Map.entry(41033, "description missing (required for text cards)"),
            Map.entry(
                    41041,
                    "too many members in a contact way: at most 100 including expanded departments, 1 in single mode"),
            Map.entry(41044, "invalid contact way config_id"),
            Map.entry(41048, "no customer to send to"),
            Map.entry(41050, "invalid welcome code: it is single-use and valid 20 s after the add event"),
            Map.entry(
                    41051,
                    "the customer and the member have already started chatting: welcome messages are no longer allowed"),
            Map.entry(41054, "the member is not activated: they must have logged in to WeCom and verified their name"),
            Map.entry(42001, "access_token expired"),
            Map.entry(42003, "oauth code expired"),
            Map.entry(42009, "suite_access_token expired"),
            Map.entry(
                    42012,
                    "jsapi_ticket unusable: for agentConfig use the app's own ticket, which is not shared between apps"),
            Map.entry(42022, "oauth code already used: a code can be consumed once"),
            Map.entry(42052, "msgid expired: only messages of the last 24 hours can be recalled"),
            Map.entry(43004, "the userid has not bound WeChat or does not follow the WeChat plugin"),
            Map.entry(44001, "empty media file: check the multipart header and body"),
            Map.entry(44004, "empty text content"),
            Map.entry(45001, "media file over the size limit (images and voice 5 MB, files 20 MB)"),
            Map.entry(45002, "message content over the size limit (text 2048 bytes)"),
            Map.entry(
                    45009,
                    "API call frequency over the limit; the block lasts the whole window (a minute, an hour or the rest of the day). Cache tokens, and check for debug=1 or a wrong secret retried from this IP"),
            Map.entry(45024, "the corp has reached its member limit: verify or expand the corp in the admin console"),
            Map.entry(45026, "member deletion protection triggered by a full replace"),
            Map.entry(45029, "answer too large: for user/list fetch department by department without fetch_child"),
            Map.entry(45030, "too many media ids: at most 20"),
            Map.entry(45031, "the corp secret is not safe enough: reset it"),
            Map.entry(45033, "too many concurrent calls to this API; lower the concurrency"),
            Map.entry(45035, "concurrent operations on the same record conflicted; retry one at a time"),
            Map.entry(45036, "data access over the limit after abnormal traffic; lower the rate and concurrency"),
            Map.entry(46003, "the app menu is not set: publish a menu before reading it"),
            Map.entry(46004, "the user does not exist (or is outside the app's visible range)"),
            Map.entry(48001, "API not authorised for this app"),
            Map.entry(
                    48002,
                    "this token's app has no permission for the API: contact writes need the contacts-sync secret, customer APIs the customer-contact secret or an app listed under customer contact"),
            Map.entry(48003, "invalid suite_id for this suite_access_token"),
            Map.entry(48004, "the authorisation is invalid or was cancelled"),
            Map.entry(48005, "this API is deprecated"),
            Map.entry(48006, "API permission withdrawn after long disuse: an admin must re-enable the app"),
            Map.entry(48008, "the contacts-edit grant allows only some contact APIs"),
            Map.entry(48009, "the contacts-sync assistant may not read contact details from a new IP"),
            Map.entry(48010, "unsupported TLS version"),
            Map.entry(48011, "member activity too low to read customer data"),
            Map.entry(49008, "the group chat was dismissed"),
            Map.entry(
                    50001,
                    "redirect_url is not on a trusted domain of the app that issued the code: the domain must match exactly, port included"),
            Map.entry(50002, "the member is outside the app's visible range"),
            Map.entry(50003, "the app is disabled: re-enable it under App Management"),
            Map.entry(50100, "invalid paging cursor"),
            Map.entry(60001, "invalid department name length: 1 to 32 characters"),
            Map.entry(
                    60003,
                    "department id not found: check it was sent and exists in the directory (departments are not created implicitly)"),
            Map.entry(60004, "parent department not found"),
            Map.entry(60005, "the department still has members: it cannot be deleted"),
            Map.entry(60006, "the department still has sub-departments: it cannot be deleted"),
            Map.entry(60007, "the root department cannot be deleted"),
            Map.entry(60008, "the department id or name already exists"),
            Map.entry(60009, "the department name has invalid characters such as :?*\"<>|"),
            Map.entry(60010, "department cycle: parentid cannot be the department or one of its children"),
            Map.entry(
                    60011,
                    "no permission for the member, department or tag: outside the app's visible range, not editable by this app (a tag another app created), or the app lacks the API's permission"),
            Map.entry(60012, "the default app cannot be deleted"),
            Map.entry(
                    60020,
                    "untrusted caller IP: add this server's IP to the app's trusted IPs (for service providers, the IP allow-list); it takes a minute to apply"),
            Map.entry(60021, "the userid is outside the app's visible range"),
            Map.entry(60102, "UserID already exists"),
            Map.entry(60103, "invalid mobile number: at most 32 characters of digits, '+' and '-'"),
            Map.entry(60104, "mobile number already exists in this corp"),
            Map.entry(60105, "invalid email: at most 64 characters, a valid address"),
            Map.entry(60106, "email already exists in this corp"),
            Map.entry(60110, "the user is in too many departments: at most 100"),
            Map.entry(
                    60111,
                    "UserID not found: the member left, was deleted, is outside the app's visible range, or a plain userid was sent after the ID upgrade"),
            Map.entry(60112, "invalid member name: 1 to 64 characters"),
            Map.entry(60123, "invalid department id: not in the directory"),
            Map.entry(60124, "invalid parent department id: not in the directory"),
            Map.entry(60125, "invalid department name: 1 to 64 bytes without :*?\"<>|"),
            Map.entry(60127, "department missing"),
            Map.entry(60129, "the member needs a mobile number or an email"),
            Map.entry(60132, "is_leader_in_dept and department have different lengths"),
            Map.entry(60268, "invalid cursor: reuse the cursor from the previous call with the same filters"),
            Map.entry(81001, "the department has too many nodes: at most 30,000"),
            Map.entry(81002, "departments may be at most 15 levels deep"),
            Map.entry(81003, "the tag has too many members: at most 30,000"),
            Map.entry(81011, "no permission on this tag: apps may only change tags they created"),
            Map.entry(81012, "no visible range: no UserID, department or tag was given"),
            Map.entry(
                    81013,
                    "every UserID, department and tag is invalid or outside the app's range: they were deleted or removed from the app's visible range"),
            Map.entry(81014, "too many users or departments added to a tag in one call"),
            Map.entry(82001, "the member, department and tag lists are all empty"),
            Map.entry(82002, "too many departments: at most 100 per message"),
            Map.entry(82003, "too many tags: at most 100 per message"),
            Map.entry(84014, "user_ticket expired: the user must follow the link again for a new code"),
            Map.entry(84015, "invalid user_ticket"),
            Map.entry(
                    84061,
                    "no relation with this external contact: the member must still have the customer as a contact"),
            Map.entry(84074, "no external-contact permission"),
            Map.entry(
                    85005,
                    "the trusted domain has not passed the ownership check: complete it on the app's page (oauth works, the JS-SDK is limited)"),
            Map.entry(86001, "invalid chatid"),
            Map.entry(86003, "chatid does not exist"),
            Map.entry(86004, "invalid chat name"),
            Map.entry(86005, "invalid chat owner"),
            Map.entry(86006, "too many or too few chat members (2 to 2000)"),
            Map.entry(86007, "invalid chat member"),
            Map.entry(86008, "the chat was created by another app: an app may only operate its own chats"),
            Map.entry(86215, "the chat id already exists"),
            Map.entry(
                    86216, "an app chat member id is invalid: not in the directory, or not in the chat when removing"),
            Map.entry(
                    86220,
                    "invalid chat parameter: type is single or group; msgtype is text, image, file, voice or link"),
            Map.entry(
                    301002,
                    "the token's app is not the app in the request: the agentid must be the app whose secret made the token"),
            Map.entry(301005, "the creator cannot be deleted"),
            Map.entry(301036, "this userid cannot be changed: only a system-generated userid can be changed, once"),
            Map.entry(301055, "no approval permission for this app"),
            Map.entry(830001, "invalid URL for upload_by_url: the URL must support Range downloads"),
            Map.entry(
                    830002,
                    "file too large for one download, or the Range too large: download in ranges of at most 20 MB"),
            Map.entry(830003, "WeCom could not download the file from the URL"));

    private WeComErrorCodes() {}

    /**
     * The one-line meaning of an errcode, for messages and logs.
     *
     * @param errcode WeCom's errcode
     * @return its meaning and what to do, or a pointer to WeCom's lookup tool for codes not in the table
     */
    public static String meaning(int errcode) {
        String meaning = MEANINGS.get(errcode);
        return meaning != null ? meaning : "see https://open.work.weixin.qq.com/devtool/query?e=" + errcode;
    }

    /**
     * The meaning of an errcode on a given endpoint: 40001 from {@code gettoken} is a wrong secret (check
     * the secret), not a rejected token.
     *
     * @param errcode WeCom's errcode
     * @param path    the API path the errcode came from, or {@code null}
     * @return its meaning and what to do
     */
    public static String meaning(int errcode, String path) {
        if (errcode == INVALID_SECRET && GETTOKEN_PATH.equals(path)) {
            return WRONG_SECRET;
        }
        return meaning(errcode);
    }

    /**
     * Whether the errcode means the access token was rejected and a fresh one should be fetched. Prefer
     * {@link #isTokenRejected(int, String)} when the path is known: at {@code gettoken} no token is
     * involved.
     *
     * @param errcode WeCom's errcode
     * @return {@code true} for 40001, 40014 and 42001
     */
    public static boolean isTokenRejected(int errcode) {
        return errcode == INVALID_SECRET || errcode == INVALID_ACCESS_TOKEN || errcode == ACCESS_TOKEN_EXPIRED;
    }

    /**
     * Whether the errcode, answered on {@code path}, means the access token was rejected: 40001, 40014
     * and 42001 on any endpoint but {@code gettoken}, where 40001 means a wrong secret.
     *
     * @param errcode WeCom's errcode
     * @param path    the API path, or {@code null}
     * @return {@code true} when a fresh token may help
     */
    public static boolean isTokenRejected(int errcode, String path) {
        return isTokenRejected(errcode) && !GETTOKEN_PATH.equals(path);
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
