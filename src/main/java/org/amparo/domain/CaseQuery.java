package org.amparo.domain;

import java.time.LocalDate;

/**
 * A case-list query: filters (all optional), sort and page. {@code text} matches people's names, the title,
 * the narrative and officers' names; {@code agency} matches any agency named in the case's violations (by
 * exact name or, failing that, as a part of the name); dates filter on the incident's possible days.
 */
public record CaseQuery(String text, String agency, CaseStatus status, String topic, LocalDate from, LocalDate to,
                        SortField sort, boolean descending, int limit, int offset, boolean trash) {

    /** What the list can be sorted by. */
    public enum SortField { REFERENCE, INCIDENT_DATE, TITLE, PEOPLE, AGENCY, TOPIC, STATUS }

    public static CaseQuery all() {
        return new CaseQuery(null, null, null, null, null, null, SortField.INCIDENT_DATE, true, 100, 0, false);
    }

    public CaseQuery withText(String t) {
        return new CaseQuery(t, agency, status, topic, from, to, sort, descending, limit, offset, trash);
    }

    public CaseQuery withAgency(String a) {
        return new CaseQuery(text, a, status, topic, from, to, sort, descending, limit, offset, trash);
    }

    public CaseQuery withStatus(CaseStatus s) {
        return new CaseQuery(text, agency, s, topic, from, to, sort, descending, limit, offset, trash);
    }

    public CaseQuery withTopic(String t) {
        return new CaseQuery(text, agency, status, t, from, to, sort, descending, limit, offset, trash);
    }

    public CaseQuery withDates(LocalDate f, LocalDate t) {
        return new CaseQuery(text, agency, status, topic, f, t, sort, descending, limit, offset, trash);
    }

    public CaseQuery sortedBy(SortField field, boolean desc) {
        return new CaseQuery(text, agency, status, topic, from, to, field, desc, limit, offset, trash);
    }

    public CaseQuery page(int newLimit, int newOffset) {
        return new CaseQuery(text, agency, status, topic, from, to, sort, descending, newLimit, newOffset, trash);
    }

    public CaseQuery inTrash(boolean t) {
        return new CaseQuery(text, agency, status, topic, from, to, sort, descending, limit, offset, t);
    }
}
