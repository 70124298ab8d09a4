package org.amparo.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SheetXmlTest {
    @Test
    void theAutofilterIsStretchedOverTheRowsWritten() {
        String tail = "<sheetProtection/><autoFilter ref=\"A1:K2\"/><pageMargins/>";
        assertEquals("<sheetProtection/><autoFilter ref=\"A1:K100001\"/><pageMargins/>",
                SheetXml.autoFilterOver(tail, 100_000));
        assertEquals("<autoFilter ref=\"A1:AB2\"/>", SheetXml.autoFilterOver("<autoFilter ref=\"A1:AB9\"/>", 0),
                "an empty table keeps one row under its heading, as planned ones do");
        assertEquals("<pageMargins/>", SheetXml.autoFilterOver("<pageMargins/>", 5));
    }
}
