package org.amparo.service.export;

import java.io.IOException;

/** What fills a sheet: writes its rows, in order, to the sink. */
@FunctionalInterface
public interface SheetRows {
    void writeTo(RowSink sink) throws IOException;
}
