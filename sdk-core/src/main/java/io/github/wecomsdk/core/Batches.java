package io.github.wecomsdk.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * Splits id lists into WeCom's per-call limits (1,000 users per message, 100 ids per batch get, ...)
 * and merges the answers into one.
 */
public final class Batches {

    private Batches() {}

    /**
     * Splits a collection into consecutive chunks of at most {@code maxPerCall}, keeping order.
     *
     * @param items      the items
     * @param maxPerCall WeCom's per-call limit
     * @param <T>        the item type
     * @return the chunks (views are not kept: each chunk is an independent immutable list)
     * @throws WeComValidationException if {@code maxPerCall} is not positive
     */
    public static <T> List<List<T>> split(Collection<? extends T> items, int maxPerCall) {
        if (maxPerCall <= 0) {
            throw new WeComValidationException("maxPerCall must be positive; got " + maxPerCall);
        }
        Objects.requireNonNull(items, "items");
        List<T> all = List.copyOf(items);
        List<List<T>> chunks = new ArrayList<>((all.size() + maxPerCall - 1) / maxPerCall);
        for (int from = 0; from < all.size(); from += maxPerCall) {
            chunks.add(all.subList(from, Math.min(all.size(), from + maxPerCall)));
        }
        return List.copyOf(chunks);
    }

    /**
     * Calls WeCom once per chunk, in order, and merges the answers left to right. An empty collection
     * is refused before anything is sent.
     *
     * <p>If a call fails after earlier chunks succeeded, those chunks took effect at WeCom: the failure
     * is a {@link PartialFailureException} whose {@link PartialFailureException#succeeded() succeeded()}
     * holds the answers of the chunks that succeeded (one per chunk, in order) and whose
     * {@link PartialFailureException#remaining() remaining()} holds the items of the failed chunk and
     * of every later one, so the caller retries exactly those. A failure of the first chunk is thrown
     * as it is: nothing took effect (unless it was a timeout, see its {@code requestSent()}).
     *
     * @param items      the items
     * @param maxPerCall WeCom's per-call limit
     * @param call       one call for one chunk
     * @param merge      combines two answers
     * @param <T>        the item type
     * @param <R>        the answer type
     * @return the merged answer
     * @throws WeComValidationException if {@code items} is empty
     * @throws PartialFailureException  if a call failed after at least one chunk succeeded
     * @throws WeComException           what the first call threw
     */
    public static <T, R> R splitAndMerge(
            Collection<? extends T> items, int maxPerCall, Function<List<T>, R> call, BinaryOperator<R> merge) {
        List<List<T>> chunks = split(items, maxPerCall);
        if (chunks.isEmpty()) {
            throw new WeComValidationException("Nothing to send: the id list is empty");
        }
        List<R> answers = new ArrayList<>(chunks.size());
        R merged = null;
        for (int i = 0; i < chunks.size(); i++) {
            R answer;
            try {
                answer = call.apply(chunks.get(i));
            } catch (WeComException e) {
                if (answers.isEmpty()) {
                    throw e;
                }
                List<T> remaining = new ArrayList<>();
                chunks.subList(i, chunks.size()).forEach(remaining::addAll);
                throw new PartialFailureException(
                        "A call split into " + chunks.size() + " requests of at most " + maxPerCall,
                        answers,
                        remaining,
                        e);
            }
            answers.add(answer);
            merged = merged == null ? answer : merge.apply(merged, answer);
        }
        return merged;
    }
}
