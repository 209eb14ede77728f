package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.WeComNetworkException;
import io.github.wecomsdk.core.WeComValidationException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pays at most once per order number: one request; if its outcome is open (no answer, an untrusted
 * answer, {@code SYSTEMERROR}, {@code PROCESSING}, an unknown code) one query; if the query finds no
 * payment, one more request with the identical body (same number, same parameters, same nonce); and
 * never a new number.
 */
final class PaymentFlow {

    private static final Logger LOG = LoggerFactory.getLogger(MerchantPayments.class);

    /** What a query said about an order number. */
    enum Verdict {
        PAID,
        PENDING,
        FAILED
    }

    /** Turns a successful answer into the call's result. */
    interface Results<R> {
        R paid(String orderNumber, PaymentOutcome outcome, Map<String, String> answer);
    }

    /**
     * The call-specific parts: paths, the order field, and how to read answers.
     *
     * @param querySettledRefusals whether a settled refusal is still confirmed with the query (WeChat Pay
     *                             asks it for payments to employees)
     * @param failedCode           the err_code reported when the query shows the payment failed
     * @param verdicts             what a successful query answer says about the payment
     * @param results              how a successful answer becomes the result
     */
    record Kind<R>(
            String payPath,
            String queryPath,
            String orderField,
            boolean querySettledRefusals,
            String failedCode,
            Function<Map<String, String>, Verdict> verdicts,
            Results<R> results) {

        Verdict verdict(Map<String, String> queryAnswer) {
            return verdicts.apply(queryAnswer);
        }

        R paid(String orderNumber, PaymentOutcome outcome, Map<String, String> answer) {
            return results.paid(orderNumber, outcome, answer);
        }
    }

    /** A payment being made right now: its exact body and what it will end in. */
    private record InFlight(String body, CompletableFuture<Object> result) {}

    private final MerchantTransport transport;
    private final ConcurrentMap<String, InFlight> inFlight = new ConcurrentHashMap<>();

    PaymentFlow(MerchantTransport transport) {
        this.transport = transport;
    }

    /**
     * Pays once per order number. A call for an order number that this client is paying right now sends
     * nothing: with the identical body it waits for the running call and ends as that call ends (same
     * result, same exception); with another body it is refused before anything is sent.
     */
    <R> R pay(Kind<R> kind, String orderNumber, String body) {
        InFlight mine = new InFlight(body, new CompletableFuture<>());
        InFlight running = inFlight.putIfAbsent(orderNumber, mine);
        if (running != null) {
            return join(kind, orderNumber, body, running);
        }
        try {
            R result = attempt(kind, orderNumber, body);
            mine.result().complete(result);
            return result;
        } catch (RuntimeException | Error e) {
            mine.result().completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(orderNumber, mine);
        }
    }

    @SuppressWarnings("unchecked")
    private <R> R join(Kind<R> kind, String orderNumber, String body, InFlight running) {
        if (!running.body().equals(body)) {
            throw new WeComValidationException(kind.orderField() + " " + orderNumber + " is being paid right now"
                    + " with other parameters; an order number is one payment: wait for it, or use a new number"
                    + " for a different payment");
        }
        LOG.debug("Order {} is already being paid on {}; waiting for that call", orderNumber, kind.payPath());
        try {
            return (R) running.result().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw (Error) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PaymentOutcomeUnknownException(
                    orderNumber,
                    kind.payPath(),
                    "interrupted while another call" + " with the same order number was paying it",
                    e);
        }
    }

    private <R> R attempt(Kind<R> kind, String orderNumber, String body) {
        String path = kind.payPath();
        MerchantTransport.Exchange first = transport.post(path, body, orderNumber);
        PaymentBusinessException refusal = null;
        String open;
        Exception cause = null;
        if (first instanceof MerchantTransport.Answer answer) {
            if (!"SUCCESS".equals(answer.get("return_code"))) {
                throw new PaymentCommunicationException(
                        orderNumber, path, answer.get("return_msg"), answer.get("err_code"));
            }
            if ("SUCCESS".equals(answer.get("result_code"))) {
                return kind.paid(orderNumber, PaymentOutcome.PAID_FIRST_TRY, answer.fields());
            }
            String code = answer.get("err_code");
            if (PaymentErrorCode.fromWire(code).settled()) {
                refusal = new PaymentBusinessException(orderNumber, path, code, answer.get("err_code_des"));
                if (!kind.querySettledRefusals()) {
                    throw refusal;
                }
            }
            open = "WeChat Pay answered result_code FAIL with err_code " + (code.isEmpty() ? "(none)" : code);
        } else {
            MerchantTransport.Lost lost = (MerchantTransport.Lost) first;
            open = lost.reason();
            cause = lost.cause();
        }
        LOG.debug("Order {} on {}: {}; resolving with {}", orderNumber, path, open, kind.queryPath());
        return resolve(kind, orderNumber, body, refusal, open, cause);
    }

