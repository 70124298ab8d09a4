package org.amparo.service.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class WorkbookZipWriterTest {
    private final ExportWords words = new ExportWords(Locale.ENGLISH);

    @Test
    @Timeout(60) // without the polling wait, the writer would wait for the endless sheet for ever
    void aCancelWhileWaitingForTheParallelSheetStopsItAndEndsItsThread() {
        SheetPlan first = SheetPlan.table("First", List.of(new Column("A", 10)), 1, sink -> sink.row(Cell.text("a")));
        SheetPlan endless = SheetPlan.table("Endless", List.of(new Column("B", 10)), 0, sink -> {
            while (true) {
                sink.row(Cell.text("b"));
            }
        }).inParallel();
        AtomicBoolean asked = new AtomicBoolean();
        ExportProgress cancelOnceWaiting = (done, total) -> {
            if (done >= 2) { // the first sheet is written: the writer now waits for the endless one
                asked.set(true);
                return false;
            }
            return true;
        };
        assertThrows(CancellationException.class, () -> WorkbookZipWriter.write(List.of(first, endless),
                p -> WorkbookTemplate.build(p, "Register", "Register", words), new ByteArrayOutputStream(),
                cancelOnceWaiting));
        assertTrue(asked.get(), "the cancel was asked while waiting");
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().startsWith("amparo-export")), "the sheet's thread has ended");
    }
}
