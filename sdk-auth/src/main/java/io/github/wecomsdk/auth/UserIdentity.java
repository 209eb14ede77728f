package io.github.wecomsdk.auth;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Who signed in, as {@code auth/getuserinfo} answers: a {@link Member} of the corp or a
 * {@link NonMember}:
 *
 * <pre>{@code
 * UserIdentity who = auth.oauth().getUserInfo(code);
 * if (who instanceof UserIdentity.Member m) {
 *     signIn(m.userId());
 * } else if (who instanceof UserIdentity.NonMember n) {
 *     showGuestPage(n.openId());
 * }
 * }</pre>
 */
public sealed interface UserIdentity extends OtherFields permits UserIdentity.Member, UserIdentity.NonMember {

    /** How long a {@code user_ticket} is valid when WeCom does not say (its documented 1800 s). */
    Duration DEFAULT_USER_TICKET_LIFETIME = Duration.ofSeconds(1800);

    /**
     * A member of the corp, whether or not in the app's visible range. {@code toString()} masks the
     * tickets.
     *
     * @param userId        the member's userid ({@code CorpId/userid} for linked corps)
     * @param userTicket    the ticket for {@code auth/getuserdetail}: only with {@code snsapi_privateinfo} and
     *                      the member in the app's visible range, else {@code null}; up to 512 bytes
     * @param expiresIn     the ticket's lifetime in seconds when WeCom sends {@code expires_in}, else 0
     * @param userDocTicket the document-search ticket (grey release), or {@code null}
     * @param otherFields   fields not mapped above
     */
    record Member(
            @JsonProperty("userid") String userId,
            @JsonProperty("user_ticket") String userTicket,
            @JsonProperty("expires_in") long expiresIn,
            @JsonProperty("user_doc_ticket") String userDocTicket,
            @JsonAnySetter Map<String, Object> otherFields)
            implements UserIdentity {

        /**
         * Normalises {@code otherFields}.
         *
         * @param userId        the userid
         * @param userTicket    the user ticket, or {@code null}
         * @param expiresIn     the ticket's lifetime in seconds, or 0
         * @param userDocTicket the document ticket, or {@code null}
         * @param otherFields   fields not mapped above
         */
        public Member {
            otherFields = OtherFields.copyOf(otherFields);
        }

        /**
         * The user ticket, when WeCom gave one.
         *
         * @return the ticket, or empty for {@code snsapi_base} or a member outside the visible range
         */
        public Optional<String> optionalUserTicket() {
            return Optional.ofNullable(userTicket).filter(t -> !t.isEmpty());
        }

        /**
         * How long the user ticket stays valid from the exchange: {@code expires_in} if WeCom sent it,
         * else the documented 1800 s; zero without a ticket.
         *
         * @return the lifetime
         */
        public Duration userTicketLifetime() {
            if (optionalUserTicket().isEmpty()) {
                return Duration.ZERO;
            }
            return expiresIn > 0 ? Duration.ofSeconds(expiresIn) : DEFAULT_USER_TICKET_LIFETIME;
        }

        @Override
        public String toString() {
            return "Member[userId=" + userId + ", userTicket=" + (userTicket == null ? "null" : "***")
                    + ", expiresIn=" + expiresIn + ", userDocTicket=" + (userDocTicket == null ? "null" : "***")
                    + ", otherFields=" + otherFields.keySet() + "]";
        }
    }

    /**
     * Someone who is not a member of the corp.
     *
     * @param openId         the person's id, unique within this corp, up to 64 bytes
     * @param externalUserId the external-contact id when the person is a customer whose follower is in
     *                       the app's visible range, else {@code null}
     * @param otherFields    fields not mapped above
     */
    record NonMember(
            @JsonProperty("openid") String openId,
            @JsonProperty("external_userid") String externalUserId,
            @JsonAnySetter Map<String, Object> otherFields)
            implements UserIdentity {

        /**
         * Normalises {@code otherFields}.
         *
         * @param openId         the openid
         * @param externalUserId the external userid, or {@code null}
         * @param otherFields    fields not mapped above
         */
        public NonMember {
            otherFields = OtherFields.copyOf(otherFields);
        }

        /**
         * The external-contact id, when WeCom gave one.
         *
         * @return the id, or empty
         */
        public Optional<String> optionalExternalUserId() {
            return Optional.ofNullable(externalUserId).filter(id -> !id.isEmpty());
        }
    }
}
