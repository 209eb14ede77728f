package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.CursorPage;
import java.util.List;

/**
 * One page of {@code externalcontact/batch/get_by_user}.
 *
 * @param externalContactList the customers with the member's view
 * @param nextCursor          the next page's cursor; empty on the last
 * @param failInfo            the members WeCom could not answer for
 */
public record CustomerPage(
        @JsonProperty("external_contact_list") List<CustomerRelation> externalContactList,
        @JsonProperty("next_cursor") String nextCursor,
        @JsonProperty("fail_info") FailInfo failInfo) implements CursorPage<CustomerRelation> {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param externalContactList the customers with the member's view
     * @param nextCursor the next page's cursor; empty on the last
     * @param failInfo the members WeCom could not answer for
     */
    public CustomerPage {
        externalContactList = externalContactList == null ? List.of() : List.copyOf(externalContactList);
        failInfo = failInfo == null ? new FailInfo(null) : failInfo;
    }

    @Override
    public List<CustomerRelation> items() {
        return externalContactList;
    }

    /**
     * Members WeCom did not answer for.
     *
     * @param unlicensedUseridList members without an interconnection (互通) licence
     */
    public record FailInfo(@JsonProperty("unlicensed_userid_list") List<String> unlicensedUseridList) {

        /**
         * Creates the value; lists are copied and a missing list becomes empty.
         *
         * @param unlicensedUseridList members without an interconnection (互通) licence
         */
        public FailInfo {
            unlicensedUseridList = unlicensedUseridList == null ? List.of() : List.copyOf(unlicensedUseridList);
        }
    }
}
