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
     * Sends a text welcome message to a customer who just added a member
     * ({@code POST /cgi-bin/externalcontact/send_welcome_msg}).
     *
     * @param welcomeCode the code from the {@code add_external_contact} event
     * @param text        the text, at most 4,000 bytes
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode (41051: the
     *         code was already used; do not retry)
     * @throws io.github.wecomsdk.core.WeComValidationException if the code or text is blank or the text too
     *         long; nothing was sent
     */
    public void send(String welcomeCode, String text) {
        send(welcomeCode, Checks.notBlank(text, "text.content"), List.of());
    }

    /**
     * Sends a welcome message of attachments only
     * ({@code POST /cgi-bin/externalcontact/send_welcome_msg}).
     *
     * @param welcomeCode the code from the {@code add_external_contact} event
     * @param attachments 1 to 9 attachments
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode (41051: the
     *         code was already used; do not retry)
     * @throws io.github.wecomsdk.core.WeComValidationException if the code is blank or the attachments empty
     *         or too many; nothing was sent
     */
    public void send(String welcomeCode, List<Attachment> attachments) {
        send(welcomeCode, null, attachments);
    }

    /**
     * Sends the welcome message to a customer who just added a member
     * ({@code POST /cgi-bin/externalcontact/send_welcome_msg}). The welcome_code from the add event is
     * valid for 20 seconds and works once; 41051 means it was already used (do not retry).
     *
     * @param welcomeCode the code from the {@code add_external_contact} event
     * @param text        the text, at most 4,000 bytes, or {@code null} for attachments only
     * @param attachments at most 9 attachments (empty for none)
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if the code is blank, both text and
     *         attachments are empty, or a limit is broken; nothing was sent
     */
    public void send(String welcomeCode, String text, List<Attachment> attachments) {
        Checks.notBlank(welcomeCode, "welcome_code");
        Attachment.Text body = text == null ? null : Attachment.Text.of(text);
        CustomerMessages.checkContent(body, attachments);
        client.execute(ApiRequest.post("/cgi-bin/externalcontact/send_welcome_msg")
                .body(new Welcome(
                        welcomeCode,
                        body,
                        attachments == null || attachments.isEmpty() ? null : List.copyOf(attachments)))
                .build());
    }

    /**
     * Creates a group welcome template ({@code POST /cgi-bin/externalcontact/group_welcome_template/add});
     * WeCom notifies the members (its default). The library holds at most 100 templates.
     *
     * @param template the template
     * @return the template id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if the template breaks a limit (text over
     *         3,000 bytes, more than one attachment); nothing was sent
     */
    public String createGroupTemplate(GroupWelcomeTemplate template) {
        return createTemplate(template, null, null);
    }

    /**
     * Creates a group welcome template ({@code POST /cgi-bin/externalcontact/group_welcome_template/add}).
     *
     * @param template the template
     * @param notify   whether WeCom asks the members to use it in their groups
     * @return the template id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if the template breaks a limit; nothing was sent
     */
    public String createGroupTemplate(GroupWelcomeTemplate template, boolean notify) {
        return createTemplate(template, null, notify ? 1 : 0);
    }

    /**
     * Creates a group welcome template for an app of an old third-party multi-app suite, the only case
     * WeCom needs {@code agentid} ({@code POST /cgi-bin/externalcontact/group_welcome_template/add}).
     *
     * @param template the template
     * @param notify   whether WeCom asks the members to use it in their groups
     * @param agentId  the suite app's agent id
     * @return the template id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if the template breaks a limit; nothing was sent
     */
    public String createGroupTemplate(GroupWelcomeTemplate template, boolean notify, long agentId) {
        return createTemplate(template, agentId, notify ? 1 : 0);
    }

    /**
     * Changes a group welcome template this app created
     * ({@code POST /cgi-bin/externalcontact/group_welcome_template/edit}).
     *
     * @param templateId the template id
     * @param template   the new content
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if the id is blank or the template breaks a
     *         limit; nothing was sent
     */
    public void updateGroupTemplate(String templateId, GroupWelcomeTemplate template) {
        editTemplate(templateId, template, null);
    }

    /**
     * Changes a group welcome template of an old third-party multi-app suite's app
     * ({@code POST /cgi-bin/externalcontact/group_welcome_template/edit}).
     *
     * @param templateId the template id
     * @param template   the new content
     * @param agentId    the suite app's agent id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if the id is blank or the template breaks a
     *         limit; nothing was sent
     */
    public void updateGroupTemplate(String templateId, GroupWelcomeTemplate template, long agentId) {
        editTemplate(templateId, template, agentId);
    }

    /**
     * Reads a group welcome template ({@code POST /cgi-bin/externalcontact/group_welcome_template/get}).
     *
     * @param templateId the template id
     * @return the template
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if the id is blank; nothing was sent
     */
    public GroupWelcomeTemplate getGroupTemplate(String templateId) {
        Checks.notBlank(templateId, "template_id");
        return client.execute(
                ApiRequest.post("/cgi-bin/externalcontact/group_welcome_template/get")
                        .body(new TemplateRef(templateId, null))
                        .repeatable()
                        .build(),
                GroupWelcomeTemplate.class);
    }

    /**
     * Deletes a group welcome template this app created
     * ({@code POST /cgi-bin/externalcontact/group_welcome_template/del}).
     *
     * @param templateId the template id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if the id is blank; nothing was sent
     */
    public void deleteGroupTemplate(String templateId) {
        deleteTemplate(templateId, null);
    }

    /**
     * Deletes a group welcome template of an old third-party multi-app suite's app
     * ({@code POST /cgi-bin/externalcontact/group_welcome_template/del}).
     *
     * @param templateId the template id
     * @param agentId    the suite app's agent id
     * @throws io.github.wecomsdk.core.WeComApiException if WeCom answers with a non-zero errcode
     * @throws io.github.wecomsdk.core.WeComValidationException if the id is blank; nothing was sent
     */
    public void deleteGroupTemplate(String templateId, long agentId) {
        deleteTemplate(templateId, agentId);
    }

    private String createTemplate(GroupWelcomeTemplate template, Long agentId, Integer notify) {
        Checks.notNull(template, "template").validate();
        return client.execute(
                        ApiRequest.post("/cgi-bin/externalcontact/group_welcome_template/add")
                                .body(new TemplateBody(null, template, agentId, notify))
                                .build(),
                        TemplateId.class)
                .templateId();
    }

    private void editTemplate(String templateId, GroupWelcomeTemplate template, Long agentId) {
        Checks.notBlank(templateId, "template_id");
        Checks.notNull(template, "template").validate();
        client.execute(ApiRequest.post("/cgi-bin/externalcontact/group_welcome_template/edit")
                .body(new TemplateBody(templateId, template, agentId, null))
                .build());
    }

    private void deleteTemplate(String templateId, Long agentId) {
        Checks.notBlank(templateId, "template_id");
        client.execute(ApiRequest.post("/cgi-bin/externalcontact/group_welcome_template/del")
                .body(new TemplateRef(templateId, agentId))
                .build());
    }

    private record Welcome(
            @JsonProperty("welcome_code") String welcomeCode,
            @JsonProperty("text") Attachment.Text text,
            @JsonProperty("attachments") List<Attachment> attachments) {}

    private record TemplateBody(
            @JsonProperty("template_id") String templateId,
            @JsonUnwrapped GroupWelcomeTemplate template,
            @JsonProperty("agentid") Long agentId,
            @JsonProperty("notify") Integer notifyFlag) {}

    private record TemplateRef(
            @JsonProperty("template_id") String templateId,
            @JsonProperty("agentid") Long agentId) {}

    private record TemplateId(@JsonProperty("template_id") String templateId) {}
}
