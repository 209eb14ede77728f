package io.github.wecomsdk.messaging;

import io.github.wecomsdk.core.OtherFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What WeCom answered to a {@code message/send}, over every call an audience was split into
 * ({@link #slices()}, in call order). Recipients WeCom did not deliver to are listed (a partly invalid
 * audience is still sent; WeCom lower-cases userids).
 *
 * <p>Decoding never fails once WeCom accepted a call (errcode 0): ids are kept as the strings WeCom
 * wrote, and the typed views ({@link #invalidPartyIds()}, {@link #invalidTagIds()}) skip an entry that
 * is not a number instead of throwing.
 *
 * <p><b>Duplicate check:</b> WeCom's answer does not say whether its duplicate check suppressed a
 * send (doc 90236 documents no flag and no promise about the {@code msgid} of a suppressed copy), so
 * a suppressed send cannot be told from a delivered one here. See {@link SendOptions}.
 *
 * @param slices          each call's audience, task id and answer, in call order
 * @param truncatedFields fields the SDK cut to WeCom's documented limit before sending (WeCom would have
 *                        cut them too), such as {@code text.content}; empty when nothing was cut
 */
public record SendResult(List<SentSlice> slices, List<String> truncatedFields) implements OtherFields {

    /** Copies the lists; {@code null} reads as empty. */
    public SendResult {
        slices = slices == null ? List.of() : List.copyOf(slices);
        truncatedFields = truncatedFields == null ? List.of() : List.copyOf(truncatedFields);
    }

    /**
     * The msgid of each call, for {@code message/recall}.
     *
     * @return the msgids, in call order
     */
    public List<String> msgIds() {
        return collect(SentSlice::msgId);
    }

    /**
     * The msgid of a send made in one call (the first call's for a split send; see {@link #msgIds()}).
     *
     * @return the msgid, or {@code null} if WeCom sent none
     */
    public String msgId() {
        List<String> ids = msgIds();
        return ids.isEmpty() ? null : ids.get(0);
    }

    /**
     * The {@code response_code} of each call that returned one (updatable template cards; valid 72 h,
     * single use); {@link #slices()} says which recipients each one updates.
     *
     * @return the codes, in call order
     */
    public List<String> responseCodes() {
        return collect(SentSlice::responseCode);
    }

    /**
     * The response code of a card sent in one call (the first for a split send; see
     * {@link #slices()}).
     *
     * @return the code, or {@code null} if WeCom sent none
     */
    public String responseCode() {
        List<String> codes = responseCodes();
        return codes.isEmpty() ? null : codes.get(0);
    }

    /**
     * The {@code task_id} of each call of a template card: the card's own for one call, derived per
     * slice for a split one.
     *
     * @return the task ids, in call order; empty for other messages
     */
    public List<String> taskIds() {
        return collect(SentSlice::taskId);
    }

    /**
     * Userids that do not exist or are outside the app's visibility, over every call.
     *
     * @return the userids, lower-cased by WeCom
     */
    public List<String> invalidUsers() {
        return flatten(SentSlice::invalidUsers);
    }

    /**
     * Department ids WeCom listed as invalid, as it wrote them.
     *
     * @return the ids as strings
     */
    public List<String> invalidParties() {
        return flatten(SentSlice::invalidParties);
    }

    /**
     * The entries of {@link #invalidParties()} that are numbers.
     *
     * @return the department ids; an entry that is not a number is only in {@link #invalidParties()}
     */
    public List<Long> invalidPartyIds() {
        return numbers(invalidParties());
    }

    /**
     * Tag ids WeCom listed as invalid, as it wrote them.
     *
     * @return the ids as strings
     */
    public List<String> invalidTags() {
        return flatten(SentSlice::invalidTags);
    }

    /**
     * The entries of {@link #invalidTags()} that are numbers.
     *
     * @return the tag ids; an entry that is not a number is only in {@link #invalidTags()}
     */
    public List<Long> invalidTagIds() {
        return numbers(invalidTags());
    }

    /**
     * Userids in the visibility without a basic API license, over every call.
     *
     * @return the userids
     */
    public List<String> unlicensedUsers() {
        return flatten(SentSlice::unlicensedUsers);
    }

    /**
     * Whether every recipient was valid and licensed.
     *
     * @return {@code true} if no call listed an invalid recipient
     */
    public boolean allDelivered() {
        return slices.stream().allMatch(SentSlice::allDelivered);
    }

    /**
     * Whether the SDK cut a field to WeCom's documented limit before sending.
     *
     * @return {@code true} if {@link #truncatedFields()} is not empty
     */
    public boolean truncated() {
        return !truncatedFields.isEmpty();
    }

    /**
     * Fields WeCom's answers carried that this SDK does not map, over every call (the first call's
     * value wins when several carry the same field; each slice keeps its own).
     *
     * @return an unmodifiable map, empty when there were none
     */
    @Override
    public Map<String, Object> otherFields() {
        Map<String, Object> all = new LinkedHashMap<>();
        for (SentSlice slice : slices) {
            slice.otherFields().forEach(all::putIfAbsent);
        }
        return OtherFields.copyOf(all);
    }

    SendResult plus(SentSlice slice) {
        List<SentSlice> all = new ArrayList<>(slices);
        all.add(slice);
        return new SendResult(all, truncatedFields);
    }

    private List<String> collect(Function<SentSlice, String> field) {
        List<String> out = new ArrayList<>();
        for (SentSlice slice : slices) {
            String value = field.apply(slice);
            if (value != null) {
                out.add(value);
            }
        }
        return List.copyOf(out);
    }

    private List<String> flatten(Function<SentSlice, List<String>> field) {
        List<String> out = new ArrayList<>();
        slices.forEach(slice -> out.addAll(field.apply(slice)));
        return List.copyOf(out);
    }

    private static List<Long> numbers(List<String> ids) {
        List<Long> out = new ArrayList<>();
        for (String id : ids) {
            try {
                out.add(Long.parseLong(id));
            } catch (NumberFormatException e) {
                // kept in the raw list only: WeCom accepted the call, its answer's shape is not an error
            }
        }
        return List.copyOf(out);
    }
}
