package org.amparo.domain;

/** One row of the case list: what the list shows and sorts by. */
public record CaseListRow(long id, String reference, ApproximateDate incidentDate, String title, String people,
                          String agency, String topic, CaseStatus status) {
}
