package io.github.wecomsdk.auth;

/** The two jsapi tickets: the corp's (for {@code wx.config}) and the app's (for {@code wx.agentConfig}). */
enum TicketKind {
    CORP("jsapi_ticket", "/cgi-bin/get_jsapi_ticket", null),
    AGENT("agent_config_ticket", "/cgi-bin/ticket/get", "agent_config");

    final String keyKind;
    final String path;
    final String type;

    TicketKind(String keyKind, String path, String type) {
        this.keyKind = keyKind;
        this.path = path;
        this.type = type;
    }
}
