package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.github.wecomsdk.core.ApiRequest;
import io.github.wecomsdk.core.WeComClient;
import io.github.wecomsdk.core.internal.Checks;
import java.util.List;

/**
 * Welcome messages: to a newly added customer, and group welcome templates. Every method throws
 * {@link io.github.wecomsdk.core.WeComApiException} for a non-zero errcode and
 * {@link io.github.wecomsdk.core.WeComValidationException} for bad input, before any request.
 */
public final class Welcomes {

    private final WeComClient client;

    Welcomes(WeComClient client) {
        this.client = client;
    }

    /**
     * Sends the welcome message to a customer who just added a member
     * ({@code POST /cgi-bin/externalcontact/send_welcome_msg}). The welcome_code from the add event is
     * valid for 20 seconds and works once; 41051 means it was already used (do not retry).
     *
     * @param welcomeCode the code from the {@code add_external_contact} event
     * @param text        the text, at most 4,000 bytes, or {@code null}
     * @param attachments at most 9 attachments, or {@code null}
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public void send(String welcomeCode, String text, List<Attachment> attachments) {
        Checks.notBlank(welcomeCode, "welcome_code");
        Attachment.Text body = text == null ? null : Attachment.Text.of(text);
        Messages.checkContent(body, attachments);
        client.execute(ApiRequest.post("/cgi-bin/externalcontact/send_welcome_msg")
                .body(new Welcome(welcomeCode, body, attachments == null ? null : List.copyOf(attachments)))
                .build());
    }

    /**
     * Adds a group welcome template ({@code POST /cgi-bin/externalcontact/group_welcome_template/add}).
     *
     * @param template the template
     * @param agentid  the app, for templates made by a third-party or self-built app, or {@code null}
     * @param notify   whether members are told of the new template (WeCom's default: yes), or {@code null}
     * @return the template id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public String addGroupTemplate(GroupWelcomeTemplate template, Long agentid, Boolean notify) {
        Checks.notNull(template, "template").validate();
        return client.execute(ApiRequest.post("/cgi-bin/externalcontact/group_welcome_template/add")
                .body(new TemplateBody(null, template, agentid, notify == null ? null : notify ? 1 : 0)).build(),
                TemplateId.class).templateId();
    }

    /**
     * Replaces a group welcome template ({@code POST /cgi-bin/externalcontact/group_welcome_template/edit}).
     *
     * @param templateId the template id
     * @param template   the new content
     * @param agentid    the app, or {@code null}
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public void editGroupTemplate(String templateId, GroupWelcomeTemplate template, Long agentid) {
        Checks.notBlank(templateId, "template_id");
        Checks.notNull(template, "template").validate();
        client.execute(ApiRequest.post("/cgi-bin/externalcontact/group_welcome_template/edit")
                .body(new TemplateBody(templateId, template, agentid, null)).build());
    }

    /**
     * A group welcome template ({@code POST /cgi-bin/externalcontact/group_welcome_template/get}).
     *
     * @param templateId the template id
     * @return the template
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public GroupWelcomeTemplate getGroupTemplate(String templateId) {
        Checks.notBlank(templateId, "template_id");
        return client.execute(ApiRequest.post("/cgi-bin/externalcontact/group_welcome_template/get")
                .body(new TemplateRef(templateId, null)).repeatable().build(), GroupWelcomeTemplate.class);
    }

    /**
     * Deletes a group welcome template ({@code POST /cgi-bin/externalcontact/group_welcome_template/del}).
     *
     * @param templateId the template id
     * @param agentid    the app, or {@code null}
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if an argument is missing or breaks a limit;
     *         nothing was sent
     */
    public void deleteGroupTemplate(String templateId, Long agentid) {
        Checks.notBlank(templateId, "template_id");
        client.execute(ApiRequest.post("/cgi-bin/externalcontact/group_welcome_template/del")
                .body(new TemplateRef(templateId, agentid)).build());
    }

    private record Welcome(@JsonProperty("welcome_code") String welcomeCode,
                           @JsonProperty("text") Attachment.Text text,
                           @JsonProperty("attachments") List<Attachment> attachments) {
    }

    private record TemplateBody(@JsonProperty("template_id") String templateId,
                                @JsonUnwrapped GroupWelcomeTemplate template,
                                @JsonProperty("agentid") Long agentid,
                                @JsonProperty("notify") Integer notifyFlag) {
    }

    private record TemplateRef(@JsonProperty("template_id") String templateId,
                               @JsonProperty("agentid") Long agentid) {
    }

    private record TemplateId(@JsonProperty("template_id") String templateId) {
    }
}
