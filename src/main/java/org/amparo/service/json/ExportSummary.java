package org.amparo.service.json;

/** What an export wrote. */
public record ExportSummary(long cases, long people) {
}
