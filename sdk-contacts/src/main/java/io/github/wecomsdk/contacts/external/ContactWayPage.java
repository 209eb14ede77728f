package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.CursorPage;
import java.util.List;

/**
 * One page of {@code list_contact_way}.
 *
 * @param contactWay the contact ways (config ids only)
 * @param nextCursor the next page's cursor; empty on the last
 */
public record ContactWayPage(
        @JsonProperty("contact_way") List<ConfigId> contactWay,
        @JsonProperty("next_cursor") String nextCursor) implements CursorPage<String> {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param contactWay the contact ways (config ids only)
     * @param nextCursor the next page's cursor; empty on the last
     */
    public ContactWayPage {
        contactWay = contactWay == null ? List.of() : List.copyOf(contactWay);
    }

    @Override
    public List<String> items() {
        return contactWay.stream().map(ConfigId::configId).toList();
    }

    /**
     * A contact way's id.
     *
     * @param configId the config_id
     */
    public record ConfigId(@JsonProperty("config_id") String configId) {
    }
}
