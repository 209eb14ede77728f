package io.github.wecomsdk.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wecomsdk.core.WeComResponseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What WeCom answered to a {@code message/send}, merged over every call an audience was split into.
 * Recipients WeCom did not deliver to are listed (a partly invalid audience is still sent; WeCom
 * lower-cases userids); every call's {@code msgid} and {@code response_code} are kept in call
 * order.
 *
 * @param msgIds          the msgid of each call, for {@code message/recall}
 * @param invalidUsers    userids that do not exist or are outside the app's visibility
 * @param invalidParties  department ids that are invalid or outside the visibility
 * @param invalidTags     tag ids that are invalid or outside the visibility
 * @param unlicensedUsers userids in the visibility without a basic API license
 * @param responseCodes   the {@code response_code} of each call that returned one (updatable
 *                        template cards; valid 72 h, single use)
 * @param responses       WeCom's raw answer to each call, for fields this SDK does not map
 */
public record SendResult(List<String> msgIds, List<String> invalidUsers, List<Long> invalidParties,
                         List<Long> invalidTags, List<String> unlicensedUsers, List<String> responseCodes,
                         List<JsonNode> responses) {

    /** Copies the lists; {@code null} reads as empty. */
    public SendResult {
        msgIds = copy(msgIds);
        invalidUsers = copy(invalidUsers);
        invalidParties = copy(invalidParties);
        invalidTags = copy(invalidTags);
        unlicensedUsers = copy(unlicensedUsers);
        responseCodes = copy(responseCodes);
        responses = copy(responses);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * The msgid of a send made in one call (the first call's for a split send; see {@link #msgIds()}).
     *
     * @return the msgid, or {@code null} if WeCom sent none
     */
    public String msgId() {
        return msgIds.isEmpty() ? null : msgIds.get(0);
    }

    /**
     * The response code of a card sent in one call (the first for a split send; see
     * {@link #responseCodes()}).
     *
     * @return the code, or {@code null} if WeCom sent none
     */
    public String responseCode() {
        return responseCodes.isEmpty() ? null : responseCodes.get(0);
    }

    /**
     * Whether every recipient was valid and licensed.
     *
     * @return {@code true} if no list of invalid recipients has an entry
     */
    public boolean allDelivered() {
        return invalidUsers.isEmpty() && invalidParties.isEmpty() && invalidTags.isEmpty()
                && unlicensedUsers.isEmpty();
    }

    /**
     * How many calls the send took.
     *
     * @return the number of calls
     */
    public int calls() {
        return responses.size();
    }

    static SendResult decode(JsonNode answer, String path) {
        List<String> msgIds = new ArrayList<>(1);
        List<String> codes = new ArrayList<>(1);
        text(answer, "msgid").ifPresent(msgIds::add);
        text(answer, "response_code").ifPresent(codes::add);
        return new SendResult(msgIds, ids(answer.get("invaliduser")), numbers(answer.get("invalidparty"), path),
                numbers(answer.get("invalidtag"), path), ids(answer.get("unlicenseduser")), codes, List.of(answer));
    }

    SendResult merge(SendResult next) {
        return new SendResult(concat(msgIds, next.msgIds), concat(invalidUsers, next.invalidUsers),
                concat(invalidParties, next.invalidParties), concat(invalidTags, next.invalidTags),
                concat(unlicensedUsers, next.unlicensedUsers), concat(responseCodes, next.responseCodes),
                concat(responses, next.responses));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return all;
    }

    private static java.util.Optional<String> text(JsonNode answer, String field) {
        JsonNode node = answer.get(field);
        if (node == null || node.isNull() || node.asText().isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(node.asText());
    }

    static List<String> ids(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(item -> {
                if (!item.asText().isBlank()) {
                    out.add(item.asText().strip());
                }
            });
            return out;
        }
        for (String part : node.asText().split("\\|")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static List<Long> numbers(JsonNode node, String path) {
        List<Long> out = new ArrayList<>();
        for (String id : ids(node)) {
            try {
                out.add(Long.parseLong(id));
            } catch (NumberFormatException e) {
                throw new WeComResponseException("WeCom listed a non-numeric department or tag id '" + id
                        + "' as invalid", path, e);
            }
        }
        return out;
    }
}
