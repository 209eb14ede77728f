package io.github.wecomsdk.messaging;

import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * What WeCom answered to a template-card update: the userids it could not update (lower-cased; the
 * others were updated). Never fails over the answer's shape once WeCom accepted the update.
 *
 * @param invalidUsers {@code invaliduser}: userids not updated
 * @param otherFields  fields of the answer this record does not map
 */
public record CardUpdateResult(List<String> invalidUsers, Map<String, Object> otherFields) implements OtherFields {

    /** Copies the list and fields; {@code null} reads as empty. */
    public CardUpdateResult {
        invalidUsers = invalidUsers == null ? List.of() : List.copyOf(invalidUsers);
        otherFields = OtherFields.copyOf(otherFields);
    }
}
