package io.github.wecomsdk.contacts;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A tag as {@code tag/list} returns it.
 *
 * @param tagId   the tag id
 * @param tagName the tag name
 */
public record Tag(@JsonProperty("tagid") long tagId, @JsonProperty("tagname") String tagName) {
}
