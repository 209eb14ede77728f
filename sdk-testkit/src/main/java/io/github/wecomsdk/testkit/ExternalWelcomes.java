package io.github.wecomsdk.testkit;

import static io.github.wecomsdk.testkit.ExternalCommon.NODES;
import static io.github.wecomsdk.testkit.ExternalCommon.copyIfPresent;
import static io.github.wecomsdk.testkit.FakeRequest.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Welcome messages to new customers ({@code send_welcome_msg} with one-time welcome codes) and group
 * welcome templates ({@code group_welcome_template/add, edit, get, del}). Guarded by the fake's lock.
 */
final class ExternalWelcomes {

    private final ExternalCommon common;
    private final ExternalCustomers customers;
    private final Map<String, String[]> welcomeCodes = new LinkedHashMap<>();
    private final List<JsonNode> welcomeMessages = new ArrayList<>();
    private final Map<String, ObjectNode> welcomeTemplates = new LinkedHashMap<>();

    ExternalWelcomes(ExternalCommon common, ExternalCustomers customers) {
        this.common = common;
        this.customers = customers;
    }

    void reset() {
        welcomeCodes.clear();
        welcomeMessages.clear();
        welcomeTemplates.clear();
    }

    /** A one-time welcome code; see {@link FakeExternalContacts#welcomeCode(String, String)}. */
    String issueCode(String userid, String externalUserid) {
        ObjectNode follow = Seed.get(() -> customers.followOf(userid, externalUserid));
        String code = "WELCOMECODE" + common.nextId();
        welcomeCodes.put(code, new String[] {follow.path("userid").asText(), externalUserid});
        return code;
    }

    /** The welcome messages accepted so far, oldest first, copies. */
    List<JsonNode> messages() {
        return welcomeMessages.stream().<JsonNode>map(JsonNode::deepCopy).toList();
    }

    Reply sendWelcome(FakeRequest request) {
        ObjectNode body = request.json();
        String code = text(body, "welcome_code");
        if (code == null) {
            throw new ApiError(41049, "welcome_code missing");
        }
        String[] pair = welcomeCodes.remove(code);
        if (pair == null) {
            throw new ApiError(41050, "invalid welcome_code: unknown or already used");
        }
        boolean hasText = text(body.path("text"), "content") != null;
        JsonNode attachments = body.path("attachments");
        if (!hasText && (!attachments.isArray() || attachments.isEmpty())) {
            welcomeCodes.put(code, pair);
            throw new ApiError(41088, "text and attachments are both empty");
        }
        if (attachments.isArray() && attachments.size() > 9) {
            welcomeCodes.put(code, pair);
            throw new ApiError(41064, "too many attachments: at most 9");
        }
        ObjectNode recorded = body.deepCopy();
        recorded.put("userid", pair[0]);
        recorded.put("external_userid", pair[1]);
        welcomeMessages.add(recorded);
        return Reply.json(Reply.ok("ok"));
    }

    Reply addWelcomeTemplate(FakeRequest request) {
        ObjectNode body = request.json();
        ObjectNode template = templateContent(body);
        String id = "msgFAKETEMPLATE" + (common.nextId());
        welcomeTemplates.put(id, template);
        ObjectNode answer = Reply.ok("ok");
        answer.put("template_id", id);
        return Reply.json(answer);
    }

    private static ObjectNode templateContent(ObjectNode body) {
        ObjectNode template = NODES.objectNode();
        for (String field : List.of("text", "image", "link", "miniprogram", "file", "video")) {
            copyIfPresent(body, field, template, field);
        }
        if (template.isEmpty()) {
            throw new ApiError(41088, "the template is empty: set text or an attachment");
        }
        return template;
    }

    Reply editWelcomeTemplate(FakeRequest request) {
        ObjectNode body = request.json();
        String id = existingTemplate(text(body, "template_id"));
        welcomeTemplates.put(id, templateContent(body));
        return Reply.json(Reply.ok("ok"));
    }

    Reply getWelcomeTemplate(FakeRequest request) {
        String id = existingTemplate(text(request.json(), "template_id"));
        ObjectNode answer = Reply.ok("ok");
        answer.setAll(welcomeTemplates.get(id).deepCopy());
        return Reply.json(answer);
    }

    Reply deleteWelcomeTemplate(FakeRequest request) {
        welcomeTemplates.remove(existingTemplate(text(request.json(), "template_id")));
        return Reply.json(Reply.ok("ok"));
    }

    private String existingTemplate(String id) {
        if (id == null || !welcomeTemplates.containsKey(id)) {
            throw new ApiError(40037, "invalid template_id: " + id);
        }
        return id;
    }
}
