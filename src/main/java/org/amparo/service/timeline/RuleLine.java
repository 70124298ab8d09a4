package org.amparo.service.timeline;

/** A straight line on a page (separators), in points from the top-left corner. */
public record RuleLine(float x1, float y1, float x2, float y2, float thickness, Shade shade) {

    public RuleLine down(float dy) {
        return new RuleLine(x1, y1 + dy, x2, y2 + dy, thickness, shade);
    }
}
