package io.github.wecomsdk.payment;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * A merchant bound for external payments, from {@code externalpay/getmerchant} ([93666]).
 *
 * @param bindStatus    1 applying, 2 bound, 3 revoked
 * @param mchId         the merchant id
 * @param merchantName  the merchant's full name
 * @param allowUseScope who may use it; only for a bound merchant, else {@code null}
 * @param otherFields   fields this record does not map
 */
public record Merchant(
        @JsonProperty("bind_status") int bindStatus,
        @JsonProperty("mch_id") String mchId,
        @JsonProperty("merchant_name") String merchantName,
        @JsonProperty("allow_use_scope") Scope allowUseScope,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Normalises the value.
     *
     * @param bindStatus    the bind status
     * @param mchId         the merchant id
     * @param merchantName  the name
     * @param allowUseScope the use scope
     * @param otherFields   unmapped fields
     */
    public Merchant {
        otherFields = OtherFields.copyOf(otherFields);
    }

    /**
     * Who may use a merchant: members, departments and tags.
     *
     * @param user        the userids
     * @param partyId     the department ids
     * @param tagId       the tag ids
     * @param otherFields fields this record does not map
     */
    public record Scope(
            @JsonProperty("user") List<String> user,
            @JsonProperty("partyid") List<Long> partyId,
            @JsonProperty("tagid") List<Long> tagId,
            @JsonAnySetter Map<String, Object> otherFields)
            implements OtherFields {

        /**
         * Normalises the value.
         *
         * @param user        the userids
         * @param partyId     the department ids
         * @param tagId       the tag ids
         * @param otherFields unmapped fields
         */
        public Scope {
            user = Models.list(user);
            partyId = Models.list(partyId);
            tagId = Models.list(tagId);
            otherFields = OtherFields.copyOf(otherFields);
        }
    }
}
