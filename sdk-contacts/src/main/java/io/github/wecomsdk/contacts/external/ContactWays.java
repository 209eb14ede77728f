package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.PagedIterable;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.Map;

/**
 * 「联系我」 contact ways: QR codes and mini-program buttons customers add members through, and
 * temporary chats. At most 500,000 API-made contact ways per corp. Every method throws
 * {@link io.github.wecomsdk.core.WeComApiException} for a non-zero errcode and
 * {@link io.github.wecomsdk.core.WeComValidationException} for bad input, before any request.
 */
public final class ContactWays {

    /** WeCom's largest page size for {@code list_contact_way}. */
    public static final int MAX_LIST_LIMIT = 1000;

    private final WeComClient client;

    ContactWays(WeComClient client) {
        this.client = client;
    }

    /**
     * Creates a contact way ({@code POST /cgi-bin/externalcontact/add_contact_way}); at most 100 members
     * after departments are expanded (41041).
     *
     * @param contactWay the contact way, from {@link ContactWay#builder(ContactWayType, ContactWayScene)}
     * @return its config_id and QR code
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public ContactWayCreated create(ContactWay contactWay) {
        if (Checks.notNull(contactWay, "contactWay").configId() != null) {
            throw new WeComValidationException("a new contact way has no config_id; use update for a change");
        }
        contactWay.validate(true);
        return client.execute(
                ApiRequest.post("/cgi-bin/externalcontact/add_contact_way")
                        .body(contactWay)
                        .build(),
                ContactWayCreated.class);
    }

    /**
     * A contact way's configuration ({@code POST /cgi-bin/externalcontact/get_contact_way}).
     *
     * @param configId the config_id
     * @return the configuration
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public ContactWay get(String configId) {
        Checks.notBlank(configId, "config_id");
        return client.execute(
                        ApiRequest.post("/cgi-bin/externalcontact/get_contact_way")
                                .body(Map.of("config_id", configId))
                                .repeatable()
                                .build(),
                        One.class)
                .contactWay();
    }

    /**
     * Every contact way id made in the last 90 days, after 2021-07-10, without temporary-chat ones
     * ({@code POST /cgi-bin/externalcontact/list_contact_way}), following the cursor lazily with pages of
     * 1,000.
     *
     * @return the config_ids, lazily
     * @throws io.github.wecomsdk.core.WeComApiException while iterating, if WeCom answers with a non-zero
     *         errcode
     */
    public PagedIterable<String> list() {
        return PagedIterable.ofCursor(cursor -> page(null, null, cursor));
    }

    /**
     * Every contact way id made in a time range ({@code POST /cgi-bin/externalcontact/list_contact_way}),
     * following the cursor lazily with pages of 1,000.
     *
     * @param startTime the earliest creation time (Unix seconds)
     * @param endTime   the latest creation time (Unix seconds)
     * @return the config_ids, lazily
     * @throws io.github.wecomsdk.core.WeComApiException while iterating, if WeCom answers with a non-zero
     *         errcode
     * @throws WeComValidationException if the range is reversed; nothing was sent
     */
    public PagedIterable<String> list(long startTime, long endTime) {
        range(startTime, endTime);
        return PagedIterable.ofCursor(cursor -> page(startTime, endTime, cursor));
    }

    /**
     * One page of {@link #list()} ({@code POST /cgi-bin/externalcontact/list_contact_way}), 1,000 ids at
     * most.
     *
     * @param cursor the previous page's {@code next_cursor}, or {@code null} for the first page
     * @return the page
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     */
    public ContactWayPage listPage(String cursor) {
        return page(null, null, cursor);
    }

    /**
     * One page of {@link #list(long, long)} ({@code POST /cgi-bin/externalcontact/list_contact_way}),
     * 1,000 ids at most.
     *
     * @param startTime the earliest creation time (Unix seconds)
     * @param endTime   the latest creation time (Unix seconds)
     * @param cursor    the previous page's {@code next_cursor}, or {@code null} for the first page
     * @return the page
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws WeComValidationException if the range is reversed; nothing was sent
     */
    public ContactWayPage listPage(long startTime, long endTime, String cursor) {
        range(startTime, endTime);
        return page(startTime, endTime, cursor);
    }

    /**
     * Changes a contact way ({@code POST /cgi-bin/externalcontact/update_contact_way}); expired temporary
     * ways cannot be changed.
     *
     * @param change the change, from {@link ContactWay#update(String)}
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public void update(ContactWay change) {
        Checks.notNull(change, "change").validate(false);
        client.execute(ApiRequest.post("/cgi-bin/externalcontact/update_contact_way")
                .body(change)
                .build());
    }

    /**
     * Deletes a contact way ({@code POST /cgi-bin/externalcontact/del_contact_way}).
     *
     * @param configId the config_id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public void delete(String configId) {
        Checks.notBlank(configId, "config_id");
        client.execute(ApiRequest.post("/cgi-bin/externalcontact/del_contact_way")
                .body(Map.of("config_id", configId))
                .build());
    }

    /**
     * Ends a temporary chat, sending the configured conclusions first
     * ({@code POST /cgi-bin/externalcontact/close_temp_chat}).
     *
     * @param userId         the member
     * @param externalUserId the customer
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public void closeTempChat(String userId, String externalUserId) {
        Checks.notBlank(userId, "userid");
        Checks.notBlank(externalUserId, "external_userid");
        client.execute(ApiRequest.post("/cgi-bin/externalcontact/close_temp_chat")
                .body(Map.of("userid", userId, "external_userid", externalUserId))
                .build());
    }

    private ContactWayPage page(Long startTime, Long endTime, String cursor) {
        return client.execute(
                ApiRequest.post("/cgi-bin/externalcontact/list_contact_way")
                        .body(new ListBody(
                                startTime, endTime, cursor == null || cursor.isEmpty() ? null : cursor, MAX_LIST_LIMIT))
                        .repeatable()
                        .build(),
                ContactWayPage.class);
    }

    private static void range(long startTime, long endTime) {
        if (endTime < startTime) {
            throw new WeComValidationException("end_time must not be before start_time");
        }
    }

    private record One(@JsonProperty("contact_way") ContactWay contactWay) {}

    private record ListBody(
            @JsonProperty("start_time") Long startTime,
            @JsonProperty("end_time") Long endTime,
            @JsonProperty("cursor") String cursor,
            @JsonProperty("limit") int limit) {}
}
