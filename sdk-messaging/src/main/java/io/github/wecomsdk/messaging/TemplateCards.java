package io.github.wecomsdk.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.WeComValidationException;
import io.github.wecomsdk.core.internal.Checks;
import io.github.wecomsdk.messaging.message.TemplateCard;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Updates of sent template cards ({@code POST /cgi-bin/message/update_template_card}): grey out the
 * buttons of a button, vote or multiple card, or replace an updatable card with another card. Each
 * update consumes a {@code response_code} (from the send, one per {@link SentSlice}, or from the card's
 * callback): single use, valid 72 hours. Thread-safe.
 *
 * <pre>{@code
 * SendResult sent = messaging.send(Audience.users(userIds), card);
 * for (SentSlice slice : sent.slices()) {
 *     messaging.templateCards().replaceButtons(slice, "Closed");
 * }
 * }</pre>
 */
public final class TemplateCards {

    static final String UPDATE_CARD_PATH = "/cgi-bin/message/update_template_card";

    private final WeComClient client;

    TemplateCards(WeComClient client) {
        this.client = client;
    }

    /**
     * Turns the buttons of a sent button, vote or multiple card into a disabled button with this text,
     * for the audience given ({@code button.replace_name}).
     *
     * @param target       whose card to update: {@link Audience#all()} ({@code atall} 1) or at most
     *                     1,000 users, 100 departments and 100 tags (not split: the code is single-use)
     * @param responseCode the {@code response_code}; single use, valid 72 hours
     * @param replaceName  the button's new text
     * @return the users WeCom could not update
     * @throws WeComValidationException if the target is over a per-call limit or a value is blank
     * @throws io.github.wecomsdk.core.WeComApiException 60140 if the response code is invalid or used
     */
    public CardUpdateResult replaceButtons(Audience target, String responseCode, String replaceName) {
        Map<String, Object> body = updateBody(target, responseCode);
        body.put("button", Map.of("replace_name", Checks.notBlank(replaceName, "button.replace_name")));
        return updateCard(body);
    }

    /**
     * Greys out the buttons of one slice of a sent card: its recipients, with its response code.
     *
     * @param slice       a slice of {@link SendResult#slices()}
     * @param replaceName the button's new text
     * @return the users WeCom could not update
     * @throws WeComValidationException if the slice has no response code or the text is blank
     * @throws io.github.wecomsdk.core.WeComApiException 60140 if the response code is invalid or used
     */
    public CardUpdateResult replaceButtons(SentSlice slice, String replaceName) {
        Checks.notNull(slice, "slice");
        return replaceButtons(slice.audience(), slice.responseCode(), replaceName);
    }

    /**
     * Replaces a sent updatable card with another card of any kind, for the audience given
     * ({@code template_card}). A button, vote or multiple card may carry {@code replace_text} (the
     * text of its greyed-out button) and may leave out the submit button.
     *
     * @param target       whose card to update: {@link Audience#all()} or at most 1,000 users, 100
     *                     departments and 100 tags (not split: the code is single-use)
     * @param responseCode the {@code response_code}; single use, valid 72 hours
     * @param card         the new card
     * @return the users WeCom could not update
     * @throws WeComValidationException if the target is over a per-call limit, a value is missing, or a
     *                                  notice card carries {@code replace_text}
     * @throws io.github.wecomsdk.core.WeComApiException 60140 if the response code is invalid or used
     */
    public CardUpdateResult update(Audience target, String responseCode, TemplateCard card) {
        return update(target, responseCode, card, false);
    }

    /**
     * Replaces one slice's card: its recipients, with its response code; see
     * {@link #update(Audience, String, TemplateCard)}.
     *
     * @param slice a slice of {@link SendResult#slices()}
     * @param card  the new card
     * @return the users WeCom could not update
     * @throws WeComValidationException if the slice has no response code or the card is refused
     * @throws io.github.wecomsdk.core.WeComApiException 60140 if the response code is invalid or used
     */
    public CardUpdateResult update(SentSlice slice, TemplateCard card) {
        Checks.notNull(slice, "slice");
        return update(slice.audience(), slice.responseCode(), card, false);
    }

    /**
     * Replaces a sent card with id translation ({@code enable_id_trans} 1); see
     * {@link #update(Audience, String, TemplateCard)}.
     *
     * @param target       whose card to update
     * @param responseCode the {@code response_code}; single use, valid 72 hours
     * @param card         the new card
     * @return the users WeCom could not update
     * @throws WeComValidationException if the target is over a per-call limit or a value is missing
     * @throws io.github.wecomsdk.core.WeComApiException 60140 if the response code is invalid or used
     */
    public CardUpdateResult updateWithIdTranslation(Audience target, String responseCode, TemplateCard card) {
        return update(target, responseCode, card, true);
    }

    private CardUpdateResult update(Audience target, String responseCode, TemplateCard card, boolean idTrans) {
        Checks.notNull(card, "template_card");
        if (card.replaceText() != null && !card.cardType().interactive()) {
            throw new WeComValidationException("template_card.replace_text is taken by button_interaction,"
                    + " vote_interaction and multiple_interaction cards only; got "
                    + card.cardType().wireValue());
        }
        Map<String, Object> body = updateBody(target, responseCode);
        if (idTrans) {
            body.put("enable_id_trans", 1);
        }
        body.put("template_card", card);
        return updateCard(body);
    }

    private Map<String, Object> updateBody(Audience target, String responseCode) {
        Checks.notNull(target, "target");
        if (target.isEmpty()) {
            throw new WeComValidationException(
                    "userids, partyids and tagids may not all be empty; use Audience.all()" + " for atall");
        }
        Checks.maxSize(target.users(), Audience.MAX_USERS_PER_CALL, "userids");
        Checks.maxSize(target.departments(), Audience.MAX_DEPARTMENTS_PER_CALL, "partyids");
        Checks.maxSize(target.tags(), Audience.MAX_TAGS_PER_CALL, "tagids");
        Checks.notBlank(responseCode, "response_code");
        Map<String, Object> body = new LinkedHashMap<>();
        if (target.isAll()) {
            body.put("atall", 1);
        } else {
            if (!target.users().isEmpty()) {
                body.put("userids", target.users());
            }
            if (!target.departments().isEmpty()) {
                body.put("partyids", target.departments());
            }
            if (!target.tags().isEmpty()) {
                body.put("tagids", target.tags());
            }
        }
        body.put("agentid", client.requireAgentId());
        body.put("response_code", responseCode);
        return body;
    }

    private CardUpdateResult updateCard(Map<String, Object> body) {
        JsonNode answer =
                client.execute(ApiRequest.post(UPDATE_CARD_PATH).body(body).build());
        SentSlice decoded = SentSlice.decode(null, null, answer);
        return new CardUpdateResult(decoded.invalidUsers(), decoded.otherFields());
    }

    @Override
    public String toString() {
        return "TemplateCards";
    }
}
