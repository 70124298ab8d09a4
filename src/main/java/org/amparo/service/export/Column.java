package org.amparo.service.export;

/** A column of a table sheet: its heading (in the user's language) and its width in characters. */
public record Column(String heading, int width) {
}
