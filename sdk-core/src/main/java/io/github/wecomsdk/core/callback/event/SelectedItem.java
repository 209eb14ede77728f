package io.github.wecomsdk.core.callback.event;

import java.util.List;

/**
 * One choice made on an interactive template card ({@code SelectedItems/SelectedItem}).
 *
 * @param questionKey {@code QuestionKey}, the key of the question or selector
 * @param optionIds   {@code OptionIds/OptionId}, the chosen option ids
 */
public record SelectedItem(String questionKey, List<String> optionIds) {

    /**
     * Creates a choice; the list is copied.
     *
     * @param questionKey {@code QuestionKey}
     * @param optionIds   {@code OptionIds/OptionId}
     */
    public SelectedItem {
        optionIds = optionIds == null ? List.of() : List.copyOf(optionIds);
    }
}
