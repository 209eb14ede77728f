package io.github.wecomsdk.auth;

import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.StoredCredential;
import io.github.wecomsdk.core.TokenStore;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComResponseException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import io.github.wecomsdk.core.internal.CredentialKeys;
import io.github.wecomsdk.core.internal.Listeners;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JS-SDK signatures (JS-SDK 签名): what {@code ww.register}'s {@code getConfigSignature} and
 * {@code getAgentConfigSignature} callbacks (or the legacy {@code wx.config} / {@code wx.agentConfig})
 * need for a page.
 *
 * <pre>{@code
 * // the page posts location.href to the server, which answers:
 * JsSdkSignature corp = auth.jsSdk().configSignature(pageUrl);       // getConfigSignature(url)
 * JsSdkSignature app  = auth.jsSdk().agentConfigSignature(pageUrl);  // getAgentConfigSignature(url)
 * }</pre>
 *
 * <p>Two tickets, never mixed up: {@code wx.config} / {@code getConfigSignature} signs with the corp
 * ticket ({@code GET /cgi-bin/get_jsapi_ticket}), {@code wx.agentConfig} / {@code getAgentConfigSignature}
 * with the app ticket ({@code GET /cgi-bin/ticket/get?type=agent_config}); both are fetched with the
 * token of the client's own app. WeCom allows 400 ticket fetches an hour per corp and 100 per app, so
 * tickets are kept in the client's credential cache (its {@code TokenStore}, shared when the client's
 * is) until 5 minutes before {@code expires_in}, keyed by corp, agent and ticket kind, and fetched once
 * however many threads ask at the same time.
 *
 * <p>The page URL is taken from the caller, never derived from the request (behind a proxy the
 * server sees another URL): pass {@code location.href} as the browser has it. The part from
 * {@code #} on is dropped; nothing else is changed (no decoding, encoding or escaping).
 *
 * <p>When the page reports that WeCom rejected a signature ({@code invalid signature} in
 * {@code onConfigFail}), call {@link #configSignatureAfterRejection(String, JsSdkSignature)}: it drops
 * the ticket that signature was made with, if it is still the cached one, fetches a new one once for
 * all callers, and signs again. Immutable and thread-safe.
 */
public final class JsSdk {

    /** How long before WeCom's {@code expires_in} a ticket is replaced. */
    static final Duration TICKET_REFRESH_MARGIN = Duration.ofMinutes(5);
    /**
     * At most one forced refetch per ticket in this interval, so pages that keep reporting rejections
     * cannot spend WeCom's 100 fetches an hour per app.
     */
    static final Duration FORCED_REFETCH_INTERVAL = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(JsSdk.class);
    private static final Object REJECTIONS = new Object();

    private final WeComClient client;
    private final Clock clock;
    private final Supplier<String> nonces;

    JsSdk(WeComClient client, Clock clock, Supplier<String> nonces) {
        this.client = client;
        this.clock = clock;
        this.nonces = nonces;
    }

    /**
     * The signature {@code ww.register}'s {@code getConfigSignature(url)} returns (the corp's identity,
     * like {@code wx.config}), signed with the corp jsapi ticket.
     *
     * @param pageUrl the page's URL as the browser has it ({@code location.href})
     * @return timestamp, nonceStr and signature
     * @throws WeComValidationException if the page URL is blank, not absolute http(s), or HTML-escaped
     * @throws WeComApiException        if fetching the ticket fails (only when none is cached)
     */
    public JsSdkSignature configSignature(String pageUrl) {
        return signature(TicketKind.CORP, Urls.pageUrl(pageUrl));
    }

    /**
     * The signature {@code ww.register}'s {@code getAgentConfigSignature(url)} returns (the app's
     * identity, like {@code wx.agentConfig}), signed with the app's jsapi ticket.
     *
     * @param pageUrl the page's URL as the browser has it ({@code location.href})
     * @return timestamp, nonceStr and signature
     * @throws WeComValidationException if the page URL is wrong, or the client has no agent id
     * @throws WeComApiException        if fetching the ticket fails (only when none is cached)
     */
    public JsSdkSignature agentConfigSignature(String pageUrl) {
        String url = Urls.pageUrl(pageUrl);
        client.requireAgentId();
        return signature(TicketKind.AGENT, url);
    }

    /**
     * The signed part of the legacy {@code wx.config}: {@code appId} (the corp id), timestamp,
     * nonceStr and signature, on the corp jsapi ticket.
     *
     * @param pageUrl the page's URL as the browser has it
     * @return the parameters
     * @throws WeComValidationException if the page URL is wrong
     * @throws WeComApiException        if fetching the ticket fails
     */
    public WxConfig wxConfig(String pageUrl) {
        JsSdkSignature signed = configSignature(pageUrl);
        return new WxConfig(client.corpId(), signed.timestamp(), signed.nonceStr(), signed.signature());
    }

    /**
     * The signed part of the legacy {@code wx.agentConfig}: {@code corpid}, {@code agentid} (the
     * client's), timestamp, nonceStr and signature, on the app jsapi ticket.
     *
     * @param pageUrl the page's URL as the browser has it
     * @return the parameters
     * @throws WeComValidationException if the page URL is wrong or the client has no agent id
     * @throws WeComApiException        if fetching the ticket fails
     */
    public AgentConfig agentConfig(String pageUrl) {
        JsSdkSignature signed = agentConfigSignature(pageUrl);
        return new AgentConfig(
                client.corpId(), client.requireAgentId(), signed.timestamp(), signed.nonceStr(), signed.signature());
    }

    /**
     * Signs again after WeCom rejected {@code rejected} (a corp-ticket signature) for this page. If
     * {@code rejected} was made with the ticket still cached, that ticket is dropped and a new one
     * fetched, once however many callers report it and at most once a minute per ticket (in this JVM;
     * instances sharing a token store see each other's refetch, though two reporting in the same
     * instant may each refetch once); a rejection of an older ticket, or a second one within the
     * minute, just gets a signature on the current ticket.
     *
     * @param pageUrl  the page's URL as the browser has it
     * @param rejected the timestamp, nonceStr and signature the page was given and WeCom refused
     * @return a new signature
     * @throws WeComValidationException if the page URL is wrong or {@code rejected} is {@code null}
     * @throws WeComApiException        if fetching the ticket fails
     */
    public JsSdkSignature configSignatureAfterRejection(String pageUrl, JsSdkSignature rejected) {
        return afterRejection(TicketKind.CORP, Urls.pageUrl(pageUrl), rejected);
    }

    /**
     * As {@link #configSignatureAfterRejection(String, JsSdkSignature)}, for an app-ticket signature
     * ({@code getAgentConfigSignature}).
     *
     * @param pageUrl  the page's URL as the browser has it
     * @param rejected what the page was given and WeCom refused
     * @return a new signature
     * @throws WeComValidationException if the page URL is wrong, {@code rejected} is {@code null}, or the
     *                                  client has no agent id
     * @throws WeComApiException        if fetching the ticket fails
     */
    public JsSdkSignature agentConfigSignatureAfterRejection(String pageUrl, JsSdkSignature rejected) {
        String url = Urls.pageUrl(pageUrl);
        client.requireAgentId();
        return afterRejection(TicketKind.AGENT, url, rejected);
    }

    /**
     * WeCom's JS-SDK signature: lower-case hex SHA-1 of
     * {@code jsapi_ticket=TICKET&noncestr=NONCE&timestamp=TS&url=URL}, the values as they are (no
     * encoding). For a ticket you keep yourself; the other methods fetch and cache it.
     *
     * @param jsapiTicket the ticket
     * @param nonceStr    the random string
     * @param timestamp   seconds since the epoch
     * @param pageUrl     the page URL; the part from {@code #} on is dropped
     * @return 40 lower-case hex digits
     * @throws WeComValidationException if a part is blank
     */
    public static String sign(String jsapiTicket, String nonceStr, long timestamp, String pageUrl) {
        Checks.notBlank(jsapiTicket, "jsapi_ticket");
        Checks.notBlank(nonceStr, "noncestr");
        Checks.notBlank(pageUrl, "url");
        int hash = pageUrl.indexOf('#');
        String url = hash < 0 ? pageUrl : pageUrl.substring(0, hash);
        String text =
                "jsapi_ticket=" + jsapiTicket + "&noncestr=" + nonceStr + "&timestamp=" + timestamp + "&url=" + url;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }

    private JsSdkSignature signature(TicketKind kind, String url) {
        return signWith(ticket(kind), url);
    }

    private JsSdkSignature signWith(String ticket, String url) {
        long timestamp = clock.instant().getEpochSecond();
        String nonce = nonces.get();
        return new JsSdkSignature(timestamp, nonce, sign(ticket, nonce, timestamp, url));
    }

    private JsSdkSignature afterRejection(TicketKind kind, String url, JsSdkSignature rejected) {
        Checks.notNull(rejected, "rejected");
        String key = ticketKey(kind);
        String current = ticket(kind);
        if (rejected.nonceStr() != null
                && !rejected.nonceStr().isBlank()
                && rejected.signature() != null
                && MessageDigest.isEqual(
                        sign(current, rejected.nonceStr(), rejected.timestamp(), url)
                                .getBytes(StandardCharsets.UTF_8),
                        rejected.signature().getBytes(StandardCharsets.UTF_8))) {
            synchronized (REJECTIONS) {
                if (claimForcedRefetch(key)) {
                    Listeners.safely(() -> client.listener().credentialRejected(label(kind), 40093));
                    LOG.debug(
                            "WeCom rejected a JS-SDK signature made with the cached {}; fetching a new one",
                            label(kind));
                    client.credentials().invalidate(key, current);
                }
            }
            // Whoever dropped the ticket, this reads the new one (or waits for its single fetch).
            current = ticket(kind);
        }
        return signWith(current, url);
    }

    /**
     * Claims the right to force one refetch of a ticket for the next minute, in the client's store.
     * Callers in this JVM are serialised on {@code REJECTIONS}; instances sharing a store read each
     * other's claim, but the read and the write are two steps, so two instances reporting in the same
     * instant may each refetch once.
     */
    private boolean claimForcedRefetch(String key) {
        String guardKey = key + ":forced_refetch";
        TokenStore store = client.credentials().store();
        StoredCredential guard = store.get(guardKey);
        if (guard != null && guard.isUsableAt(clock.instant())) {
            return false;
        }
        store.put(guardKey, new StoredCredential("1", clock.instant().plus(FORCED_REFETCH_INTERVAL)));
        return true;
    }

    private String ticket(TicketKind kind) {
        return client.credentials().get(ticketKey(kind), () -> fetch(kind));
    }

    /** The credential-cache key of a ticket: corp, agent and ticket kind, never a secret. */
    String ticketKey(TicketKind kind) {
        String agent =
                client.agentId().isPresent() ? "agent:" + client.agentId().getAsLong() : "agent:none";
        return CredentialKeys.of(kind.keyKind, client.corpId(), agent);
    }

    private StoredCredential fetch(TicketKind kind) {
        long started = System.nanoTime();
        ApiRequest.Builder request = ApiRequest.get(kind.path);
        if (kind.type != null) {
            request.query("type", kind.type);
        }
        TicketAnswer answer = client.execute(request.build(), TicketAnswer.class);
        if (answer.ticket() == null || answer.ticket().isBlank() || answer.expiresIn() <= 0) {
            throw new WeComResponseException(
                    "WeCom's answer to GET " + kind.path + " has no ticket or expires_in", kind.path, null);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Listeners.safely(() -> client.listener().credentialRefreshed(label(kind), took));
        LOG.debug("Fetched the {} valid for {} s", label(kind), answer.expiresIn());
        return StoredCredential.issued(
                answer.ticket(), Duration.ofSeconds(answer.expiresIn()), TICKET_REFRESH_MARGIN, clock);
    }

    private String label(TicketKind kind) {
        return kind.keyKind + " of " + client.corpId() + " (" + describeApp() + ")";
    }

    String describeApp() {
        return "corpId=" + client.corpId() + ", agentId="
                + (client.agentId().isPresent()
                        ? String.valueOf(client.agentId().getAsLong())
                        : "none");
    }

    @Override
    public String toString() {
        return "JsSdk[" + describeApp() + "]";
    }
}
