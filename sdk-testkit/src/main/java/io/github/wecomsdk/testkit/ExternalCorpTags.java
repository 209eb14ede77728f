package io.github.wecomsdk.testkit;

import static io.github.wecomsdk.testkit.ExternalCommon.NODES;
import static io.github.wecomsdk.testkit.FakeRequest.number;
import static io.github.wecomsdk.testkit.FakeRequest.text;
import static io.github.wecomsdk.testkit.FakeRequest.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Corp tags of customers: {@code get_corp_tag_list}, {@code add/edit/del_corp_tag} and {@code mark_tag},
 * the tag groups, and the tags on each follow. Guarded by the fake's lock.
 */
final class ExternalCorpTags {

    private final ExternalCommon common;
    private final ExternalCustomers customers;
    private final Map<String, ObjectNode> tagGroups = new LinkedHashMap<>();

    ExternalCorpTags(ExternalCommon common, ExternalCustomers customers) {
        this.common = common;
        this.customers = customers;
    }

    void reset() {
        tagGroups.clear();
    }

    /** Copies the tag groups; running the result puts the copies back. */
    Runnable snapshot() {
        Map<String, ObjectNode> copy = new LinkedHashMap<>();
        tagGroups.forEach((id, group) -> copy.put(id, group.deepCopy()));
        return () -> {
            tagGroups.clear();
            tagGroups.putAll(copy);
        };
    }

    int groupCount() {
        return tagGroups.size();
    }

    // ---------------------------------------------------------------- seeding and inspection

    /** Adds a group with its tags; see {@link FakeExternalContacts#addCorpTagGroup(String, String...)}. */
    String addGroup(String groupName, String... tagNames) {
        if (findGroupByName(groupName) != null) {
            throw new IllegalArgumentException("a tag group named " + groupName + " exists");
        }
        ObjectNode group = newGroup(groupName, 0);
        for (String tag : tagNames) {
            newTag(group, tag, 0);
        }
        return group.path("group_id").asText();
    }

    /** The ids of a group's tags, in order; empty for an unknown group. */
    List<String> tagIds(String groupId) {
        ObjectNode group = tagGroups.get(groupId);
        List<String> ids = new ArrayList<>();
        if (group != null) {
            group.path("tag").forEach(tag -> ids.add(tag.path("id").asText()));
        }
        return ids;
    }

    /** The id of a tag by its group's and its own name, or {@code null}. */
    String tagId(String groupName, String tagName) {
        ObjectNode group = findGroupByName(groupName);
        if (group != null) {
            for (JsonNode tag : group.path("tag")) {
                if (tag.path("name").asText().equals(tagName)) {
                    return tag.path("id").asText();
                }
            }
        }
        return null;
    }

    /** Tags a customer as seen by one member; an {@link IllegalArgumentException} when WeCom would refuse. */
    void tag(String userid, String externalUserid, String... tagIds) {
        Seed.run(() -> applyTags(customers.followOf(userid, externalUserid), List.of(tagIds), List.of()));
    }

    // ---------------------------------------------------------------- endpoints

    Reply corpTagList(FakeRequest request) {
        ObjectNode body = request.body().length == 0 ? NODES.objectNode() : request.json();
        List<String> tagIds = texts(body, "tag_id", 40068);
        List<String> groupIds = texts(body, "group_id", 40068);
        ObjectNode answer = Reply.ok("ok");
        ArrayNode list = answer.putArray("tag_group");
        for (ObjectNode group : tagGroups.values()) {
            boolean wholeGroup = groupIds != null && !groupIds.isEmpty();
            if (wholeGroup) {
                if (groupIds.contains(group.path("group_id").asText())) {
                    list.add(group.deepCopy());
                }
                continue;
            }
            ObjectNode copy = group.deepCopy();
            if (tagIds != null && !tagIds.isEmpty()) {
                ArrayNode kept = NODES.arrayNode();
                group.path("tag").forEach(tag -> {
                    if (tagIds.contains(tag.path("id").asText())) {
                        kept.add(tag.deepCopy());
                    }
                });
                if (kept.isEmpty()) {
                    continue;
                }
                copy.set("tag", kept);
            }
            list.add(copy);
        }
        return Reply.json(answer);
    }

