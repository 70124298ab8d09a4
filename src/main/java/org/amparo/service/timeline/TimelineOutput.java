package org.amparo.service.timeline;

/** How a timeline left the app: printed on paper, or saved as a PDF file. */
public enum TimelineOutput {
    PRINT, PDF
}
