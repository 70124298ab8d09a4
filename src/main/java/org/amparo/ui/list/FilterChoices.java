package org.amparo.ui.list;

import java.util.List;

/** What the case list's filters offer: the vault's agency names and policy topics, sorted. */
public record FilterChoices(List<String> agencies, List<String> topics) {
    public FilterChoices {
        agencies = List.copyOf(agencies);
        topics = List.copyOf(topics);
    }
}
