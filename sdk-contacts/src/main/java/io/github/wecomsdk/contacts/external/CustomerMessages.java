package io.github.wecomsdk.contacts.external;

import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.List;

/** Shared checks for message content sent to customers. */
final class CustomerMessages {

    static final int MAX_ATTACHMENTS = 9;
    static final int MAX_TEXT_BYTES = 4000;

    private CustomerMessages() {}

    static void checkContent(Attachment.Text text, List<Attachment> attachments) {
        boolean noText =
                text == null || text.content() == null || text.content().isEmpty();
        if (noText && (attachments == null || attachments.isEmpty())) {
            throw new WeComValidationException("text and attachments may not both be empty");
        }
        if (text != null) {
            Checks.maxBytes(text.content(), MAX_TEXT_BYTES, "text.content");
        }
        Checks.maxSize(attachments, MAX_ATTACHMENTS, "attachments");
        if (attachments != null) {
            for (int i = 0; i < attachments.size(); i++) {
                Attachment attachment = attachments.get(i);
                if (attachment == null
                        || attachment.msgtype() == null
                        || attachment.msgtype().isBlank()) {
                    throw new WeComValidationException("attachments[" + i + "] needs a msgtype");
                }
            }
        }
    }
}
