package io.github.wecomsdk.contacts.external;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The WeChat Channels (视频号) account a customer was added from.
 *
 * @param nickname the account's nickname
 * @param source   1 from the account's profile, 2 from a live stream, 3 from a short video
 */
public record WechatChannelsSource(@JsonProperty("nickname") String nickname, @JsonProperty("source") int source) {
}
