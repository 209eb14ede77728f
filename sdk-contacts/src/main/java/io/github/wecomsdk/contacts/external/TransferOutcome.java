package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * WeCom's answer for one customer of a transfer: errcode 0 means the transfer started (it completes
 * on its own after 24 hours unless the customer refuses); 40128 means the customer was transferred
 * twice in the last 90 days.
 *
 * @param externalUserid the customer
 * @param errcode        0 when the transfer started
 */
public record TransferOutcome(@JsonProperty("external_userid") String externalUserid,
                              @JsonProperty("errcode") int errcode) {
}
