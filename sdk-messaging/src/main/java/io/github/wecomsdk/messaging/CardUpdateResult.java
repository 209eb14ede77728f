package io.github.wecomsdk.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What WeCom answered to a template-card update: the userids it could not update (lower-cased; the
 * others were updated).
 *
 * @param invalidUsers userids not updated
 * @param response     WeCom's raw answer, for fields this SDK does not map
 */
public record CardUpdateResult(List<String> invalidUsers, JsonNode response) {

    /** Copies the list; {@code null} reads as empty. */
    public CardUpdateResult {
        invalidUsers = invalidUsers == null ? List.of() : List.copyOf(invalidUsers);
    }
}
