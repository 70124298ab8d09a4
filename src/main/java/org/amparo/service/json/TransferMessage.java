package org.amparo.service.json;

import java.util.Arrays;
import org.amparo.service.Messages;

/**
 * A problem or a note about a JSON file: where it is ({@code cases[3].violations[1].provision}; empty for
 * the whole file) and what, as a message key with its arguments, shown in the user's language.
 */
public record TransferMessage(String path, String key, Object... args) {

    public String render(Messages messages) {
        String text = messages.get(key, args);
        return path == null || path.isEmpty() ? text : path + ": " + text;
    }

    @Override
    public String toString() {
        return path + ": " + key + Arrays.toString(args);
    }
}
