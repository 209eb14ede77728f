package io.github.wecomsdk.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Applies a seed document (see {@link FakeWeCom#seed(String)}) through the fake's public seeding methods, and
 * turns WeCom's refusal of a seeding change into the {@link IllegalArgumentException} those methods throw.
 */
final class Seed {

    private Seed() {}

    static void apply(FakeWeCom fake, JsonNode seed) {
        if (seed == null || !seed.isObject()) {
            throw new IllegalArgumentException("a seed must be a JSON object");
        }
        for (JsonNode app : seed.path("apps")) {
            fake.addApp(app.path("agentid").asLong(), app.path("secret").asText());
        }
        for (JsonNode key : seed.path("webhooks")) {
            fake.addWebhook(key.asText());
        }
        for (JsonNode department : seed.path("departments")) {
            fake.addDepartment(
                    department.path("id").asLong(),
                    department.path("name").asText(),
                    department.path("parentid").asLong(Directory.ROOT_DEPARTMENT));
        }
        for (JsonNode user : seed.path("users")) {
            fake.addUser(FakeUser.of(user));
        }
        for (JsonNode tag : seed.path("tags")) {
            fake.addTag(tag.path("tagid").asLong(), tag.path("tagname").asText(), strings(tag.path("userlist")));
        }
        FakeExternalContacts external = fake.externalContacts();
        for (JsonNode group : seed.path("corp_tags")) {
            List<String> names = new ArrayList<>();
            group.path("tag").forEach(tag -> names.add(tag.path("name").asText()));
            external.addCorpTagGroup(group.path("group_name").asText(), names.toArray(String[]::new));
        }
        for (JsonNode customer : seed.path("customers")) {
            JsonNode contact = customer.has("external_contact") ? customer.get("external_contact") : customer;
            external.addCustomer(contact);
            String id = contact.path("external_userid").asText();
            for (JsonNode follow : customer.path("follow_user")) {
                ObjectNode info = ((ObjectNode) follow).deepCopy();
                JsonNode tags = info.remove("tags");
                external.follow(id, info);
                if (tags != null) {
                    List<String> tagIds = new ArrayList<>();
                    tags.forEach(tag -> tagIds.add(
                            tag.has("tag_id")
                                    ? tag.path("tag_id").asText()
                                    : tagIdByName(
                                            external,
                                            tag.path("group_name").asText(),
                                            tag.path("tag_name").asText())));
                    external.tag(info.path("userid").asText(), id, tagIds.toArray(String[]::new));
                }
            }
        }
        for (JsonNode chat : seed.path("group_chats")) {
            external.addGroupChat(
                    chat.path("chat_id").asText(),
                    chat.path("name").asText(),
                    chat.path("owner").asText(),
                    chat.hasNonNull("opengid") ? chat.get("opengid").asText() : null,
                    strings(chat.path("member_list")));
        }
    }

    /** Runs a seeding change; WeCom's refusal becomes an {@link IllegalArgumentException} with its errcode. */
    static void run(Runnable change) {
        get(() -> {
            change.run();
            return null;
        });
    }

    /** {@link #run(Runnable)} for a change with a result. */
    static <T> T get(Supplier<T> change) {
        try {
            return change.get();
        } catch (ApiError error) {
            throw new IllegalArgumentException(
                    "WeCom would refuse this with errcode " + error.errcode() + ": " + error.getMessage());
        }
    }

    private static String tagIdByName(FakeExternalContacts external, String groupName, String tagName) {
        String found = external.corpTagId(groupName, tagName);
        if (found == null) {
            throw new IllegalArgumentException("no corp tag " + groupName + "/" + tagName + " in corp_tags");
        }
        return found;
    }

    private static String[] strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(
                value -> values.add(value.isObject() ? value.path("userid").asText() : value.asText()));
        return values.toArray(String[]::new);
    }
}
