package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A member's custom attributes ({@code extattr}); the attributes must first be defined in the admin
 * console.
 *
 * @param attrs the attributes (text or web)
 */
public record ExtAttr(@JsonProperty("attrs") List<ExtAttribute> attrs) {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param attrs the attributes (text or web)
     */
    public ExtAttr {
        attrs = attrs == null ? List.of() : List.copyOf(attrs);
    }

    /**
     * Custom attributes from a list.
     *
     * @param attrs the attributes
     * @return the value
     */
    public static ExtAttr of(ExtAttribute... attrs) {
        return new ExtAttr(List.of(attrs));
    }
}
