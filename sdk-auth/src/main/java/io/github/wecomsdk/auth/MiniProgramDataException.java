package io.github.wecomsdk.auth;

import io.github.wecomsdk.core.WeComException;

/**
 * A mini program's encrypted user data or its signature did not check out: wrong session key (the
 * user signed in again since), data altered on the way, or data made for another mini program. The
 * message never shows the session key or the data.
 */
public class MiniProgramDataException extends WeComException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the failure.
     *
     * @param message what did not check out and what to do
     * @param cause   the underlying failure, or {@code null}
     */
    public MiniProgramDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
