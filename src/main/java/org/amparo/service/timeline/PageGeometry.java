package org.amparo.service.timeline;

/**
 * Where things go on a page, in points from the top-left corner: margins, the running header and footer,
 * and the columns (event number, date, text; header labels and values).
 */
record PageGeometry(float width, float height) {
    static final float MARGIN = 54f;
    static final float NUMBER_X = MARGIN;
    static final float DATE_X = MARGIN + 22f;
    static final float TEXT_X = MARGIN + 120f;
    static final float TAG_INDENT = 24f;
    static final float HEADER_BASELINE = 38f;
    static final float HEADER_RULE = 45f;
    static final float CONTENT_TOP = 60f;

    static PageGeometry of(PaperSize paper) {
        return new PageGeometry(paper.width(), paper.height());
    }

    float right() {
        return width - MARGIN;
    }

    float contentBottom() {
        return height - 58f;
    }

    float contentHeight() {
        return contentBottom() - CONTENT_TOP;
    }

    float footerRule() {
        return height - 47f;
    }

    float footerBaseline() {
        return height - 34f;
    }

    float fullWidth() {
        return right() - MARGIN;
    }

    float dateWidth() {
        return TEXT_X - DATE_X - 10f;
    }

    float textWidth() {
        return right() - TEXT_X;
    }
}
