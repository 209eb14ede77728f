package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.PagedIterable;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.List;

/**
 * Customer-contact statistics (统计管理). Data covers only the last 180 days and spans at most 30 days
 * per call. Every method throws {@link io.github.wecomsdk.core.WeComApiException} for a non-zero
 * errcode and {@link WeComValidationException} for bad input, before any request.
 */
public final class Statistics {

    /** WeCom's largest page size for {@code groupchat/statistic}. */
    public static final int MAX_GROUP_CHAT_PAGE = 1000;

    private final WeComClient client;

    Statistics(WeComClient client) {
        this.client = client;
    }

    /**
     * Daily customer-contact figures of members, aggregated
     * ({@code POST /cgi-bin/externalcontact/get_user_behavior_data}); times are floored to 00:00 and the
     * range is closed.
     *
     * @param query the members or departments and the days, checked when it was built
     * @return one entry per day
     * @throws WeComValidationException if {@code query} is null; nothing was sent
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public List<BehaviorData> getUserBehavior(UserBehaviorQuery query) {
        Checks.notNull(query, "query");
        return client.execute(
                        ApiRequest.post("/cgi-bin/externalcontact/get_user_behavior_data")
                                .body(query)
                                .repeatable()
                                .build(),
                        BehaviorList.class)
                .behaviorData();
    }

    /**
     * Every owner's customer-group figures for a query ({@code POST /cgi-bin/externalcontact/groupchat/statistic}),
     * following the offset lazily with pages of 1,000: a page is fetched only when the previous one is used up.
     *
     * @param query the days, owners and order, checked when it was built
     * @return the owners' figures, lazily
     * @throws io.github.wecomsdk.core.WeComApiException while iterating, if WeCom answers with a non-zero
     *         errcode
     * @throws WeComValidationException if {@code query} is null; nothing was sent
     */
    public PagedIterable<GroupChatStatistic.Item> listGroupChatStatistics(GroupChatStatisticQuery query) {
        Checks.notNull(query, "query");
        return PagedIterable.ofOffset(
                MAX_GROUP_CHAT_PAGE,
                (offset, limit) -> groupChatStatisticPage(query, offset, limit).items());
    }

    /**
     * One page of {@link #listGroupChatStatistics(GroupChatStatisticQuery)}
     * ({@code POST /cgi-bin/externalcontact/groupchat/statistic}).
     *
     * @param query  the days, owners and order
     * @param offset the offset, 0 or more
     * @param limit  the page size, 1 to 1,000
     * @return one page of owners
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if {@code query} is null or the offset or limit out of range; nothing
     *         was sent
     */
    public GroupChatStatistic groupChatStatisticPage(GroupChatStatisticQuery query, int offset, int limit) {
        Checks.notNull(query, "query");
        Checks.range(offset, 0, Integer.MAX_VALUE, "offset");
        Checks.range(limit, 1, MAX_GROUP_CHAT_PAGE, "limit");
        return client.execute(
                ApiRequest.post("/cgi-bin/externalcontact/groupchat/statistic")
                        .body(new StatisticBody(query, offset, limit))
                        .repeatable()
                        .build(),
                GroupChatStatistic.class);
    }

    private record StatisticBody(
            @JsonUnwrapped GroupChatStatisticQuery query,
            @JsonProperty("offset") int offset,
            @JsonProperty("limit") int limit) {}

    private record BehaviorList(
            @JsonProperty("behavior_data") List<BehaviorData> behaviorData) {
        BehaviorList {
            behaviorData = behaviorData == null ? List.of() : List.copyOf(behaviorData);
        }
    }
}