    Reply addCorpTag(FakeRequest request) {
        ObjectNode body = request.json();
        JsonNode tags = body.path("tag");
        if (!tags.isArray() || tags.isEmpty()) {
            throw new ApiError(41111, "tag is empty: add at least one tag");
        }
        String groupId = text(body, "group_id");
        ObjectNode group;
        if (groupId != null) {
            group = tagGroups.get(groupId);
            if (group == null) {
                throw new ApiError(40068, "invalid tagid: group_id " + groupId + " does not exist");
            }
        } else {
            String groupName = text(body, "group_name");
            if (groupName == null) {
                throw new ApiError(40058, "group_id or group_name is required");
            }
            group = findGroupByName(groupName);
            if (group == null) {
                Long order = number(body, "order", 40058);
                group = newGroup(groupName, order == null ? 0 : order);
            }
        }
        ObjectNode added = group.deepCopy();
        ArrayNode addedTags = added.putArray("tag");
        for (JsonNode tag : tags) {
            String name = text(tag, "name");
            if (name == null || name.codePointCount(0, name.length()) > 30) {
                throw new ApiError(40072, "invalid tag name: 1 to 30 characters");
            }
            for (JsonNode existing : group.path("tag")) {
                if (existing.path("name").asText().equals(name)) {
                    throw new ApiError(40071, "tag name exists in the group: " + name);
                }
            }
        }
        for (JsonNode tag : tags) {
            Long order = number(tag, "order", 40058);
            addedTags.add(
                    newTag(group, text(tag, "name"), order == null ? 0 : order).deepCopy());
        }
        ObjectNode answer = Reply.ok("ok");
        answer.set("tag_group", added);
        return Reply.json(answer);
    }

    Reply editCorpTag(FakeRequest request) {
        ObjectNode body = request.json();
        String id = text(body, "id");
        ObjectNode target = tagGroups.get(id);
        String nameField = "group_name";
        if (target == null) {
            target = findTag(id);
            nameField = "name";
        }
        if (target == null) {
            throw new ApiError(40068, "invalid tagid: " + id + " is neither a tag nor a tag group");
        }
        String name = text(body, "name");
        if (name != null) {
            target.put(nameField, name);
            renameTagInFollows(id, name);
        }
        Long order = number(body, "order", 40058);
        if (order != null) {
            target.put("order", order);
        }
        return Reply.json(Reply.ok("ok"));
    }

    Reply deleteCorpTag(FakeRequest request) {
        ObjectNode body = request.json();
        List<String> tagIds = texts(body, "tag_id", 40068);
        List<String> groupIds = texts(body, "group_id", 40068);
        List<String> tags = tagIds == null ? List.of() : tagIds;
        List<String> groups = groupIds == null ? List.of() : groupIds;
        if (tags.isEmpty() && groups.isEmpty()) {
            throw new ApiError(40068, "invalid tagid: tag_id and group_id are both empty");
        }
        for (String tag : tags) {
            if (findTag(tag) == null) {
                throw new ApiError(40068, "invalid tagid: " + tag);
            }
        }
        for (String group : groups) {
            if (!tagGroups.containsKey(group)) {
                throw new ApiError(40068, "invalid tagid: group " + group);
            }
        }
        List<String> removed = new ArrayList<>(tags);
        for (String group : groups) {
            tagGroups
                    .remove(group)
                    .path("tag")
                    .forEach(tag -> removed.add(tag.path("id").asText()));
        }
        for (ObjectNode group : new ArrayList<>(tagGroups.values())) {
            ArrayNode kept = NODES.arrayNode();
            group.path("tag").forEach(tag -> {
                if (!removed.contains(tag.path("id").asText())) {
                    kept.add(tag);
                }
            });
            group.set("tag", kept);
            if (kept.isEmpty()) {
                tagGroups.remove(group.path("group_id").asText());
            }
        }
        for (Map<String, ObjectNode> of : customers.follows().values()) {
            for (ObjectNode follow : of.values()) {
                ArrayNode kept = NODES.arrayNode();
                follow.path("tags").forEach(tag -> {
                    if (!removed.contains(tag.path("tag_id").asText())) {
                        kept.add(tag);
                    }
                });
                follow.set("tags", kept);
            }
        }
        return Reply.json(Reply.ok("ok"));
    }

