package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.List;
import java.util.Map;

/**
 * Customer-group statistics per owner ({@code groupchat/statistic}).
 *
 * @param total      the number of owners in all pages
 * @param nextOffset the offset of the next page; equals {@code total} after the last page
 * @param items      the owners on this page
 * @param otherFields fields WeCom sent that this record does not map
 */
public record GroupChatStatistic(
        @JsonProperty("total") int total,
        @JsonProperty("next_offset") int nextOffset,
        @JsonProperty("items") List<Item> items,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value; lists are copied and a missing list becomes empty.
     *
     * @param total the number of owners in all pages
     * @param nextOffset the offset of the next page; equals {@code total} after the last page
     * @param items the owners on this page
     * @param otherFields unmapped fields, may be {@code null}
     */
    public GroupChatStatistic {
        otherFields = OtherFields.copyOf(otherFields);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * One owner's figures.
     *
     * @param owner the owner's userId
     * @param data  the figures
     * @param otherFields fields WeCom sent that this record does not map
     */
    public record Item(
            @JsonProperty("owner") String owner,
            @JsonProperty("data") Data data,
            @JsonAnySetter Map<String, Object> otherFields)
            implements OtherFields {

        /**
         * Creates the value; {@code otherFields} is copied null-safely.
         */
        public Item {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }

    /**
     * Group figures for the period.
     *
     * @param newChatCnt            new groups
     * @param chatTotal             groups in total
     * @param chatHasMsg            groups with messages
     * @param newMemberCnt          new members
     * @param memberTotal           members in total
     * @param memberHasMsg          members who spoke
     * @param msgTotal              messages
     * @param migrateTraineeChatCnt groups migrated from trainee accounts
     * @param otherFields           fields WeCom sent that this record does not map
     */
    public record Data(
            @JsonProperty("new_chat_cnt") long newChatCnt,
            @JsonProperty("chat_total") long chatTotal,
            @JsonProperty("chat_has_msg") long chatHasMsg,
            @JsonProperty("new_member_cnt") long newMemberCnt,
            @JsonProperty("member_total") long memberTotal,
            @JsonProperty("member_has_msg") long memberHasMsg,
            @JsonProperty("msg_total") long msgTotal,
            @JsonProperty("migrate_trainee_chat_cnt") long migrateTraineeChatCnt,
            @JsonAnySetter Map<String, Object> otherFields)
            implements OtherFields {

        /**
         * Creates the value; {@code otherFields} is copied null-safely.
         */
        public Data {
            otherFields = OtherFields.copyOf(otherFields);
        }
    }
}
