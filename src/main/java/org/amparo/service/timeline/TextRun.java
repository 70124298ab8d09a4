package org.amparo.service.timeline;

/**
 * One line of text placed on a page: left edge {@code x} and {@code baseline}, in points from the page's
 * top-left corner. The text is already wrapped and cleaned to what the font can show.
 */
public record TextRun(float x, float baseline, TypeFace face, float size, Shade shade, String text) {

    /** The same run moved down by dy points. */
    public TextRun down(float dy) {
        return new TextRun(x, baseline + dy, face, size, shade, text);
    }
}
