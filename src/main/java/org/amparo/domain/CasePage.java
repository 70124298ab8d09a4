package org.amparo.domain;

import java.util.List;

/** One page of the case list and how many cases match in all. */
public record CasePage(List<CaseListRow> rows, int total) {
}
