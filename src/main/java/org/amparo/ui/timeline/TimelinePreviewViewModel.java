package org.amparo.ui.timeline;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.amparo.domain.CaseRecord;
import org.amparo.service.Messages;
import org.amparo.service.timeline.PaperSize;
import org.amparo.service.timeline.TimelineDocument;
import org.amparo.service.timeline.TimelineOptions;
import org.amparo.service.timeline.TimelinePage;
import org.amparo.service.timeline.TimelineService;

/**
 * The print preview's state and commands: which case, language, paper and redaction; the laid-out pages
 * and the page shown; saving the PDF; a message line. Vault reads, layout and PDF writing run on the
 * background executor; properties change only through the UI executor (the JavaFX thread in the app).
 */
public final class TimelinePreviewViewModel {
    private final TimelineService service;
    private final Messages words;
    private final Executor background;
    private final Executor ui;

    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>();
    private final ObjectProperty<PaperSize> paper = new SimpleObjectProperty<>(PaperSize.LETTER);
    private final BooleanProperty redacted = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<TimelineDocument> document = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(0);
    private final ReadOnlyObjectWrapper<TimelinePage> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper pageLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding hasPrevious = pageIndex.greaterThan(0);
    private final BooleanBinding hasNext;

    private CaseRecord loaded;
    private int generation;

    /** In the app: work on one background thread, results on the JavaFX thread. */
    public TimelinePreviewViewModel(TimelineService service, Locale uiLanguage) {
        this(service, uiLanguage, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "timeline");
            t.setDaemon(true);
            return t;
        }), Platform::runLater);
    }

    public TimelinePreviewViewModel(TimelineService service, Locale uiLanguage, Executor background, Executor ui) {
        this.service = service;
        this.words = new Messages(uiLanguage);
        this.background = background;
        this.ui = ui;
        language.set(words.locale());
        hasNext = Bindings.createBooleanBinding(() -> document.get() != null
                && pageIndex.get() < document.get().pageCount() - 1, document, pageIndex);
        pageIndex.addListener((o, a, b) -> showPage());
        document.addListener((o, a, b) -> showPage());
        language.addListener((o, a, b) -> relayout());
        paper.addListener((o, a, b) -> relayout());
        redacted.addListener((o, a, b) -> relayout());
    }

    /** Loads a saved case by its reference (in the background) and lays it out. */
    public void open(String caseReference) {
        run(words.get("timeline.preview.working"), () -> service.load(caseReference).orElse(null), c -> {
            if (c == null) {
                message.set(words.get("timeline.preview.notFound", caseReference));
            } else {
                loaded = c;
                relayout();
            }
        });
    }

    /** Lays out a case already in memory (as the case editor holds it). */
    public void open(CaseRecord c) {
        loaded = c;
        relayout();
    }

    public void nextPage() {
        if (hasNext.get()) {
            pageIndex.set(pageIndex.get() + 1);
        }
    }

    public void previousPage() {
        if (hasPrevious.get()) {
            pageIndex.set(pageIndex.get() - 1);
        }
    }

    /** Writes the shown pages as a PDF (through a temporary file), then says where. */
    public void savePdf(Path file) {
        TimelineDocument doc = document.get();
        if (doc == null || file == null) {
            return;
        }
        run(words.get("timeline.preview.saving"), () -> {
            try {
                service.writePdf(doc, file, (done, total) -> ui.execute(() ->
                        message.set(words.get("timeline.preview.savingPage", done, total))));
                return words.get("timeline.preview.saved", file.getFileName());
            } catch (java.io.IOException e) {
                return words.get("timeline.preview.saveFailed");
            }
        }, message::set);
    }

    /** A file name for the PDF that says what it is (and that it is redacted), with no person's name. */
    public String suggestedFileName() {
        TimelineDocument doc = document.get();
        String ref = doc == null || doc.caseReference() == null ? "case" : doc.caseReference();
        boolean es = "es".equals(language.get().getLanguage());
        return (es ? "cronologia-" : "timeline-") + ref + (redacted.get() ? (es ? "-seudonimos" : "-pseudonyms") : "")
                + ".pdf";
    }

    /** Called by the print job when the pages went to the printer. */
    void printed(TimelineDocument doc) {
        service.printed(doc);
    }

    void say(String text) {
        message.set(text);
    }

    Messages words() {
        return words;
    }

    void onUi(Runnable r) {
        ui.execute(r);
    }

    Executor background() {
        return background;
    }

    private void relayout() {
        CaseRecord c = loaded;
        if (c == null) {
            return;
        }
        TimelineOptions options = service.options(language.get()).withPaper(paper.get()).withRedacted(redacted.get());
        int keep = pageIndex.get();
        run(words.get("timeline.preview.working"), () -> service.layout(c, options), doc -> {
            document.set(doc);
            pageIndex.set(Math.min(keep, doc.pageCount() - 1));
            showPage();
            message.set("");
        });
    }

    private void showPage() {
        TimelineDocument doc = document.get();
        if (doc == null || doc.pages().isEmpty()) {
            page.set(null);
            pageLabel.set("");
            return;
        }
        int i = Math.max(0, Math.min(pageIndex.get(), doc.pageCount() - 1));
        page.set(doc.pages().get(i));
        pageLabel.set(words.get("timeline.preview.pageOf", i + 1, doc.pageCount()));
    }

    /** Runs work in the background; only the newest request's result is shown. */
    private <T> void run(String working, Supplier<T> work, java.util.function.Consumer<T> done) {
        int mine = ++generation;
        busy.set(true);
        message.set(working);
        background.execute(() -> {
            try {
                T result = work.get();
                ui.execute(() -> {
                    if (mine == generation) {
                        busy.set(false);
                        done.accept(result);
                    }
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    if (mine == generation) {
                        busy.set(false);
                        message.set(words.get("timeline.preview.failed", e.getClass().getSimpleName()));
                    }
                });
            }
        });
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ObjectProperty<PaperSize> paperProperty() {
        return paper;
    }

    public BooleanProperty redactedProperty() {
        return redacted;
    }

    public ReadOnlyObjectProperty<TimelineDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TimelinePage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public IntegerProperty pageIndexProperty() {
        return pageIndex;
    }

    public ReadOnlyStringProperty pageLabelProperty() {
        return pageLabel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanBinding hasPreviousProperty() {
        return hasPrevious;
    }

    public BooleanBinding hasNextProperty() {
        return hasNext;
    }
}
