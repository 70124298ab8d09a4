package org.amparo.service.timeline;

/** The few colours a timeline uses (as RGB fractions, so the PDF stays in one colour space). */
public enum Shade {
    BLACK(0.08f), GRAY(0.38f), LIGHT(0.78f);

    private final float level;

    Shade(float level) {
        this.level = level;
    }

    /** Gray level from 0 (black) to 1 (white), the same for red, green and blue. */
    public float level() {
        return level;
    }
}
