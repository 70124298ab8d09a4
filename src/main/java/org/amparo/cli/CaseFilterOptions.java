package org.amparo.cli;

import org.amparo.domain.CaseQuery;
import org.amparo.domain.CaseStatus;
import picocli.CommandLine.Option;

/** The case list's filters as command-line options, shared by {@code cases} and {@code export register}. */
final class CaseFilterOptions {
    @Option(names = "--text", paramLabel = "T", description = "Words in people's names, the title, the narrative or officers' names.")
    String text;
    @Option(names = "--agency", paramLabel = "NAME", description = "An agency named in the case's violations.")
    String agency;
    @Option(names = "--status", paramLabel = "S", description = "One of: ${COMPLETION-CANDIDATES}.")
    CaseStatus status;
    @Option(names = "--topic", paramLabel = "TOPIC", description = "A FIPP topic, e.g. prolonged-stop.")
    String topic;
    @Option(names = "--from", paramLabel = "DATE", description = "Incident on or after this day (YYYY-MM-DD).")
    String from;
    @Option(names = "--to", paramLabel = "DATE", description = "Incident on or before this day (YYYY-MM-DD).")
    String to;

    /** These filters on the given query (its sort and page are kept). */
    CaseQuery applyTo(CaseQuery q, CliEnvironment env) {
        return q.withText(text).withAgency(agency).withStatus(status).withTopic(topic)
                .withDates(DateOption.parse(env, from), DateOption.parse(env, to));
    }
}
