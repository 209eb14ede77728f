package io.github.wecomsdk.apps;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.PagedIterable;
import io.github.wecomsdk.core.internal.Checks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The apps themselves (应用): details with the visible range, the list of apps the token may see, and
 * their settings. Every call needs a token of the app's own secret: WeCom lets a self-built app read
 * and change only itself (another app's token gets 301002, whose message says so). Immutable and
 * thread-safe.
 *
 * <p>WeCom has no API to set a self-built app's visible range (see {@link VisibleRange} for the
 * tag-based way to manage it from code).
 */
public final class Agents {

    private final AppCalls calls;

    Agents(AppCalls calls) {
        this.calls = calls;
    }

    /**
     * The client's own app ({@code GET /cgi-bin/agent/get?agentid=}), with its visible range and settings.
     *
     * @return the app
     * @throws io.github.wecomsdk.core.WeComValidationException if the client was built without an agent id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode (301002 when the
     *         client's secret is another app's)
     */
    public Agent get() {
        return get(calls.ownAgentId());
    }

    /**
     * An app's details ({@code GET /cgi-bin/agent/get?agentid=}). A self-built app's token reads only that
     * app; a third-party suite's token reads the apps the corp authorised.
     *
     * @param agentId the app's agent id
     * @return the app
     * @throws io.github.wecomsdk.core.WeComValidationException if {@code agentId} is not positive
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode (301002: the
     *         client's token is another app's; 40056: no such app)
     */
    public Agent get(long agentId) {
        Checks.range(agentId, 1, Long.MAX_VALUE, "agentid");
        return calls.execute(
                ApiRequest.get("/cgi-bin/agent/get").query("agentid", agentId).build(), Agent.class, agentId);
    }

    /**
     * The apps the client's token may access ({@code GET /cgi-bin/agent/list}): for a self-built app's
     * secret, that app. WeCom answers the whole list at once; the request is made when iteration starts,
     * and again for each new iteration.
     *
     * @return the apps, lazily
     * @throws io.github.wecomsdk.core.WeComApiException during iteration, if WeCom answers with a non-zero
     *         errcode
     */
    public PagedIterable<AgentSummary> list() {
        return PagedIterable.ofSingleCall(
                () -> calls.execute(ApiRequest.get("/cgi-bin/agent/list").build(), AgentList.class)
                        .agents());
    }

    /**
     * Changes settings of the client's own app ({@code POST /cgi-bin/agent/set}); only the fields set in
     * the request are sent. Only the corp's own self-built apps may call it (not third-party or 代开发
     * apps).
     *
     * @param request the settings to change
     * @throws io.github.wecomsdk.core.WeComValidationException if the client has no agent id or
     *         {@code request} is {@code null}; nothing was sent
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode (85005: the
     *         redirect domain has not passed the ownership check; 45022/45004: name or description length);
     *         WeCom changed nothing
     */
    public void update(AgentUpdateRequest request) {
        update(calls.ownAgentId(), request);
    }

    /**
     * Changes settings of an app ({@code POST /cgi-bin/agent/set}); only the fields set in the request are
     * sent, so the app's other settings stay. A call that timed out may be repeated by the client's retry
     * policy: it sets the same values again, which is harmless.
     *
     * @param agentId the app's agent id; the client's secret must be that app's (301002 otherwise)
     * @param request the settings to change
     * @throws io.github.wecomsdk.core.WeComValidationException if {@code agentId} is not positive or
     *         {@code request} is {@code null}; nothing was sent
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode; WeCom changed
     *         nothing
     */
    public void update(long agentId, AgentUpdateRequest request) {
        Checks.range(agentId, 1, Long.MAX_VALUE, "agentid");
        Checks.notNull(request, "request");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agentid", agentId);
        body.put("report_location_flag", request.reportLocationFlag());
        body.put("logo_mediaid", request.logoMediaId());
        body.put("name", request.name());
        body.put("description", request.description());
        body.put("redirect_domain", request.redirectDomain());
        body.put("isreportenter", request.isReportEnter());
        body.put("home_url", request.homeUrl());
        body.values().removeIf(value -> value == null);
        calls.execute(
                ApiRequest.post("/cgi-bin/agent/set").body(body).repeatable().build(), agentId);
    }

    @Override
    public String toString() {
        return "Agents[" + calls.client() + "]";
    }

    private record AgentList(
            @JsonProperty("agentlist") List<AgentSummary> agents,
            @JsonAnySetter Map<String, Object> otherFields) {
        AgentList {
            agents = Models.list(agents);
        }
    }
}
