package io.github.wecomsdk.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.wecomsdk.core.OtherFields;
import io.github.wecomsdk.core.internal.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code message/send} call of a send and what WeCom answered to it: the part of the audience it
 * went to, the {@code task_id} it carried (a card's), its {@code msgid} and {@code response_code}, and
 * the recipients WeCom listed as invalid. A card update aimed at exactly these recipients is
 * {@code templateCards().update(slice.audience(), slice.responseCode(), card)}.
 *
 * <p>WeCom's answer is kept as sent: ids are split on {@code |} and never parsed into numbers here, so
 * a shape WeCom did not document (its own sample lists {@code "partyid1|partyid2"}) never turns a
 * delivered message into an exception.
 *
 * @param audience        who this call went to
 * @param taskId          the card's {@code task_id} in this call (derived per slice for a split card;
 *                        see {@link Messaging#send(Audience, io.github.wecomsdk.messaging.message.AppMessage,
 *                        SendOptions)}), or {@code null} for other messages
 * @param msgId           the {@code msgid}, for {@code message/recall}, or {@code null} if WeCom sent none
 * @param responseCode    the {@code response_code} (updatable cards; single use, valid 72 h), or
 *                        {@code null}
 * @param invalidUsers    {@code invaliduser}: userids that do not exist or are outside the app's
 *                        visibility (lower-cased by WeCom)
 * @param invalidParties  {@code invalidparty}: department ids as WeCom wrote them
 * @param invalidTags     {@code invalidtag}: tag ids as WeCom wrote them
 * @param unlicensedUsers {@code unlicenseduser}: userids in the visibility without a basic API license
 * @param otherFields     fields of the answer this record does not map
 */
public record SentSlice(
        Audience audience,
        String taskId,
        String msgId,
        String responseCode,
        List<String> invalidUsers,
        List<String> invalidParties,
        List<String> invalidTags,
        List<String> unlicensedUsers,
        Map<String, Object> otherFields)
        implements OtherFields {

    private static final ObjectMapper MAPPER = Json.newMapper();
    private static final Set<String> MAPPED =
            Set.of("msgid", "response_code", "invaliduser", "invalidparty", "invalidtag", "unlicenseduser");
    private static final Set<String> SCALARS = Set.of("msgid", "response_code");

    /** Copies the lists and fields; {@code null} reads as empty. */
    public SentSlice {
        invalidUsers = copy(invalidUsers);
        invalidParties = copy(invalidParties);
        invalidTags = copy(invalidTags);
        unlicensedUsers = copy(unlicensedUsers);
        otherFields = OtherFields.copyOf(otherFields);
    }

    private static List<String> copy(List<String> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * Whether every recipient of this call was valid and licensed.
     *
     * @return {@code true} if no list of invalid recipients has an entry
     */
    public boolean allDelivered() {
        return invalidUsers.isEmpty() && invalidParties.isEmpty() && invalidTags.isEmpty() && unlicensedUsers.isEmpty();
    }

    /**
     * Reads WeCom's answer to one call without ever failing over its shape: a field that is not text
     * or a list of texts is kept in {@link #otherFields()}.
     */
    static SentSlice decode(Audience audience, String taskId, JsonNode answer) {
        Map<String, Object> other = new LinkedHashMap<>();
        if (answer != null && answer.isObject()) {
            answer.properties().forEach(field -> {
                if (!MAPPED.contains(field.getKey()) || !readable(field.getKey(), field.getValue())) {
                    other.put(field.getKey(), MAPPER.convertValue(field.getValue(), Object.class));
                }
            });
        }
        return new SentSlice(
                audience,
                taskId,
                text(answer, "msgid").orElse(null),
                text(answer, "response_code").orElse(null),
                ids(answer, "invaliduser"),
                ids(answer, "invalidparty"),
                ids(answer, "invalidtag"),
                ids(answer, "unlicenseduser"),
                other);
    }

    private static boolean readable(String field, JsonNode node) {
        if (SCALARS.contains(field)) {
            return node == null || node.isValueNode();
        }
        if (node == null || node.isNull() || node.isValueNode()) {
            return true;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (!item.isValueNode()) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static Optional<String> text(JsonNode answer, String field) {
        JsonNode node = answer == null ? null : answer.get(field);
        if (node == null
                || !node.isValueNode()
                || node.isNull()
                || node.asText().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }

    /**
     * WeCom's id list as strings: {@code "a|b"} or {@code ["a","b"]}, blanks dropped, never parsed.
     *
     * @param answer the answer
     * @param field  the field
     * @return the ids, empty if absent or of another shape
     */
    static List<String> ids(JsonNode answer, String field) {
        JsonNode node = answer == null ? null : answer.get(field);
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull() || !readable(field, node)) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(item -> addParts(item.asText(), out));
        } else {
            addParts(node.asText(), out);
        }
        return out;
    }

    private static void addParts(String text, List<String> out) {
        for (String part : text.split("\\|")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
    }
}
