package io.github.wecomsdk.payment;

import io.github.wecomsdk.core.WeComValidationException;

/** The time-span rule of the external-payment list calls. */
final class Spans {

    private Spans() {}

    static void check(long begin, long end, long maxSeconds, String call, String limitText) {
        if (begin < 0 || end < 0) {
            throw new WeComValidationException("begin_time and end_time of " + call + " are Unix seconds, not"
                    + " negative; got " + begin + " and " + end);
        }
        if (end < begin) {
            throw new WeComValidationException(
                    "end_time of " + call + " must not be before begin_time; got " + begin + " to " + end);
        }
        if (end - begin > maxSeconds) {
            throw new WeComValidationException("The span of " + call + " may be at most " + limitText + " ("
                    + maxSeconds + " s); got " + (end - begin) + " s: split it into shorter spans");
        }
    }
}
