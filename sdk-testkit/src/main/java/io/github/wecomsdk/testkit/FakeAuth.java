package io.github.wecomsdk.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;

/**
 * Signing people in, as the fake plays it: the OAuth2 authorize page and the web login page (both
 * redirect with a code for whoever the fake browser is signed in as), code exchange, user tickets,
 * mini-program codes, jsapi tickets (counted) and second verification. Guarded by the fake's lock.
 */
final class FakeAuth {

    static final String AUTHORIZE_PATH = "/connect/oauth2/authorize";
    static final String WEB_LOGIN_PATH = "/wwlogin/sso/login";

    private static final Duration CODE_LIFETIME = Duration.ofMinutes(5);
    private static final Duration USER_TICKET_LIFETIME = Duration.ofSeconds(1800);
    private static final Duration TICKET_LIFETIME = Duration.ofSeconds(7200);
    private static final Pattern STATE = Pattern.compile("[a-zA-Z0-9]{0,128}");

    /** Who the fake browser is: a member (userid) or a non-member (openid, maybe external_userid). */
    private record Identity(String userId, String openId, String externalUserId) {}

    private record Code(Identity who, boolean privateInfo, long agentId, Instant expiresAt) {}

    private record Expiring(String value, Instant expiresAt) {}

    private final String corpId;
    private final Directory directory;
    private final Clock clock;
    private final LongPredicate knownAgent;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Code> codes = new HashMap<>();
    private final Map<String, Expiring> userTickets = new HashMap<>();
    private final Map<String, Expiring> miniProgramCodes = new HashMap<>();
    private final Map<String, Expiring> tfaCodes = new HashMap<>();
    private final Map<String, Expiring> tfaGrants = new HashMap<>();
    private final Map<String, Expiring> jsapiTickets = new HashMap<>();
    private final Map<String, Integer> ticketFetches = new HashMap<>();
    private final List<String> approvedLogins = new ArrayList<>();
    private final List<String> approvedVerifications = new ArrayList<>();
    private Identity browser;

    FakeAuth(String corpId, Directory directory, Clock clock, LongPredicate knownAgent) {
        this.corpId = corpId;
        this.directory = directory;
        this.clock = clock;
        this.knownAgent = knownAgent;
    }

    // ------------------------------------------------------------ seeding and inspection

    /** Signs the fake browser out and forgets every code, user ticket, jsapi ticket, fetch count and approval. */
    void reset() {
        codes.clear();
        userTickets.clear();
        miniProgramCodes.clear();
        tfaCodes.clear();
        tfaGrants.clear();
        jsapiTickets.clear();
        ticketFetches.clear();
        approvedLogins.clear();
        approvedVerifications.clear();
        browser = null;
    }

    void signInAs(String userid) {
        ObjectNode user = directory.findUser(userid);
        if (user == null) {
            throw new IllegalArgumentException("no member " + userid + "; add it with addUser(...) first");
        }
        browser = new Identity(user.path("userid").asText(), null, null);
    }

    void signInAsNonMember(String openid, String externalUserid) {
        if (openid == null || openid.isBlank()) {
            throw new IllegalArgumentException("openid must not be blank");
        }
        browser = new Identity(null, openid, externalUserid);
    }

    String issueMiniProgramCode(String userid) {
        return issue(miniProgramCodes, requireMember(userid), CODE_LIFETIME);
    }

    String issueSecondVerificationCode(String userid) {
        return issue(tfaCodes, requireMember(userid), CODE_LIFETIME);
    }

    int ticketFetches(String kind) {
        return ticketFetches.getOrDefault(kind, 0);
    }

    String currentTicket(String kind, long agentId) {
        Expiring ticket = jsapiTickets.get(ticketKey(kind, agentId));
        return ticket == null || !clock.instant().isBefore(ticket.expiresAt()) ? null : ticket.value();
    }

    void invalidateTickets() {
        jsapiTickets.clear();
    }

    List<String> approvedLogins() {
        return List.copyOf(approvedLogins);
    }

    List<String> approvedVerifications() {
        return List.copyOf(approvedVerifications);
    }

    // ------------------------------------------------------------ browser pages

    /** {@code GET /connect/oauth2/authorize}: redirects to redirect_uri with a code, or shows an error page. */
    Reply authorize(FakeRequest request) {
        if (!corpId.equals(request.param("appid"))) {
            return page(400, "appid must be the corp id " + corpId + "; got " + request.param("appid"));
        }
        if (!"code".equals(request.param("response_type"))) {
            return page(400, "response_type must be code");
        }
        String scope = request.param("scope");
        if (!"snsapi_base".equals(scope) && !"snsapi_privateinfo".equals(scope)) {
            return page(400, "scope must be snsapi_base or snsapi_privateinfo; got " + scope);
        }
        String agent = request.param("agentid");
        Long agentId = parseAgent(agent);
        if (agent != null && (agentId == null || !knownAgent.test(agentId))) {
            return page(400, "unknown agentid " + agent);
        }
        if ("snsapi_privateinfo".equals(scope) && agentId == null) {
            return page(400, "snsapi_privateinfo needs agentid");
        }
        return redirectWithCode(request, scope.equals("snsapi_privateinfo"), agentId == null ? 0 : agentId);
    }

