package io.github.wecomsdk.testkit;

import static io.github.wecomsdk.testkit.FakeRequest.number;
import static io.github.wecomsdk.testkit.FakeRequest.numbers;
import static io.github.wecomsdk.testkit.FakeRequest.text;
import static io.github.wecomsdk.testkit.FakeRequest.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tags of the fake corp's address book ({@code tag/create, update, delete, get, addtagusers,
 * deltagusers, list}): names, member users and member departments. Guarded by the fake's lock.
 */
final class DirectoryTags {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_TAG_USERS_PER_CALL = 1000;
    private static final int MAX_TAG_PARTIES_PER_CALL = 100;

    private static final class Tag {
        String name;
        final Set<String> users = new LinkedHashSet<>();
        final Set<Long> parties = new LinkedHashSet<>();

        Tag(String name) {
            this.name = name;
        }
    }

    private final Directory directory;
    private final Map<Long, Tag> tags = new TreeMap<>();

    DirectoryTags(Directory directory) {
        this.directory = directory;
    }

    void reset() {
        tags.clear();
    }

    /** Copies the tags; running the result puts the copies back. */
    Runnable snapshot() {
        Map<Long, Tag> copy = new TreeMap<>();
        tags.forEach((id, tag) -> {
            Tag copied = new Tag(tag.name);
            copied.users.addAll(tag.users);
            copied.parties.addAll(tag.parties);
            copy.put(id, copied);
        });
        return () -> {
            tags.clear();
            tags.putAll(copy);
        };
    }

    /** Takes a removed member (by lower-case userid) out of every tag. */
    void forgetUser(String userKey) {
        tags.values().forEach(tag -> tag.users.remove(userKey));
    }

    /** Follows a member's new userid (lower-case keys) in every tag. */
    void renameUser(String fromKey, String toKey) {
        for (Tag tag : tags.values()) {
            if (tag.users.remove(fromKey)) {
                tag.users.add(toKey);
            }
        }
    }

    /** Takes a removed department out of every tag. */
    void forgetDepartment(long id) {
        tags.values().forEach(tag -> tag.parties.remove(id));
    }

    Reply createTag(FakeRequest request) {
        long id = addTag(request.json());
        return Reply.json(Reply.ok("created").put("tagid", id));
    }

    /** Creates a tag from a body shaped like tag/create's; its id. */
    private long addTag(JsonNode body) {
        String name = tagName(text(body, "tagname"));
        Long id = number(body, "tagid", 40068);
        if (id != null) {
            if (id < 0 || id > Integer.MAX_VALUE) {
                throw new ApiError(40068, "invalid tagid " + id + ": a non-negative int32");
            }
            if (tags.containsKey(id)) {
                throw new ApiError(40068, "invalid tagid: tag " + id + " already exists");
            }
        } else {
            id = tags.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
        }
        requireUniqueTagName(name, id);
        tags.put(id, new Tag(name));
        return id;
    }

    /**
     * Creates a tag with members as tag/create and tag/addtagusers would, for seeding; when the members are
     * refused the tag is not kept.
     */
    void seed(long tagId, String name, String... userids) {
        ObjectNode create = NODES.objectNode();
        create.put("tagid", tagId);
        create.put("tagname", name);
        long id = addTag(create);
        if (userids.length > 0) {
            ObjectNode add = NODES.objectNode();
            add.put("tagid", id);
            ArrayNode list = add.putArray("userlist");
            for (String userid : userids) {
                list.add(userid);
            }
            try {
                changeTagMembers(add, true);
            } catch (RuntimeException refused) {
                tags.remove(id);
                throw refused;
            }
        }
    }

    private static String tagName(String name) {
        if (name == null || name.codePointCount(0, name.length()) > 32) {
            throw new ApiError(40072, "invalid tagname length: 1 to 32 characters");
        }
        return name;
    }

    private void requireUniqueTagName(String name, long self) {
        tags.forEach((id, tag) -> {
            if (id != self && tag.name.equals(name)) {
                throw new ApiError(40071, "invalid tagname: " + name + " is taken by tag " + id);
            }
        });
    }

    Reply updateTag(FakeRequest request) {
        ObjectNode body = request.json();
        long id = existingTagId(number(body, "tagid", 40068));
        String name = tagName(text(body, "tagname"));
        requireUniqueTagName(name, id);
        tags.get(id).name = name;
        return Reply.json(Reply.ok("updated"));
    }

    private long existingTagId(Long id) {
        if (id == null || !tags.containsKey(id)) {
            throw new ApiError(40068, "invalid tagid: " + (id == null ? "tagid missing" : "no tag " + id));
        }
        return id;
    }

