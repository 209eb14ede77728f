package io.github.wecomsdk.apps;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.WeComApiException;
import io.github.wecomsdk.core.internal.Checks;
import java.util.Optional;

/**
 * An app's custom menu (自定义菜单), shown at the bottom of the app's chat: create (replacing any
 * menu), read and delete it. Each call acts on the client's own app, or on the agent id passed
 * explicitly; never on another configured one. Only the corp's own apps may call these (not
 * third-party apps), with a token of the app's own secret (301002 otherwise). Immutable and
 * thread-safe.
 */
public final class Menus {

    /** WeCom's errcode for "no menu is set" on {@code menu/get}. */
    static final int MENU_NOT_SET = 46003;

    private final AppCalls calls;

    Menus(AppCalls calls) {
        this.calls = calls;
    }

    /**
     * Sets the client's own app's menu ({@code POST /cgi-bin/menu/create?agentid=}), replacing the one
     * there. Members see it the next time they open the app's chat.
     *
     * @param menu the menu
     * @throws io.github.wecomsdk.core.WeComValidationException if the client has no agent id or the menu breaks
     *         one of WeCom's rules (naming the rule and the button); nothing was sent
     * @throws WeComApiException if WeCom answers with a non-zero errcode; the old menu stays
     */
    public void create(Menu menu) {
        create(calls.ownAgentId(), menu);
    }

    /**
     * Sets an app's menu ({@code POST /cgi-bin/menu/create?agentid=}), replacing the one there. The menu's
     * rules are checked first: 1 to 3 top-level buttons, 1 to 5 buttons per sub-menu, name, key and URL
     * lengths, a scheme on every URL, appid and page path on mini-program buttons. A call that timed out may
     * be repeated by the client's retry policy: it sets the same menu again, which is harmless.
     *
     * @param agentId the app's agent id
     * @param menu    the menu
     * @throws io.github.wecomsdk.core.WeComValidationException if {@code agentId} is not positive or the menu
     *         breaks one of WeCom's rules (naming the rule and the button); nothing was sent
     * @throws WeComApiException if WeCom answers with a non-zero errcode; the old menu stays
     */
    public void create(long agentId, Menu menu) {
        Checks.range(agentId, 1, Long.MAX_VALUE, "agentid");
        Checks.notNull(menu, "menu");
        MenuRules.check(menu);
        calls.execute(
                ApiRequest.post("/cgi-bin/menu/create")
                        .query("agentid", agentId)
                        .body(MenuJson.write(menu, calls.client().objectMapper()))
                        .repeatable()
                        .build(),
                agentId);
    }

    /**
     * The client's own app's menu ({@code GET /cgi-bin/menu/get?agentid=}).
     *
     * @return the menu, or empty when none is set (WeCom's errcode 46003)
     * @throws io.github.wecomsdk.core.WeComValidationException if the client has no agent id
     * @throws WeComApiException if WeCom answers with another non-zero errcode
     */
    public Optional<Menu> get() {
        return get(calls.ownAgentId());
    }

    /**
     * An app's menu ({@code GET /cgi-bin/menu/get?agentid=}), in the same types {@link #create(long, Menu)}
     * takes, so it can be changed and written back. Buttons of types this SDK does not know and fields it
     * does not map are kept and written back as they were.
     *
     * @param agentId the app's agent id
     * @return the menu, or empty when none is set (WeCom's errcode 46003)
     * @throws io.github.wecomsdk.core.WeComValidationException if {@code agentId} is not positive
     * @throws WeComApiException if WeCom answers with another non-zero errcode
     */
    public Optional<Menu> get(long agentId) {
        Checks.range(agentId, 1, Long.MAX_VALUE, "agentid");
        JsonNode answer;
        try {
            answer = calls.execute(
                    ApiRequest.get("/cgi-bin/menu/get")
                            .query("agentid", agentId)
                            .build(),
                    agentId);
        } catch (WeComApiException e) {
            if (e.errcode() == MENU_NOT_SET) {
                return Optional.empty();
            }
            throw e;
        }
        return Optional.of(MenuJson.read(answer, calls.client().objectMapper()));
    }

    /**
     * Deletes the client's own app's menu ({@code GET /cgi-bin/menu/delete?agentid=}).
     *
     * @throws io.github.wecomsdk.core.WeComValidationException if the client has no agent id
     * @throws WeComApiException if WeCom answers with a non-zero errcode
     */
    public void delete() {
        delete(calls.ownAgentId());
    }

    /**
     * Deletes an app's menu ({@code GET /cgi-bin/menu/delete?agentid=}).
     *
     * @param agentId the app's agent id
     * @throws io.github.wecomsdk.core.WeComValidationException if {@code agentId} is not positive
     * @throws WeComApiException if WeCom answers with a non-zero errcode
     */
    public void delete(long agentId) {
        Checks.range(agentId, 1, Long.MAX_VALUE, "agentid");
        calls.execute(
                ApiRequest.get("/cgi-bin/menu/delete").query("agentid", agentId).build(), agentId);
    }

    @Override
    public String toString() {
        return "Menus[" + calls.client() + "]";
    }
}