    /** {@code GET /wwlogin/sso/login}: the web login page, which redirects once the fake browser "scans". */
    Reply webLogin(FakeRequest request) {
        if (!"CorpApp".equals(request.param("login_type"))) {
            return page(400, "login_type must be CorpApp (-31040)");
        }
        if (!corpId.equals(request.param("appid"))) {
            return page(400, "appid must be the corp id (-31027)");
        }
        Long agentId = parseAgent(request.param("agentid"));
        if (agentId == null || !knownAgent.test(agentId)) {
            return page(400, "agentid is missing or unknown (-31028)");
        }
        String lang = request.param("lang");
        if (lang != null && !lang.equals("zh") && !lang.equals("en")) {
            return page(400, "lang must be zh or en");
        }
        return redirectWithCode(request, false, agentId);
    }

    private Reply redirectWithCode(FakeRequest request, boolean privateInfo, long agentId) {
        String state = request.param("state");
        state = state == null ? "" : state;
        if (!STATE.matcher(state).matches()) {
            return page(400, "state must match [a-zA-Z0-9]{0,128}");
        }
        String redirect = request.param("redirect_uri");
        if (redirect == null) {
            return page(400, "redirect_uri is missing (-31035)");
        }
        URI uri;
        try {
            uri = new URI(redirect);
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || uri.getScheme() == null) {
            return page(
                    400, "redirect_uri is not an absolute URL after one decoding (was it encoded twice?): " + redirect);
        }
        if (browser == null) {
            return page(403, "FakeWeCom: nobody is signed in; call signInAs(userid) or signInAsNonMember(...)");
        }
        String code = issueCode(new Code(
                browser,
                privateInfo && browser.userId() != null,
                agentId,
                clock.instant().plus(CODE_LIFETIME)));
        String location = redirect + (redirect.contains("?") ? "&" : "?") + "code="
                + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&state=" + state;
        return Reply.bytes(302, new byte[0], Map.of("Location", location));
    }

