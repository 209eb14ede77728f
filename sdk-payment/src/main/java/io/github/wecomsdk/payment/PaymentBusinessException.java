package io.github.wecomsdk.payment;

/**
 * WeChat Pay refused the payment for a business reason ({@code result_code} FAIL with a settled
 * {@code err_code} such as NOTENOUGH, SENDNUM_LIMIT or NAME_MISMATCH), or the query showed it failed:
 * nothing was paid. The message says what to do; {@link #errorCode()} is the typed code.
 */
public final class PaymentBusinessException extends PaymentException {

    private static final long serialVersionUID = 1L;

    private final String errCode;
    private final String errCodeDes;

    /**
     * Creates the failure.
     *
     * @param orderNumber the order number
     * @param path        the API path
     * @param errCode     WeChat Pay's {@code err_code} (or the query's {@code FAILED} status)
     * @param errCodeDes  WeChat Pay's {@code err_code_des} (or the query's {@code reason}), may be empty
     */
    public PaymentBusinessException(String orderNumber, String path, String errCode, String errCodeDes) {
        super(
                "WeChat Pay did not pay order " + orderNumber + " (" + path + "): " + errCode
                        + (errCodeDes == null || errCodeDes.isEmpty() ? "" : " " + errCodeDes) + "; "
                        + action(errCode),
                orderNumber,
                path,
                null);
        this.errCode = errCode == null ? "" : errCode;
        this.errCodeDes = errCodeDes == null ? "" : errCodeDes;
    }

    private static String action(String errCode) {
        PaymentErrorCode code = PaymentErrorCode.fromWire(errCode);
        return code == PaymentErrorCode.UNKNOWN
                ? "WeChat Pay settled that nothing was paid under this number; fix the reason and pay again"
                : code.action();
    }

    /**
     * WeChat Pay's {@code err_code} as sent.
     *
     * @return the raw code
     */
    public String errCode() {
        return errCode;
    }

    /**
     * The typed code.
     *
     * @return the code, {@link PaymentErrorCode#UNKNOWN} for one this SDK does not know
     */
    public PaymentErrorCode errorCode() {
        return PaymentErrorCode.fromWire(errCode);
    }

    /**
     * WeChat Pay's {@code err_code_des}, for people (WeChat Pay asks not to automate on it).
     *
     * @return the description, may be empty
     */
    public String errCodeDes() {
        return errCodeDes;
    }

    @Override
    public boolean mayHavePaid() {
        return false;
    }
}
