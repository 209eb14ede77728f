package io.github.wecomsdk.apps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.Batches;
import io.github.wecomsdk.core.WeComException;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The app's card on the workbench (工作台自定义展示): the template type with its corp-wide default, and
 * each member's data. An administrator must first enable 自定义展示 for the app in the admin console;
 * a change of that switch arrives as a {@code switch_workbench_mode} event. Each call acts on the
 * client's own app, or on the agent id passed explicitly, with a token of that app's own secret
 * (301002 otherwise). Members must be in the app's visible range. Immutable and thread-safe.
 *
 * <p>Rate limits: {@code set_workbench_data} 10 calls a minute per member per app;
 * {@code batch_set_workbench_data} 100,000 member updates a minute per app. Every call here sets or reads
 * values, so a request that timed out may be repeated by the client's retry policy (a repeated
 * {@code set_workbench_data} counts against the member's 10 a minute).
 */
public final class Workbench {

    /** WeCom's largest number of members per {@code batch_set_workbench_data} call. */
    public static final int MAX_USERS_PER_BATCH = 1000;

    private final AppCalls calls;

    Workbench(AppCalls calls) {
        this.calls = calls;
    }

    /**
     * Sets the client's own app's template ({@code POST /cgi-bin/agent/set_workbench_template}).
     *
     * @param request the template type, default data and whether it replaces members' data
     * @throws WeComValidationException if the client has no agent id or {@code request} is {@code null};
     *         nothing was sent
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public void setTemplate(WorkbenchTemplateRequest request) {
        setTemplate(calls.ownAgentId(), request);
    }

    /**
     * Sets an app's template ({@code POST /cgi-bin/agent/set_workbench_template}): the type
     * ({@code normal} goes back to the normal grid), the corp-wide default data members see until their own is
     * set, and {@code replace_user_data} (sent only when {@code true}).
     *
     * @param agentId the app's agent id
     * @param request the template
     * @throws WeComValidationException if {@code agentId} is not positive or {@code request} is {@code null};
     *         nothing was sent
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public void setTemplate(long agentId, WorkbenchTemplateRequest request) {
        Checks.range(agentId, 1, Long.MAX_VALUE, "agentid");
        Checks.notNull(request, "request");
        ObjectNode body = body(agentId);
        if (request.defaultData() != null) {
            WorkbenchJson.put(body, request.defaultData(), mapper());
        } else {
            body.put("type", request.type().wireValue());
        }
        if (request.replaceUserData()) {
            body.put("replace_user_data", true);
        }
        calls.execute(post("/cgi-bin/agent/set_workbench_template", body), agentId);
    }

    /**
     * The client's own app's template ({@code POST /cgi-bin/agent/get_workbench_template}).
     *
     * @return the template
     * @throws WeComValidationException if the client has no agent id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public WorkbenchTemplate getTemplate() {
        return getTemplate(calls.ownAgentId());
    }

    /**
     * An app's template ({@code POST /cgi-bin/agent/get_workbench_template}).
     *
     * @param agentId the app's agent id
     * @return the template
     * @throws WeComValidationException if {@code agentId} is not positive
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public WorkbenchTemplate getTemplate(long agentId) {
        Checks.range(agentId, 1, Long.MAX_VALUE, "agentid");
        JsonNode answer = calls.execute(post("/cgi-bin/agent/get_workbench_template", body(agentId)), agentId);
        return WorkbenchJson.readTemplate(answer, mapper());
    }

    /**
     * Sets one member's card on the client's own app ({@code POST /cgi-bin/agent/set_workbench_data}).
     * WeCom allows 10 calls a minute per member per app; use {@link #batchSetData} for many members.
     *
     * @param userId the member, in the app's visible range
     * @param data   the data, of the app's template type
     * @throws WeComValidationException if the client has no agent id, or an argument is missing or breaks a
     *         limit; nothing was sent
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode (45009 over the
     *         rate limit)
     */
    public void setData(String userId, WorkbenchData data) {
        setData(calls.ownAgentId(), userId, data);
    }

    /**
     * Sets one member's card ({@code POST /cgi-bin/agent/set_workbench_data}). WeCom allows 10 calls a minute
     * per member per app.
     *
     * @param agentId the app's agent id
     * @param userId  the member, in the app's visible range
     * @param data    the data, of the app's template type
     * @throws WeComValidationException if an argument is missing or breaks a limit; nothing was sent
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode (45009 over the
     *         rate limit)
     */
    public void setData(long agentId, String userId, WorkbenchData data) {
        Checks.range(agentId, 1, Long.MAX_VALUE, "agentid");
        Checks.notBlank(userId, "userid");
        WorkbenchRules.check(data);
        ObjectNode body = body(agentId);
        body.put("userid", userId);
        WorkbenchJson.put(body, data, mapper());
        calls.execute(post("/cgi-bin/agent/set_workbench_data", body), agentId);
    }

    /**
     * Sets the same card for many members on the client's own app
     * ({@code POST /cgi-bin/agent/batch_set_workbench_data}), split into requests of 1,000 members.
     *
     * @param userIds the members, any number; duplicates (case-insensitive) are sent once
     * @param data    the data, of the app's template type
     * @return the merged answer
     * @throws WeComValidationException if the client has no agent id, or an argument is missing or breaks a
     *         limit; nothing was sent
     * @throws WorkbenchBatchException if a request failed after earlier ones succeeded
     * @throws io.github.wecomsdk.core.WeComApiException if the first request failed; nothing changed
     */
    public WorkbenchBatchResult batchSetData(Collection<String> userIds, WorkbenchData data) {
        return batchSetData(calls.ownAgentId(), userIds, data);
    }