    Reply deleteTag(FakeRequest request) {
        tags.remove(existingTagId(request.numberParam("tagid", 40068)));
        return Reply.json(Reply.ok("deleted"));
    }

    Reply getTag(FakeRequest request) {
        long id = existingTagId(request.numberParam("tagid", 40068));
        ObjectNode answer = Reply.ok("ok");
        answer.setAll(tagView(id));
        return Reply.json(answer);
    }

    Reply addTagUsers(FakeRequest request) {
        return changeTagMembers(request.json(), true);
    }

    Reply deleteTagUsers(FakeRequest request) {
        return changeTagMembers(request.json(), false);
    }

    private Reply changeTagMembers(JsonNode body, boolean add) {
        Tag tag = tags.get(existingTagId(number(body, "tagid", 40068)));
        List<String> userlist = texts(body, "userlist", 40058);
        List<Long> partylist = numbers(body, "partylist", 40058);
        userlist = userlist == null ? List.of() : userlist;
        partylist = partylist == null ? List.of() : partylist;
        if (userlist.isEmpty() && partylist.isEmpty()) {
            throw new ApiError(40035, "invalid parameter: userlist and partylist are both empty");
        }
        if (userlist.size() > MAX_TAG_USERS_PER_CALL || partylist.size() > MAX_TAG_PARTIES_PER_CALL) {
            throw new ApiError(
                    81014,
                    "too many members in one call: at most " + MAX_TAG_USERS_PER_CALL + " users and "
                            + MAX_TAG_PARTIES_PER_CALL + " departments");
        }
        List<String> invalidUsers = new ArrayList<>();
        List<Long> invalidParties = new ArrayList<>();
        List<String> validUsers = new ArrayList<>();
        List<Long> validParties = new ArrayList<>();
        for (String userid : userlist) {
            if (directory.findUser(userid) != null) {
                validUsers.add(Directory.key(userid));
            } else {
                invalidUsers.add(userid);
            }
        }
        for (long party : partylist) {
            if (directory.hasDepartment(party)) {
                validParties.add(party);
            } else {
                invalidParties.add(party);
            }
        }
        if (validUsers.isEmpty() && validParties.isEmpty()) {
            throw add
                    ? new ApiError(40070, "all the users and departments given are invalid")
                    : new ApiError(40031, "invalid userid list: all the users and departments given are invalid");
        }
        if (add) {
            tag.users.addAll(validUsers);
            tag.parties.addAll(validParties);
        } else {
            validUsers.forEach(tag.users::remove);
            validParties.forEach(tag.parties::remove);
        }
        ObjectNode answer = Reply.ok(add ? "ok" : "deleted");
        if (!invalidUsers.isEmpty()) {
            answer.put("invalidlist", String.join("|", invalidUsers));
        }
        if (!invalidParties.isEmpty()) {
            ArrayNode parties = answer.putArray("invalidparty");
            invalidParties.forEach(parties::add);
        }
        return Reply.json(answer);
    }

    Reply listTags(FakeRequest request) {
        ObjectNode answer = Reply.ok("ok");
        ArrayNode list = answer.putArray("taglist");
        tags.forEach((id, tag) -> {
            ObjectNode item = list.addObject();
            item.put("tagid", id);
            item.put("tagname", tag.name);
        });
        return Reply.json(answer);
    }

    /** The members of a tag: its users and everyone in or below its departments; {@code null} if no tag. */
    Set<String> tagMembers(long tagid) {
        Tag tag = tags.get(tagid);
        if (tag == null) {
            return null;
        }
        Set<String> members = new LinkedHashSet<>();
        tag.users.forEach(k -> members.add(directory.findUser(k).path("userid").asText()));
        tag.parties.forEach(party -> members.addAll(directory.membersBelow(party)));
        return members;
    }

    /** The tag as {@code tag/get} shows it (without the envelope); {@code null} if there is no such tag. */
    ObjectNode tagView(long tagid) {
        Tag tag = tags.get(tagid);
        if (tag == null) {
            return null;
        }
        ObjectNode view = NODES.objectNode();
        view.put("tagname", tag.name);
        ArrayNode userlist = view.putArray("userlist");
        for (String member : tag.users) {
            ObjectNode user = directory.findUser(member);
            ObjectNode item = userlist.addObject();
            item.put("userid", user.path("userid").asText());
            item.put("name", user.path("name").asText());
        }
        ArrayNode partylist = view.putArray("partylist");
        tag.parties.forEach(partylist::add);
        return view;
    }
}
