package org.amparo.service.json;

import java.util.List;

/**
 * An export or import that did not happen: the file's problems (each with where it is), or one problem
 * with the whole file (not JSON, newer format, cannot be read or written). Nothing was written.
 */
public final class JsonTransferException extends Exception {
    private final transient List<TransferMessage> problems;

    public JsonTransferException(List<TransferMessage> problems) {
        super(problems.size() + " problem(s)", null, false, false);
        this.problems = List.copyOf(problems);
    }

    public JsonTransferException(TransferMessage problem) {
        this(List.of(problem));
    }

    public List<TransferMessage> problems() {
        return problems;
    }
}
