package io.github.wecomsdk.payment;

/**
 * WeChat Pay answered {@code return_code} FAIL: it refused the request as such (a signature, the
 * certificate, the XML, a parameter) and paid nothing. Fix the cause named in {@link #returnMsg()};
 * repeating with the same order number is then safe.
 */
public final class PaymentCommunicationException extends PaymentException {

    private static final long serialVersionUID = 1L;

    private final String returnMsg;
    private final String errCode;

    /**
     * Creates the failure.
     *
     * @param orderNumber the order number
     * @param path        the API path
     * @param returnMsg   WeChat Pay's {@code return_msg}, may be empty
     * @param errCode     an {@code err_code} sent with it, may be empty
     */
    public PaymentCommunicationException(String orderNumber, String path, String returnMsg, String errCode) {
        super(
                "WeChat Pay refused " + path + " for order " + orderNumber + " (return_code FAIL"
                        + (errCode == null || errCode.isEmpty() ? "" : ", err_code " + errCode) + "): " + returnMsg
                        + "; nothing was paid. "
                        + (errCode == null || errCode.isEmpty()
                                ? "Check the merchant id, the API key, the certificate and" + " the parameters"
                                : PaymentErrorCode.fromWire(errCode).action()),
                orderNumber,
                path,
                null);
        this.returnMsg = returnMsg == null ? "" : returnMsg;
        this.errCode = errCode == null ? "" : errCode;
    }

    /**
     * WeChat Pay's {@code return_msg}.
     *
     * @return the reason, may be empty
     */
    public String returnMsg() {
        return returnMsg;
    }

    /**
     * The {@code err_code} WeChat Pay sent with it, if any.
     *
     * @return the code, may be empty
     */
    public String errCode() {
        return errCode;
    }

    @Override
    public boolean mayHavePaid() {
        return false;
    }
}
