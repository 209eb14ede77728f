package io.github.wecomsdk.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;

/**
 * What the external-contact families share: the address book, the clock, one id sequence, member lookups
 * with WeCom's errcodes. Guarded by the fake's lock.
 */
final class ExternalCommon {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final int MAX_LIST_LIMIT = 1000;

    final Directory directory;
    final Clock clock;
    private long sequence;

    ExternalCommon(Directory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** The next number of the sequence the families' ids share. */
    long nextId() {
        return ++sequence;
    }

    long now() {
        return clock.instant().getEpochSecond();
    }

    /** Copies the sequence; running the result puts it back. */
    Runnable snapshot() {
        long saved = sequence;
        return () -> sequence = saved;
    }

    /** The member's userid as stored, or 60111. */
    String member(String userid) {
        if (userid == null) {
            throw new ApiError(41009, "userid missing");
        }
        ObjectNode user = directory.findUser(userid);
        if (user == null) {
            throw new ApiError(60111, "userid not found: " + userid);
        }
        return user.path("userid").asText();
    }

    /** The member's userid as stored, or an {@link IllegalArgumentException} for seeding. */
    String canonicalMember(String userid) {
        return Seed.get(() -> member(userid));
    }

    static void copyIfPresent(JsonNode from, String field, ObjectNode to, String as) {
        JsonNode value = from.get(field);
        if (value != null && !value.isNull()) {
            to.set(as, value.deepCopy());
        }
    }
}
