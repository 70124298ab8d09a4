package org.amparo.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.amparo.domain.CaseReference;
import org.amparo.store.cases.CaseRepository;
import org.amparo.store.reference.ReferenceRepository;
import org.amparo.store.vault.Vault;
import org.amparo.testing.SampleCases;
import org.amparo.testing.TestVaults;

/**
 * Scratch main for the README screenshots: the I-89 demo case in the editor on a throw-away vault, maximised, with
 * one tab shown. Arguments: language (en|es), tab index (0-4), "picker" to open the provision picker.
 */
public final class EditorScreenshotMain {
    private EditorScreenshotMain() {
    }

    public static void main(String[] args) throws Exception {
        Locale locale = new Locale(args.length > 0 ? args[0] : "en");
        int tab = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        boolean picker = args.length > 2 && args[2].equals("picker");
        Path dir = Files.createTempDirectory("amparo-shot");
        Vault vault = TestVaults.create(dir.resolve("vault"));
        new CaseRepository(vault, EditorTestContext.CLOCK).save(SampleCases.i89RoadsideHold(new ReferenceRepository(vault)));
        Platform.startup(() -> {
            CaseEditorWindow w = CaseEditorWindow.open(null,
                    EditorTestContext.over(vault, new FxBackgroundWork(), locale, new AtomicInteger()),
                    CaseReference.parse("2019-0001"));
            w.stage().setX(0);
            w.stage().setY(0);
            w.stage().setWidth(1366);
            w.stage().setHeight(768);
            w.viewModel().ready().addListener((o, a, b) -> Platform.runLater(() -> {
                TabPane tabs = (TabPane) w.stage().getScene().lookup(".tab-pane");
                tabs.getSelectionModel().select(tab);
                TableView<?> table = (TableView<?>) tabs.getSelectionModel().getSelectedItem().getContent()
                        .lookup(".table-view");
                if (table != null && !table.getItems().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
                if (picker) {
                    ((ComboBox<?>) w.stage().getScene().lookup("#violationProvision")).show();
                }
                System.out.println("READY");
            }));
        });
    }
}
