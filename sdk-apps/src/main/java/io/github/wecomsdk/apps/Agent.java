package io.github.wecomsdk.apps;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.wecomsdk.core.OtherFields;
import java.util.Map;
import java.util.Optional;

/**
 * An app's details as {@code agent/get} returns them: name, logo, description, who may see it, and
 * its settings. Flags keep WeCom's raw numbers, with typed accessors beside them.
 *
 * @param agentId                 the app's agent id
 * @param name                    the app's name
 * @param squareLogoUrl           the square logo's URL ({@code square_logo_url})
 * @param description             the app's description
 * @param allowedUsers            the members it is visible to ({@code allow_userinfos}), never {@code null}
 * @param allowedDepartments      the departments it is visible to ({@code allow_partys}), never {@code null}
 * @param allowedTags             the tags it is visible to ({@code allow_tags}), never {@code null}
 * @param close                   {@code close}: 0 in use, 1 disabled
 * @param redirectDomain          the trusted domain for OAuth and JS-SDK ({@code redirect_domain})
 * @param reportLocationFlag      {@code report_location_flag}: 0 off, 1 report the location when a member
 *                                enters the app's chat
 * @param isReportEnter           {@code isreportenter}: 1 when WeCom sends {@code enter_agent} events
 * @param homeUrl                 the app's home page ({@code home_url})
 * @param customizedPublishStatus {@code customized_publish_status}, only for 代开发 apps, else {@code null}
 * @param otherFields             fields WeCom sent that this record does not map
 */
public record Agent(
        @JsonProperty("agentid") long agentId,
        @JsonProperty("name") String name,
        @JsonProperty("square_logo_url") String squareLogoUrl,
        @JsonProperty("description") String description,
        @JsonProperty("allow_userinfos") AllowedUsers allowedUsers,
        @JsonProperty("allow_partys") AllowedDepartments allowedDepartments,
        @JsonProperty("allow_tags") AllowedTags allowedTags,
        @JsonProperty("close") int close,
        @JsonProperty("redirect_domain") String redirectDomain,
        @JsonProperty("report_location_flag") int reportLocationFlag,
        @JsonProperty("isreportenter") int isReportEnter,
        @JsonProperty("home_url") String homeUrl,
        @JsonProperty("customized_publish_status") Integer customizedPublishStatus,
        @JsonAnySetter Map<String, Object> otherFields)
        implements OtherFields {

    /**
     * Creates the value; a missing visible-range part becomes empty.
     *
     * @param agentId                 the agent id
     * @param name                    the name
     * @param squareLogoUrl           the logo URL
     * @param description             the description
     * @param allowedUsers            members, may be {@code null}
     * @param allowedDepartments      departments, may be {@code null}
     * @param allowedTags             tags, may be {@code null}
     * @param close                   0 or 1
     * @param redirectDomain          the trusted domain
     * @param reportLocationFlag      0 or 1
     * @param isReportEnter           0 or 1
     * @param homeUrl                 the home page
     * @param customizedPublishStatus the 代开发 status, or {@code null}
     * @param otherFields             unmapped fields, may be {@code null}
     */
    public Agent {
        allowedUsers = allowedUsers == null ? new AllowedUsers(null, null) : allowedUsers;
        allowedDepartments = allowedDepartments == null ? new AllowedDepartments(null, null) : allowedDepartments;
        allowedTags = allowedTags == null ? new AllowedTags(null, null) : allowedTags;
        otherFields = Models.others(otherFields);
    }

    /**
     * Whether the app is disabled ({@code close} 1).
     *
     * @return {@code true} when disabled
     */
    public boolean closed() {
        return close == 1;
    }

    /**
     * Whether WeCom reports a member's location when they enter the app's chat.
     *
     * @return {@code true} for {@code report_location_flag} 1
     */
    public boolean reportsLocation() {
        return reportLocationFlag == 1;
    }

    /**
     * Whether WeCom sends an {@code enter_agent} event when a member opens the app.
     *
     * @return {@code true} for {@code isreportenter} 1
     */
    public boolean reportsEnter() {
        return isReportEnter == 1;
    }

    /**
     * The 代开发 release state, typed.
     *
     * @return the state, {@link CustomizedPublishStatus#UNKNOWN} for a value this SDK does not know, or
     *         empty for apps that are not 代开发 apps
     */
    public Optional<CustomizedPublishStatus> publishStatus() {
        return customizedPublishStatus == null
                ? Optional.empty()
                : Optional.of(CustomizedPublishStatus.fromWire(customizedPublishStatus));
    }

    /**
     * Who may see the app, as one value that answers "can this member see it?".
     *
     * @return the visible range
     */
    public VisibleRange visibleRange() {
        return VisibleRange.of(
                allowedUsers.users().stream().map(AllowedUser::userId).toList(),
                allowedDepartments.departmentIds(),
                allowedTags.tagIds());
    }
}
