package io.github.wecomsdk.core;

/**
 * Input the SDK refused before sending anything to WeCom: a blank id, a batch over WeCom's limit,
 * a missing required field, a value too long. Nothing has happened at WeCom when this is thrown.
 */
public class WeComValidationException extends WeComException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates a validation failure.
     *
     * @param message which field is wrong and what WeCom accepts
     */
    public WeComValidationException(String message) {
        super(message);
    }
}
