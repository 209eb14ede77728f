package io.github.wecomsdk.testkit;

/** A WeCom error a fake endpoint answers with: the errcode and the English part of the errmsg. */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int errcode;

    ApiError(int errcode, String message) {
        super(message, null, false, false);
        this.errcode = errcode;
    }

    int errcode() {
        return errcode;
    }
}
