package org.amparo.service.export;

import org.amparo.service.Messages;

/**
 * An export could not be written: the key of a message in the {@code messages} bundle and its arguments, so
 * the desktop and the command line say it in the user's language. Never carries a stack trace to the user.
 */
public final class ExportException extends Exception {
    private final String key;
    private final transient Object[] args;

    public ExportException(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public String message(Messages messages) {
        return messages.get(key, args);
    }
}
