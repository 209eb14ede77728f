package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.CursorPage;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * One page of {@code list_contact_way}.
 *
 * @param contactWay the contact ways (config ids only)
 * @param nextCursor the next page's cursor; empty on the last
 * @param otherFields fields WeCom sent that this record does not map
 */
public record ContactWayPage(
        @JsonProperty("contact_way") List<ConfigId> contactWay,
        @JsonProperty("next_cursor") String nextCursor,
        @JsonAnySetter Map<String, Object> otherFields)
        implements CursorPage<String>, OtherFields {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param contactWay the contact ways (config ids only)
     * @param nextCursor the next page's cursor; empty on the last
     * @param otherFields unmapped fields, may be {@code null}
     */
    public ContactWayPage {
        otherFields = OtherFields.copyOf(otherFields);
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
     * @param otherFields fields WeCom sent that this record does not map
     */
    public record ConfigId(
            @JsonProperty("config_id") String configId,
            @JsonAnySetter Map<String, Object> otherFields) implements OtherFields {

        /**
         * Creates the value; {@code otherFields} is copied null-safely.
         */
        public ConfigId {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }
}