    private static Reply page(int status, String text) {
        return Reply.bytes(
                status,
                ("FakeWeCom: " + text).getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "text/plain; charset=UTF-8"));
    }

    // ------------------------------------------------------------ API

    /** {@code GET /cgi-bin/auth/getuserinfo?code=}. */
    Reply getUserInfo(FakeRequest request, Tokens.App app) {
        String value = request.param("code");
        if (value == null) {
            throw new ApiError(41008, "missing oauth code");
        }
        Code code = codes.remove(value);
        if (code == null || !clock.instant().isBefore(code.expiresAt())) {
            throw new ApiError(40029, "invalid code");
        }
        if (code.agentId() != 0 && code.agentId() != app.agentId()) {
            throw new ApiError(
                    50001,
                    "redirect_url not authorised: the code came through app " + code.agentId()
                            + "'s link, but the token belongs to app " + app.agentId());
        }
        ObjectNode answer = Reply.ok("ok");
        Identity who = code.who();
        if (who.userId() != null) {
            answer.put("userid", who.userId());
            if (code.privateInfo()) {
                answer.put("user_ticket", issue(userTickets, who.userId(), USER_TICKET_LIFETIME));
            }
        } else {
            answer.put("openid", who.openId());
            if (who.externalUserId() != null) {
                answer.put("external_userid", who.externalUserId());
            }
        }
        return Reply.json(answer);
    }

    /** {@code POST /cgi-bin/auth/getuserdetail} with {@code user_ticket}. */
    Reply getUserDetail(FakeRequest request) {
        String ticket = FakeRequest.text(request.json(), "user_ticket");
        if (ticket == null) {
            throw new ApiError(41008, "missing user_ticket");
        }
        String userid = take(userTickets, ticket, false);
        if (userid == null) {
            throw new ApiError(84014, "invalid user_ticket: unknown or expired");
        }
        ObjectNode user = directory.findUser(userid);
        if (user == null) {
            throw new ApiError(60111, "userid not found");
        }
        JsonNode view = directory.userView(user);
        ObjectNode answer = Reply.ok("ok");
        answer.put("userid", userid);
        answer.put("gender", view.path("gender").asText("0"));
        for (String field : List.of("avatar", "qr_code", "mobile", "email", "biz_mail", "address")) {
            if (view.hasNonNull(field)) {
                answer.set(field, view.get(field));
            }
        }
        return Reply.json(answer);
    }

    /** {@code GET /cgi-bin/miniprogram/jscode2session?js_code=&grant_type=authorization_code}. */
    Reply jsCodeToSession(FakeRequest request) {
        if (!"authorization_code".equals(request.param("grant_type"))) {
            throw new ApiError(40097, "invalid args: grant_type must be authorization_code");
        }
        String code = request.param("js_code");
        if (code == null) {
            throw new ApiError(41008, "missing code");
        }
        String userid = take(miniProgramCodes, code, true);
        if (userid == null) {
            throw new ApiError(40029, "invalid code");
        }
        byte[] key = new byte[16];
        random.nextBytes(key);
        ObjectNode answer = Reply.ok("ok");
        answer.put("corpid", corpId);
        answer.put("userid", userid);
        answer.put("session_key", Base64.getEncoder().encodeToString(key));
        return Reply.json(answer);
    }

    /** {@code GET /cgi-bin/get_jsapi_ticket}: the corp ticket, the same while valid; every call counted. */
    Reply corpTicket(FakeRequest request, Tokens.App app) {
        return ticket("corp", app.agentId());
    }

    /** {@code GET /cgi-bin/ticket/get?type=agent_config}: the app's ticket; every call counted. */
    Reply agentTicket(FakeRequest request, Tokens.App app) {
        if (!"agent_config".equals(request.param("type"))) {
            throw new ApiError(40097, "invalid args: type must be agent_config");
        }
        return ticket("agent_config", app.agentId());
    }

    private Reply ticket(String kind, long agentId) {
        ticketFetches.merge(kind, 1, Integer::sum);
        String key = ticketKey(kind, agentId);
        Instant now = clock.instant();
        Expiring ticket = jsapiTickets.get(key);
        if (ticket == null || !now.isBefore(ticket.expiresAt())) {
            ticket = new Expiring(kind + "-" + token(24), now.plus(TICKET_LIFETIME));
            jsapiTickets.put(key, ticket);
        }
        ObjectNode answer = Reply.ok("ok");
        answer.put("ticket", ticket.value());
        answer.put(
                "expires_in",
                Math.max(1, Duration.between(now, ticket.expiresAt()).toSeconds()));
        return Reply.json(answer);
    }

    private static String ticketKey(String kind, long agentId) {
        return kind.equals("corp") ? "corp" : kind + ":" + agentId;
    }

    /** {@code POST /cgi-bin/auth/get_tfa_info} with {@code code}. */
    Reply getTfaInfo(FakeRequest request) {
        String code = FakeRequest.text(request.json(), "code");
        if (code == null) {
            throw new ApiError(41008, "missing code");
        }
        String userid = take(tfaCodes, code, true);
        if (userid == null) {
            throw new ApiError(40029, "invalid code");
        }
        String tfaCode = token(16);
        tfaGrants.put(tfaCode, new Expiring(userid, clock.instant().plus(CODE_LIFETIME)));
        ObjectNode answer = Reply.ok("ok");
        answer.put("userid", userid);
        answer.put("tfa_code", tfaCode);
        return Reply.json(answer);
    }

    /** {@code POST /cgi-bin/user/tfa_succ} with {@code userid} and {@code tfa_code}. */
    Reply tfaSucc(FakeRequest request) {
        String userid = FakeRequest.text(request.json(), "userid");
        String tfaCode = FakeRequest.text(request.json(), "tfa_code");
        Expiring grant = tfaCode == null ? null : tfaGrants.get(tfaCode);
        if (grant == null
                || userid == null
                || !grant.value().equalsIgnoreCase(userid)
                || !clock.instant().isBefore(grant.expiresAt())) {
            throw new ApiError(40207, "invalid tfa_code");
        }
        tfaGrants.remove(tfaCode);
        approvedVerifications.add(grant.value());
        return Reply.json(Reply.ok("ok"));
    }

    /** {@code GET /cgi-bin/user/authsucc?userid=}. */
    Reply authSucc(FakeRequest request) {
        ObjectNode user = directory.findUser(request.param("userid"));
        if (user == null) {
            throw new ApiError(60111, "userid not found");
        }
        approvedLogins.add(user.path("userid").asText());
        return Reply.json(Reply.ok("ok"));
    }

    // ------------------------------------------------------------ helpers

    private String issueCode(Code code) {
        String value = token(24);
        codes.put(value, code);
        return value;
    }

    private String issue(Map<String, Expiring> into, String userid, Duration lifetime) {
        String value = token(24);
        into.put(value, new Expiring(userid, clock.instant().plus(lifetime)));
        return value;
    }

    /** The userid behind a code or ticket while it is valid; single-use codes are removed. */
    private String take(Map<String, Expiring> from, String value, boolean singleUse) {
        Expiring found = singleUse ? from.remove(value) : from.get(value);
        return found == null || !clock.instant().isBefore(found.expiresAt()) ? null : found.value();
    }

    private String requireMember(String userid) {
        ObjectNode user = directory.findUser(userid);
        if (user == null) {
            throw new IllegalArgumentException("no member " + userid + "; add it with addUser(...) first");
        }
        return user.path("userid").asText();
    }

    private static Long parseAgent(String agent) {
        if (agent == null) {
            return null;
        }
        try {
            return Long.parseLong(agent);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String token(int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        return HexFormat.of().formatHex(raw);
    }
}
