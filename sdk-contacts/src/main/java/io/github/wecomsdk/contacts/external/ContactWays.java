package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.Pages;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.internal.Checks;
import java.util.Map;
import java.util.stream.Stream;

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
     * @param contactWay the contact way, from {@link ContactWay#builder(int, int)}
     * @return its config_id and QR code
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public ContactWayCreated add(ContactWay contactWay) {
        Checks.notNull(contactWay, "contactWay").validate(true);
        return client.execute(ApiRequest.post("/cgi-bin/externalcontact/add_contact_way").body(contactWay).build(),
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
        return client.execute(ApiRequest.post("/cgi-bin/externalcontact/get_contact_way")
                .body(Map.of("config_id", configId)).repeatable().build(), One.class).contactWay();
    }

    /**
     * One page of the ids of contact ways made after 2021-07-10, without temporary-chat ones
     * ({@code POST /cgi-bin/externalcontact/list_contact_way}).
     *
     * @param startTime the earliest creation time (Unix seconds), or {@code null} for 90 days ago
     * @param endTime   the latest creation time, or {@code null} for now
     * @param cursor    the previous page's {@code next_cursor}, or {@code null}
     * @param limit     the page size, 1 to 1,000
     * @return the page
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public ContactWayPage list(Long startTime, Long endTime, String cursor, int limit) {
        Checks.range(limit, 1, MAX_LIST_LIMIT, "limit");
        return client.execute(ApiRequest.post("/cgi-bin/externalcontact/list_contact_way")
                .body(new ListBody(startTime, endTime, cursor == null || cursor.isEmpty() ? null : cursor, limit))
                .repeatable().build(), ContactWayPage.class);
    }

    /**
     * Every contact way id in a time range, following the cursor lazily with pages of 1,000.
     *
     * @param startTime the earliest creation time (Unix seconds), or {@code null} for 90 days ago
     * @param endTime   the latest creation time, or {@code null} for now
     * @return a lazy stream of config_ids
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public Stream<String> listAll(Long startTime, Long endTime) {
        return Pages.followCursor(cursor -> list(startTime, endTime, cursor, MAX_LIST_LIMIT));
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
        client.execute(ApiRequest.post("/cgi-bin/externalcontact/update_contact_way").body(change).build());
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
                .body(Map.of("config_id", configId)).build());
    }

    /**
     * Ends a temporary chat, sending the configured conclusions first
     * ({@code POST /cgi-bin/externalcontact/close_temp_chat}).
     *
     * @param userid         the member
     * @param externalUserid the customer
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public void closeTempChat(String userid, String externalUserid) {
        Checks.notBlank(userid, "userid");
        Checks.notBlank(externalUserid, "external_userid");
        client.execute(ApiRequest.post("/cgi-bin/externalcontact/close_temp_chat")
                .body(Map.of("userid", userid, "external_userid", externalUserid)).build());
    }

    private record One(@JsonProperty("contact_way") ContactWay contactWay) {
    }

    private record ListBody(@JsonProperty("start_time") Long startTime, @JsonProperty("end_time") Long endTime,
                            @JsonProperty("cursor") String cursor, @JsonProperty("limit") int limit) {
    }
}
