package io.github.wecomsdk.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/** WeCom's answer to {@code get_jsapi_ticket} and {@code ticket/get}. */
record TicketAnswer(
        @JsonProperty("ticket") String ticket,
        @JsonProperty("expires_in") long expiresIn) {

    @Override
    public String toString() {
        return "TicketAnswer[ticket=***, expiresIn=" + expiresIn + "]";
    }
}
