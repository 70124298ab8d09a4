package org.amparo.ui.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.amparo.domain.CaseQuery;
import org.amparo.service.Messages;
import org.amparo.service.export.ExportException;
import org.amparo.service.export.ExportOptions;
import org.amparo.service.export.ExportProgress;
import org.amparo.service.export.RegisterExport;

/**
 * The export dialog's state: the target file, the options (redaction, password typed twice, language of the
 * headings), and the running export's progress and outcome. The export runs on the services' background
 * thread; Cancel makes the service stop and leave nothing on disk. The password is only held while the
 * export runs and wiped after it.
 */
public final class ExportViewModel {
    static final String BUNDLE = "org.amparo.ui.export";

    private final ExportServices services;
    private final String caseReference;
    private final CaseQuery filters;
    private final Messages words;
    private final Messages serviceWords;
    private final StringProperty target = new SimpleStringProperty("");
    private final BooleanProperty redact = new SimpleBooleanProperty(false);
    private final BooleanProperty protect = new SimpleBooleanProperty(false);
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordAgain = new SimpleStringProperty("");
    private final ObjectProperty<Locale> language;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper succeeded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final AtomicBoolean cancelled = new AtomicBoolean();

    private ExportViewModel(ExportServices services, String caseReference, CaseQuery filters, Locale uiLocale) {
        this.services = services;
        this.caseReference = caseReference;
        this.filters = filters;
        this.words = new Messages(BUNDLE, uiLocale);
        this.serviceWords = new Messages(uiLocale);
        this.language = new SimpleObjectProperty<>(words.locale());
        Path folder = services.folder() == null ? null : services.folder().get();
        String name = caseReference != null ? words.get("export.fileName.case", caseReference)
                : words.get("export.fileName.register");
        target.set(folder == null ? name : folder.resolve(name).toString());
    }

    /** The workbook of one saved case. */
    public static ExportViewModel forCase(ExportServices services, String caseReference, Locale uiLocale) {
        return new ExportViewModel(services, caseReference, null, uiLocale);
    }

    /** The register of the cases the filters select (the case list's current ones; null for all). */
    public static ExportViewModel forRegister(ExportServices services, CaseQuery filters, Locale uiLocale) {
        return new ExportViewModel(services, null, filters == null ? CaseQuery.all() : filters, uiLocale);
    }

    public Messages words() { return words; }
    public boolean isRegister() { return caseReference == null; }
    public StringProperty target() { return target; }
    public BooleanProperty redact() { return redact; }
    public BooleanProperty protect() { return protect; }
    public StringProperty password() { return password; }
    public StringProperty passwordAgain() { return passwordAgain; }
    public ObjectProperty<Locale> language() { return language; }
    /** From 0 to 1 while rows are written. */
    public ReadOnlyDoubleProperty progress() { return progress.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty running() { return running.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty succeeded() { return succeeded.getReadOnlyProperty(); }
    /** One line: what is wrong, how it went, or nothing. */
    public ReadOnlyStringProperty message() { return message.getReadOnlyProperty(); }

    /** The window's title: which export this is. */
    public String title() {
        return isRegister() ? words.get("export.title.register") : words.get("export.title.case", caseReference);
    }

    /** Which cases a register holds, in words (the list's filters, or all cases). */
    public String scope() {
        return RegisterExport.describe(filters, words.locale());
    }

    /** The target as a path, with ".xlsx" added when the name lacks it; null when nothing was typed. */
    public Path targetPath() {
        String t = target.get() == null ? "" : target.get().strip();
        if (t.isEmpty()) {
            return null;
        }
        return Path.of(t.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? t : t + ".xlsx");
    }

    /** Sets the target from the file chooser. */
    public void chose(Path file) {
        if (file != null) {
            target.set(file.toString());
        }
    }

    /**
     * Checks the choices and starts the export in the background. Returns false (with the reason in
     * {@link #message()}) when something must be fixed first. The password fields are emptied either way once
     * a password was taken.
     */
    public boolean start() {
        if (running.get()) {
            return false;
        }
        succeeded.set(false);
        Path file;
        try {
            file = targetPath();
        } catch (java.nio.file.InvalidPathException e) {
            message.set(words.get("export.badTarget"));
            return false;
        }
        if (file == null) {
            message.set(words.get("export.noTarget"));
            return false;
        }
        ExportOptions options = ExportOptions.of(language.get()).redacted(redact.get());
        if (protect.get()) {
            String p = password.get() == null ? "" : password.get();
            if (p.isEmpty()) {
                message.set(words.get("export.passwordMissing"));
                return false;
            }
            if (!p.equals(passwordAgain.get())) {
                clearPasswords();
                message.set(words.get("export.passwordMismatch"));
                return false;
            }
            options = options.withPassword(p.toCharArray());
            clearPasswords();
        }
        run(file, options);
        return true;
    }

    /** Asks the running export to stop; it leaves no file behind. */
    public void cancel() {
        if (running.get()) {
            cancelled.set(true);
            message.set(words.get("export.cancelling"));
        }
    }

    private void run(Path file, ExportOptions options) {
        cancelled.set(false);
        progress.set(0);
        running.set(true);
        message.set(words.get("export.running"));
        ExportProgress listener = new ProgressRelay(services.ui(), progress::set, cancelled);
        services.work().run(() -> {
            try {
                if (isRegister()) {
                    return services.register().write(filters, file, options, listener);
                }
                services.caseWorkbook().write(caseReference, file, options, listener);
                return null;
            } finally {
                options.forget();
            }
        }, summary -> finished(file, summary), this::failed);
    }

    private void finished(Path file, RegisterExport.Summary summary) {
        running.set(false);
        progress.set(1);
        succeeded.set(true);
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            services.remember().accept(folder);
        }
        String name = String.valueOf(file.getFileName());
        message.set(summary == null ? words.get("export.done.case", name)
                : words.get("export.done.register", summary.cases(), name));
    }

    private void failed(Exception e) {
        running.set(false);
        progress.set(0);
        message.set(e instanceof ExportException x ? x.message(serviceWords) : words.get("export.failed"));
    }

    private void clearPasswords() {
        password.set("");
        passwordAgain.set("");
    }
}
