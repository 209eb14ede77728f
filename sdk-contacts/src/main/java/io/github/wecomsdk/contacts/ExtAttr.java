package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * A member's custom attributes ({@code extattr}); the attributes must first be defined in the admin
 * console. An empty list is never sent: WeCom ignores attributes it does not know, and a change needs
 * only the attributes it changes.
 *
 * @param attrs       the attributes (text or web), never {@code null}
 * @param otherFields fields WeCom sent that this record does not map
 */
public record ExtAttr(
        @JsonProperty("attrs") @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<ExtAttribute> attrs,

        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param attrs       the attributes (text or web)
     * @param otherFields unmapped fields, may be {@code null}
     */
    public ExtAttr {
        attrs = Models.list(attrs);
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * Custom attributes from a list.
     *
     * @param attrs the attributes
     * @return the value
     */
    public static ExtAttr of(ExtAttribute... attrs) {
        return new ExtAttr(List.of(attrs), null);
    }

    /**
     * Fields WeCom sent that this record does not map; written back when sent.
     *
     * @return the unmapped fields, never {@code null}
     */
    @Override
    @JsonAnyGetter
    public Map<String, Object> otherFields() {
        return otherFields;
    }
}
