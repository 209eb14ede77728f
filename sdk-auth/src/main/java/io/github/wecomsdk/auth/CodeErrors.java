package io.github.wecomsdk.auth;

import io.github.wecomsdk.core.WeComApiException;

/** Turns WeCom's answers to code exchanges into messages that say what to fix. */
final class CodeErrors {

    private CodeErrors() {}

    static WeComApiException explain(WeComApiException e, String what) {
        String note = switch (e.errcode()) {
            case 40029 ->
                "the " + what + " was already used or is older than 5 minutes (a code is single use and"
                        + " the SDK never retries one); send the browser through the link again for a new code, and"
                        + " make sure the code is exchanged once (a page reload or a second callback hit spends it)";
            case 50001 ->
                "the redirect_uri's domain is not this app's trusted domain: set it under the app's"
                        + " 'Web authorization and JS-SDK' trusted domain in the admin console, exactly (port"
                        + " included, no scheme), and exchange the code with the client (secret) of the app whose"
                        + " agentid is in the link";
            case 40207 -> "the tfa_code is wrong, used or older than 5 minutes; get a new one with getInfo(code)";
            case 84014 ->
                "the user_ticket expired (it lives 1800 s); sign the member in again with" + " snsapi_privateinfo";
            default -> null;
        };
        return note == null ? e : new WeComApiException(e.errcode(), e.errmsg(), e.path(), note);
    }
}
