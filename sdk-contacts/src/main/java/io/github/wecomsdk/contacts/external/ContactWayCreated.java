package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A new contact way ({@code add_contact_way}); keep the config_id: without it the way can be neither
 * changed nor deleted.
 *
 * @param configId the configuration id
 * @param qrCode   the QR code URL, for scene 2
 */
public record ContactWayCreated(@JsonProperty("config_id") String configId, @JsonProperty("qr_code") String qrCode) {
}
