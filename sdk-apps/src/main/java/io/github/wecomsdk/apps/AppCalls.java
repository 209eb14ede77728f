package io.github.wecomsdk.apps;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.WeComClient;

/**
 * Runs the module's calls on the client and turns the errcodes app management users hit most
 * (301002 another app's token, 60020 untrusted IP, 85005 unverified redirect domain) into messages
 * that say what to configure, naming the app involved.
 */
final class AppCalls {

    /** The token's app is not the agentid in the request. */
    static final int OTHER_APPS_TOKEN = 301002;
    /** The caller's IP is not in the app's trusted IPs. */
    static final int UNTRUSTED_IP = 60020;
    /** redirect_domain did not pass WeCom's ownership check. */
    static final int REDIRECT_DOMAIN_UNVERIFIED = 85005;

    private final WeComClient client;

    AppCalls(WeComClient client) {
        this.client = client;
    }

    WeComClient client() {
        return client;
    }

    /** The client's own app, or a validation failure naming how to set it. */
    long ownAgentId() {
        return client.requireAgentId();
    }

    JsonNode execute(ApiRequest request, long agentId) {
        try {
            return client.execute(request);
        } catch (WeComApiException e) {
            throw explain(e, agentId);
        }
    }

    /** A call that names no app ({@code agent/list}): only the IP note applies, for the client's app. */
    <T> T execute(ApiRequest request, Class<T> type) {
        try {
            return client.execute(request, type);
        } catch (WeComApiException e) {
            if (e.errcode() != UNTRUSTED_IP) {
                throw e;
            }
            throw withNote(
                    e,
                    "add this server's public IP to the trusted IPs (企业可信IP) of the app whose secret built the"
                            + " client (admin console: 应用管理 > the app > 企业可信IP)");
        }
    }

    <T> T execute(ApiRequest request, Class<T> type, long agentId) {
        try {
            return client.execute(request, type);
        } catch (WeComApiException e) {
            throw explain(e, agentId);
        }
    }

    WeComApiException explain(WeComApiException e, long agentId) {
        String note = note(e.errcode(), agentId);
        return note == null ? e : withNote(e, note);
    }

    private static WeComApiException withNote(WeComApiException e, String note) {
        WeComApiException explained = new WeComApiException(e.errcode(), e.errmsg(), e.path(), note);
        explained.initCause(e);
        return explained;
    }

    private String note(int errcode, long agentId) {
        String clientApp = client.agentId().isPresent()
                ? "app " + client.agentId().getAsLong()
                : "the app whose secret built the client";
        return switch (errcode) {
            case OTHER_APPS_TOKEN ->
                "use this app's secret: the call is for agentid " + agentId
                        + " but the client's token is of " + clientApp + "; build a client with app " + agentId
                        + "'s own secret (client.newBuilder().secret(...).agentId(" + agentId + ")), each self-built"
                        + " app has its own secret";
            case UNTRUSTED_IP ->
                "add this server's public IP to app " + agentId + "'s trusted IPs (admin console:"
                        + " 应用管理 > the app > 企业可信IP); apps created since 2022-06-20 refuse calls from any other IP";
            case REDIRECT_DOMAIN_UNVERIFIED ->
                "redirect_domain of app " + agentId + " has not passed WeCom's"
                        + " ownership check: in the admin console (应用管理 > the app > 网页授权及JS-SDK > 可信域名) download the"
                        + " verification file, serve it at the domain's root, verify, then set the domain again";
            default -> null;
        };
    }
}
