package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.Pages;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Customer-contact statistics (统计管理). Data covers only the last 180 days and spans at most 30 days
 * per call. Every method throws {@link io.github.wecomsdk.core.WeComApiException} for a non-zero
 * errcode and {@link WeComValidationException} for bad input, before any request.
 */
public final class Statistics {

    private static final long MAX_SPAN_SECONDS = 30L * 24 * 3600;

    private final WeComClient client;

    Statistics(WeComClient client) {
        this.client = client;
    }

    /**
     * Daily customer-contact figures of members, aggregated
     * ({@code POST /cgi-bin/externalcontact/get_user_behavior_data}); times are floored to 00:00 and the
     * range is closed.
     *
     * @param userids   members, at most 100, or {@code null}
     * @param partyids  departments, at most 100, or {@code null}
     * @param startTime the first day (Unix seconds)
     * @param endTime   the last day (Unix seconds), at most 30 days after the first
     * @return one entry per day
     * @throws WeComValidationException if both lists are empty, one is too long, or the span is too long
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public List<BehaviorData> userBehavior(Collection<String> userids, Collection<Long> partyids, long startTime,
                                           long endTime) {
        if ((userids == null || userids.isEmpty()) && (partyids == null || partyids.isEmpty())) {
            throw new WeComValidationException("userid and partyid may not both be empty");
        }
        Checks.maxSize(Checks.noBlankIds(userids, "userid"), 100, "userid");
        Checks.maxSize(Checks.noBlankIds(partyids, "partyid"), 100, "partyid");
        Checks.range(endTime - startTime, 0, MAX_SPAN_SECONDS, "end_time - start_time (seconds)");
        return client.execute(ApiRequest.post("/cgi-bin/externalcontact/get_user_behavior_data")
                .body(new Behavior(userids == null || userids.isEmpty() ? null : List.copyOf(userids),
                        partyids == null || partyids.isEmpty() ? null : List.copyOf(partyids), startTime, endTime))
                .repeatable().build(), BehaviorList.class).behaviorData();
    }

    /**
     * Customer-group figures per owner ({@code POST /cgi-bin/externalcontact/groupchat/statistic}).
     *
     * @param query the days, owners, order and page
     * @return one page of owners
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public GroupChatStatistic groupChats(GroupChatStatisticQuery query) {
        Checks.notNull(query, "query").validate();
        return client.execute(ApiRequest.post("/cgi-bin/externalcontact/groupchat/statistic").body(query)
                .repeatable().build(), GroupChatStatistic.class);
    }

    /**
     * Every owner's customer-group figures for a query, following the offset lazily: a page is fetched
     * only when the previous one is used up.
     *
     * @param query the days, owners and order; its limit is the page size (1,000 when unset), its
     *              offset is ignored
     * @return a lazy stream; errors surface as {@link io.github.wecomsdk.core.WeComException} while it
     *         is consumed
     * @throws WeComValidationException if the query breaks a limit; nothing was sent
     */
    public Stream<GroupChatStatistic.Item> groupChatsAll(GroupChatStatisticQuery query) {
        Checks.notNull(query, "query").validate();
        int pageSize = query.limit() == null ? 1000 : query.limit();
        return Pages.followOffset(pageSize, (offset, limit) -> groupChats(query.withPage(offset, limit)).items());
    }

    private record Behavior(@JsonProperty("userid") List<String> userid, @JsonProperty("partyid") List<Long> partyid,
                            @JsonProperty("start_time") long startTime, @JsonProperty("end_time") long endTime) {
    }

    private record BehaviorList(@JsonProperty("behavior_data") List<BehaviorData> behaviorData) {
        BehaviorList {
            behaviorData = behaviorData == null ? List.of() : List.copyOf(behaviorData);
        }
    }
}