    /**
     * Sets the same card for many members ({@code POST /cgi-bin/agent/batch_set_workbench_data}), in requests
     * of at most 1,000 members (WeCom's limit), one after the other, with the answers merged. WeCom allows
     * 100,000 member updates a minute per app.
     *
     * <p>If a request fails after earlier ones succeeded, a {@link WorkbenchBatchException} says which members
     * have the new data and which do not; a chunk that succeeded is never sent again.
     *
     * @param agentId the app's agent id
     * @param userIds the members, any number; duplicates (case-insensitive) are sent once
     * @param data    the data, of the app's template type
     * @return the merged answer
     * @throws WeComValidationException if an argument is missing, the member list is empty or has a blank id,
     *         or the data breaks a limit; nothing was sent
     * @throws WorkbenchBatchException if a request failed after earlier ones succeeded
     * @throws io.github.wecomsdk.core.WeComApiException if the first request failed; nothing changed
     */
    public WorkbenchBatchResult batchSetData(long agentId, Collection<String> userIds, WorkbenchData data) {
        Checks.range(agentId, 1, Long.MAX_VALUE, "agentid");
        Checks.notEmptyIds(userIds, "userid_list");
        WorkbenchRules.check(data);
        List<String> distinct = distinct(userIds);
        JsonNode dataNode = dataNode(data);
        List<List<String>> chunks = Batches.split(distinct, MAX_USERS_PER_BATCH);
        List<String> done = new ArrayList<>();
        Map<String, Object> merged = new LinkedHashMap<>();
        int requests = 0;
        for (List<String> chunk : chunks) {
            ObjectNode body = body(agentId);
            body.set("userid_list", mapper().valueToTree(chunk));
            body.set("data", dataNode.deepCopy());
            JsonNode answer;
            try {
                answer = calls.execute(post("/cgi-bin/agent/batch_set_workbench_data", body), agentId);
            } catch (WeComException e) {
                if (done.isEmpty()) {
                    throw e;
                }
                throw new WorkbenchBatchException(done, distinct.subList(done.size(), distinct.size()), e);
            }
            requests++;
            done.addAll(chunk);
            merge(merged, answer);
        }
        return new WorkbenchBatchResult(distinct.size(), requests, merged);
    }

    /**
     * One member's card on the client's own app ({@code POST /cgi-bin/agent/get_workbench_data}).
     *
     * @param userId the member
     * @return the data
     * @throws WeComValidationException if the client has no agent id or {@code userId} is blank
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public WorkbenchUserData getData(String userId) {
        return getData(calls.ownAgentId(), userId);
    }

    /**
     * One member's card ({@code POST /cgi-bin/agent/get_workbench_data}); when the template was set with
     * {@code replace_user_data} after the member's data, WeCom returns the app's data.
     *
     * @param agentId the app's agent id
     * @param userId  the member
     * @return the data
     * @throws WeComValidationException if {@code agentId} is not positive or {@code userId} is blank
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public WorkbenchUserData getData(long agentId, String userId) {
        Checks.range(agentId, 1, Long.MAX_VALUE, "agentid");
        Checks.notBlank(userId, "userid");
        ObjectNode body = body(agentId);
        body.put("userid", userId);
        JsonNode answer = calls.execute(post("/cgi-bin/agent/get_workbench_data", body), agentId);
        return WorkbenchJson.readUserData(answer, mapper());
    }

    private JsonNode dataNode(WorkbenchData data) {
        ObjectNode node = mapper().createObjectNode();
        WorkbenchJson.put(node, data, mapper());
        return node;
    }

    private static List<String> distinct(Collection<String> userIds) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> distinct = new ArrayList<>(userIds.size());
        for (String userId : userIds) {
            if (seen.add(userId.toLowerCase(Locale.ROOT))) {
                distinct.add(userId);
            }
        }
        return distinct;
    }

    @SuppressWarnings("unchecked")
    private void merge(Map<String, Object> merged, JsonNode answer) {
        for (Map.Entry<String, JsonNode> field : answer.properties()) {
            if (field.getKey().equals("errcode") || field.getKey().equals("errmsg")) {
                continue;
            }
            Object value = mapper().convertValue(field.getValue(), Object.class);
            Object before = merged.get(field.getKey());
            if (before instanceof List<?> list && value instanceof List<?> more) {
                List<Object> both = new ArrayList<>((List<Object>) list);
                both.addAll(more);
                merged.put(field.getKey(), both);
            } else {
                merged.put(field.getKey(), value);
            }
        }
    }

    private ObjectNode body(long agentId) {
        ObjectNode body = mapper().createObjectNode();
        body.put("agentid", agentId);
        return body;
    }

    private ObjectMapper mapper() {
        return calls.client().objectMapper();
    }

    private static ApiRequest post(String path, ObjectNode body) {
        return ApiRequest.post(path).body(body).repeatable().build();
    }

    @Override
    public String toString() {
        return "Workbench[" + calls.client() + "]";
    }
}
