package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.CursorPage;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * One page of {@code externalcontact/batch/get_by_user}.
 *
 * @param externalContactList the customers with the member's view
 * @param nextCursor          the next page's cursor; empty on the last
 * @param failInfo            the members WeCom could not answer for
 * @param otherFields         fields WeCom sent that this record does not map
 */
public record CustomerPage(
        @JsonProperty("external_contact_list") List<CustomerRelation> externalContactList,
        @JsonProperty("next_cursor") String nextCursor,
        @JsonProperty("fail_info") FailInfo failInfo,
        @JsonAnySetter Map<String, Object> otherFields)
        implements CursorPage<CustomerRelation>, OtherFields {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param externalContactList the customers with the member's view
     * @param nextCursor the next page's cursor; empty on the last
     * @param failInfo the members WeCom could not answer for
     * @param otherFields unmapped fields, may be {@code null}
     */
    public CustomerPage {
        otherFields = OtherFields.copyOf(otherFields);
        externalContactList = externalContactList == null ? List.of() : List.copyOf(externalContactList);
        failInfo = failInfo == null ? new FailInfo(null, null) : failInfo;
    }

    @Override
    public List<CustomerRelation> items() {
        return externalContactList;
    }

    /**
     * Members WeCom did not answer for.
     *
     * @param unlicensedUserIds members without an interconnection (互通) licence
     * @param otherFields          fields WeCom sent that this record does not map
     */
    public record FailInfo(
            @JsonProperty("unlicensed_userid_list") List<String> unlicensedUserIds,
            @JsonAnySetter Map<String, Object> otherFields)
            implements OtherFields {

        /**
         * Creates the value; lists are copied and a missing list becomes empty.
         *
         * @param unlicensedUserIds members without an interconnection (互通) licence
         * @param otherFields unmapped fields, may be {@code null}
         */
        public FailInfo {
            otherFields = OtherFields.copyOf(otherFields);
            unlicensedUserIds = unlicensedUserIds == null ? List.of() : List.copyOf(unlicensedUserIds);
        }
    }
}