    Reply markTag(FakeRequest request) {
        ObjectNode body = request.json();
        ObjectNode follow = customers.followOf(text(body, "userid"), text(body, "external_userid"));
        List<String> add = texts(body, "add_tag", 40068);
        List<String> remove = texts(body, "remove_tag", 40068);
        if ((add == null || add.isEmpty()) && (remove == null || remove.isEmpty())) {
            throw new ApiError(40068, "invalid tagid: add_tag and remove_tag are both empty");
        }
        applyTags(follow, add == null ? List.of() : add, remove == null ? List.of() : remove);
        return Reply.json(Reply.ok("ok"));
    }

    private void applyTags(ObjectNode follow, List<String> add, List<String> remove) {
        for (String id : add) {
            if (findTag(id) == null) {
                throw new ApiError(40068, "invalid tagid: " + id);
            }
        }
        ArrayNode tags = follow.withArray("tags");
        ArrayNode kept = NODES.arrayNode();
        tags.forEach(tag -> {
            if (!remove.contains(tag.path("tag_id").asText())) {
                kept.add(tag);
            }
        });
        for (String id : add) {
            boolean present = false;
            for (JsonNode tag : kept) {
                present |= tag.path("tag_id").asText().equals(id);
            }
            if (!present) {
                ObjectNode tag = findTag(id);
                ObjectNode entry = kept.addObject();
                entry.put("group_name", groupOfTag(id).path("group_name").asText());
                entry.put("tag_name", tag.path("name").asText());
                entry.put("tag_id", id);
                entry.put("type", 1);
            }
        }
        follow.set("tags", kept);
    }

    private ObjectNode newGroup(String name, long order) {
        ObjectNode group = NODES.objectNode();
        String id = "etFAKEGROUP" + (common.nextId());
        group.put("group_id", id);
        group.put("group_name", name);
        group.put("create_time", common.now());
        group.put("order", order);
        group.put("deleted", false);
        group.putArray("tag");
        tagGroups.put(id, group);
        return group;
    }

    private ObjectNode newTag(ObjectNode group, String name, long order) {
        ObjectNode tag = group.withArray("tag").addObject();
        tag.put("id", "etFAKETAG" + (common.nextId()));
        tag.put("name", name);
        tag.put("create_time", common.now());
        tag.put("order", order);
        tag.put("deleted", false);
        return tag;
    }

    private ObjectNode findGroupByName(String name) {
        return tagGroups.values().stream()
                .filter(g -> g.path("group_name").asText().equals(name))
                .findFirst()
                .orElse(null);
    }

    private ObjectNode findTag(String id) {
        ObjectNode group = groupOfTag(id);
        if (group == null) {
            return null;
        }
        for (JsonNode tag : group.path("tag")) {
            if (tag.path("id").asText().equals(id)) {
                return (ObjectNode) tag;
            }
        }
        return null;
    }

    private ObjectNode groupOfTag(String id) {
        for (ObjectNode group : tagGroups.values()) {
            for (JsonNode tag : group.path("tag")) {
                if (tag.path("id").asText().equals(id)) {
                    return group;
                }
            }
        }
        return null;
    }

    private void renameTagInFollows(String id, String name) {
        for (Map<String, ObjectNode> of : customers.follows().values()) {
            for (ObjectNode follow : of.values()) {
                for (JsonNode tag : follow.path("tags")) {
                    if (tag.path("tag_id").asText().equals(id)) {
                        ((ObjectNode) tag).put("tag_name", name);
                    }
                }
            }
        }
    }
}
