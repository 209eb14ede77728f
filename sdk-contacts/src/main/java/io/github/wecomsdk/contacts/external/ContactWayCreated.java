package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.Map;

/**
 * A new contact way ({@code add_contact_way}); keep the config_id: without it the way can be neither
 * changed nor deleted.
 *
 * @param configId the configuration id
 * @param qrCode   the QR code URL, for scene 2
 * @param otherFields fields WeCom sent that this record does not map
 */
public record ContactWayCreated(
        @JsonProperty("config_id") String configId,
        @JsonProperty("qr_code") String qrCode,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value; {@code otherFields} is copied null-safely.
     */
    public ContactWayCreated {
        otherFields = OtherFields.copyOf(otherFields);
    }
}