    private <R> R resolve(
            Kind<R> kind,
            String orderNumber,
            String body,
            PaymentBusinessException refusal,
            String open,
            Exception cause) {
        String path = kind.payPath();
        pause(transport.resolveDelay(), orderNumber, path, open, cause);
        MerchantTransport.Exchange query;
        try {
            query = transport.post(kind.queryPath(), transport.queryBody(kind.orderField(), orderNumber), orderNumber);
        } catch (WeComNetworkException e) {
            throw new PaymentOutcomeUnknownException(
                    orderNumber,
                    path,
                    open + "; the query could not be sent (" + e.getClass().getSimpleName() + ")",
                    e);
        }
        if (query instanceof MerchantTransport.Lost lost) {
            throw new PaymentOutcomeUnknownException(
                    orderNumber,
                    path,
                    open + "; the query failed too: " + lost.reason(),
                    lost.cause() != null ? lost.cause() : cause);
        }
        MerchantTransport.Answer answer = (MerchantTransport.Answer) query;
        if (!"SUCCESS".equals(answer.get("return_code"))) {
            throw new PaymentOutcomeUnknownException(
                    orderNumber, path, open + "; the query was refused: " + answer.get("return_msg"), cause);
        }
        if (!"SUCCESS".equals(answer.get("result_code"))) {
            String code = answer.get("err_code");
            if (!"NOT_FOUND".equals(code)) {
                throw new PaymentOutcomeUnknownException(
                        orderNumber,
                        path,
                        open + "; the query answered " + code + " " + answer.get("err_code_des"),
                        cause);
            }
            if (refusal != null) {
                throw refusal;
            }
            return resend(kind, orderNumber, body, open);
        }
        Verdict verdict = kind.verdict(answer.fields());
        LOG.debug("Order {}: the query says {} (status {})", orderNumber, verdict, answer.get("status"));
        return switch (verdict) {
            case PAID -> kind.paid(orderNumber, PaymentOutcome.CONFIRMED_BY_QUERY, answer.fields());
            case PENDING ->
                throw new PaymentOutcomeUnknownException(
                        orderNumber, path, open + "; the query says it is still " + answer.get("status"), cause);
            case FAILED ->
                throw new PaymentBusinessException(
                        orderNumber,
                        path,
                        refusal != null ? refusal.errCode() : kind.failedCode(),
                        answer.get("reason").isEmpty() ? "(the query shows status FAILED)" : answer.get("reason"));
        };
    }

    private <R> R resend(Kind<R> kind, String orderNumber, String body, String open) {
        String path = kind.payPath();
        LOG.debug("Order {}: the query found no payment; sending the same request once more", orderNumber);
        MerchantTransport.Exchange again;
        try {
            again = transport.post(path, body, orderNumber);
        } catch (WeComNetworkException e) {
            throw new PaymentOutcomeUnknownException(
                    orderNumber,
                    path,
                    open + "; the query found no payment and" + " the repeated request could not be sent ("
                            + e.getClass().getSimpleName() + ")",
                    e);
        }
        if (again instanceof MerchantTransport.Lost lost) {
            throw new PaymentOutcomeUnknownException(
                    orderNumber,
                    path,
                    open + "; the query found no payment and"
                            + " the repeated request with the same number failed too: " + lost.reason(),
                    lost.cause());
        }
        MerchantTransport.Answer answer = (MerchantTransport.Answer) again;
        if (!"SUCCESS".equals(answer.get("return_code"))) {
            throw new PaymentOutcomeUnknownException(
                    orderNumber,
                    path,
                    open + "; the query found no payment and"
                            + " the repeated request was refused (return_code FAIL: " + answer.get("return_msg")
                            + "), so the first request may still be processing",
                    null);
        }
        if ("SUCCESS".equals(answer.get("result_code"))) {
            return kind.paid(orderNumber, PaymentOutcome.RESENT_SAME_ORDER, answer.fields());
        }
        String code = answer.get("err_code");
        if (PaymentErrorCode.fromWire(code).settled()) {
            throw new PaymentBusinessException(orderNumber, path, code, answer.get("err_code_des"));
        }
        throw new PaymentOutcomeUnknownException(
                orderNumber, path, open + "; the repeated request with the same" + " number answered " + code, null);
    }

    private static void pause(Duration delay, String orderNumber, String path, String open, Exception cause) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PaymentOutcomeUnknownException(orderNumber, path, open + "; interrupted before the query", cause);
        }
    }
}
