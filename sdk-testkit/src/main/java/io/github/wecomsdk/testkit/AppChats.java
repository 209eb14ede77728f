package io.github.wecomsdk.testkit;

import static io.github.wecomsdk.testkit.FakeRequest.text;
import static io.github.wecomsdk.testkit.FakeRequest.texts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Group chats made by apps: {@code appchat/create} [90245], {@code update} [98913], {@code get}
 * [98914] and {@code send} [90248]. A chat belongs to the app that created it (86008 for others).
 * Guarded by the fake's lock.
 */
final class AppChats {

    private static final Pattern CHATID = Pattern.compile("[0-9a-zA-Z]{1,32}");
    private static final Set<String> TYPES =
            Set.of("text", "image", "voice", "video", "file", "textcard", "news", "mpnews", "markdown");
    private static final int MIN_MEMBERS = 2;
    private static final int MAX_MEMBERS = 2000;
    private static final int MAX_NAME_CHARS = 50;
    private static final String ALPHANUMERIC = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private static final class Chat {
        final long agentId;
        String name;
        String owner;
        final Set<String> members = new LinkedHashSet<>();

        Chat(long agentId) {
            this.agentId = agentId;
        }
    }

    private final Directory directory;
    private final Messaging messaging;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Chat> chats = new LinkedHashMap<>();
    private final List<AppChatMessage> sent = new ArrayList<>();

    AppChats(Directory directory, Messaging messaging) {
        this.directory = directory;
        this.messaging = messaging;
    }

    Reply create(FakeRequest request, Tokens.App app) {
        ObjectNode body = request.json();
        String chatid = text(body, "chatid");
        if (chatid != null) {
            if (!CHATID.matcher(chatid).matches()) {
                throw new ApiError(86001, "invalid chatid: 1 to 32 letters and digits");
            }
            if (chats.containsKey(chatid)) {
                throw new ApiError(86215, "chatid existed: " + chatid);
            }
        } else {
            chatid = newChatid();
        }
        List<String> userlist = texts(body, "userlist", 86216);
        if (userlist == null || userlist.isEmpty()) {
            throw new ApiError(86204, "userlist missing");
        }
        Chat chat = new Chat(app.agentId());
        userlist.forEach(userid -> chat.members.add(member(userid)));
        requireMemberCount(chat.members.size());
        String owner = text(body, "owner");
        chat.owner = owner == null ? chat.members.iterator().next() : member(owner);
        if (!chat.members.contains(chat.owner)) {
            throw new ApiError(86207, "owner " + owner + " is not in userlist");
        }
        chat.name = truncate(text(body, "name"));
        chats.put(chatid, chat);
        return Reply.json(Reply.ok("ok").put("chatid", chatid));
    }

    private String newChatid() {
        StringBuilder id = new StringBuilder(24);
        do {
            id.setLength(0);
            for (int i = 0; i < 24; i++) {
                id.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
            }
        } while (chats.containsKey(id.toString()));
        return id.toString();
    }

    /** The member's userid as stored, or 86216 if there is no such member. */
    private String member(String userid) {
        ObjectNode user = directory.findUser(userid);
        if (user == null) {
            throw new ApiError(86216, "invalid chat member: userid " + userid + " not found");
        }
        return user.path("userid").asText();
    }

    private static void requireMemberCount(int count) {
        if (count < MIN_MEMBERS || count > MAX_MEMBERS) {
            throw new ApiError(
                    86006,
                    "invalid member count: a chat has " + MIN_MEMBERS + " to " + MAX_MEMBERS + " members; got "
                            + count);
        }
    }

    /** WeCom cuts a name over 50 characters rather than refusing it. */
    private static String truncate(String name) {
        if (name == null) {
            return "";
        }
        return name.codePointCount(0, name.length()) <= MAX_NAME_CHARS
                ? name
                : name.substring(0, name.offsetByCodePoints(0, MAX_NAME_CHARS));
    }

    private Chat ownChat(String chatid, Tokens.App app) {
        if (chatid == null) {
            throw new ApiError(86201, "chatid missing");
        }
        Chat chat = chats.get(chatid);
        if (chat == null) {
            throw new ApiError(86003, "chatid not found: " + chatid);
        }
        if (chat.agentId != app.agentId()) {
            throw new ApiError(86008, "the chat was not created by this app");
        }
        return chat;
    }

    Reply update(FakeRequest request, Tokens.App app) {
        ObjectNode body = request.json();
        Chat chat = ownChat(text(body, "chatid"), app);
        Set<String> members = new LinkedHashSet<>(chat.members);
        List<String> add = texts(body, "add_user_list", 86216);
        List<String> remove = texts(body, "del_user_list", 86216);
        if (add != null) {
            add.forEach(userid -> members.add(member(userid)));
        }
        if (remove != null) {
            for (String userid : remove) {
                ObjectNode user = directory.findUser(userid);
                if (user != null) {
                    members.remove(user.path("userid").asText());
                }
            }
        }
        requireMemberCount(members.size());
        String owner = text(body, "owner");
        String newOwner = owner == null ? chat.owner : member(owner);
        if (!members.contains(newOwner)) {
            throw new ApiError(86207, "owner " + newOwner + " is not in the chat; name a new owner");
        }
        String name = text(body, "name");
        if (name != null) {
            chat.name = truncate(name);
        }
        chat.owner = newOwner;
        chat.members.clear();
        chat.members.addAll(members);
        return Reply.json(Reply.ok("ok"));
    }

    Reply get(FakeRequest request, Tokens.App app) {
        String chatid = request.param("chatid");
        ownChat(chatid, app);
        ObjectNode answer = Reply.ok("ok");
        answer.set("chat_info", view(chatid));
        return Reply.json(answer);
    }

    Reply send(FakeRequest request, Tokens.App app) {
        ObjectNode body = request.json();
        String chatid = text(body, "chatid");
        Chat chat = ownChat(chatid, app);
        String msgtype = text(body, "msgtype");
        if (msgtype == null || !TYPES.contains(msgtype)) {
            throw new ApiError(40008, "invalid message type " + msgtype);
        }
        messaging.checkPayload(body, msgtype);
        sent.add(new AppChatMessage(chatid, msgtype, new ArrayList<>(chat.members), body));
        return Reply.json(Reply.ok("ok"));
    }

    /** The chat as {@code appchat/get} shows it in {@code chat_info}; {@code null} if there is none. */
    ObjectNode view(String chatid) {
        Chat chat = chatid == null ? null : chats.get(chatid);
        if (chat == null) {
            return null;
        }
        ObjectNode info = JsonNodeFactory.instance.objectNode();
        info.put("chatid", chatid);
        info.put("name", chat.name);
        info.put("owner", chat.owner);
        ArrayNode userlist = info.putArray("userlist");
        chat.members.forEach(userlist::add);
        info.put("chat_type", 0);
        return info;
    }

    List<AppChatMessage> sent() {
        return List.copyOf(sent);
    }

    void clear() {
        sent.clear();
    }

    /** Forgets every chat and every message sent into one. */
    void reset() {
        chats.clear();
        sent.clear();
    }
}
