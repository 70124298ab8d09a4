package org.amparo.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.amparo.service.settings.SettingsFile;
import org.amparo.service.settings.UserSettings;
import org.amparo.store.cases.CaseRepository;
import org.amparo.testing.FxVaultTest;
import org.amparo.testing.TestVaults;
import org.amparo.testing.Reachability;
import org.amparo.ui.common.FxTaskRunner;
import org.amparo.ui.list.CaseListViewModel;
import org.amparo.ui.list.FilterChoices;
import org.amparo.ui.unlock.UnlockViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window builds each screen once per change of state, and lets go of the screens it replaced. */
class MainWindowTest extends FxVaultTest {
    private final FxTaskRunner runner = new FxTaskRunner(Runnable::run, Runnable::run);
    private ShellViewModel shell;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        shell = new ShellViewModel(new UserSettings(Locale.ENGLISH, 10, "", dir, null),
                new SettingsFile(dir.resolve("settings.properties")), runner, System::nanoTime);
        UnlockViewModel unlock = new UnlockViewModel(TestVaults.opener(), runner, shell.localeProperty(),
                dir.resolve("vault"));
        CaseRepository cases = new CaseRepository(vault, Clock.systemUTC());
        window = new MainWindow(stage, shell, unlock, v -> new CaseListViewModel(cases::list,
                () -> new FilterChoices(List.of("Franklin County Sheriff's Department"), List.of("prolonged-stop")),
                runner, shell.localeProperty()));
        window.show();
    }

    @Test
    void pluggingInTheScreensDoesNotBuildTheShownOneAgain(FxRobot robot) {
        Node unlockScreen = center();
        assertEquals("unlockScreen", unlockScreen.getId());
        robot.interact(this::plugEveryHook);
        assertSame(unlockScreen, center(), "the unlock screen built at start is still the one shown");

        robot.interact(() -> shell.unlocked(vault));
        Node list = center();
        assertEquals("caseList", list.getId());
        robot.interact(this::plugEveryHook);
        assertSame(list, center(), "the list built at the unlock is still the one shown");
        assertFalse(robot.lookup("#newCaseButton").queryAs(Button.class).isDisable(),
                "a screen plugged in later still reaches the list shown");
    }

    @Test
    void screensReplacedByALanguageSwitchAreLetGo(FxRobot robot) {
        WeakReference<Node> unlockScreen = new WeakReference<>(center());
        switchLanguageAndBack(robot);
        assertTrue(Reachability.collected(unlockScreen),
                "the unlock screen replaced is not kept by the unlock view model it listened to");

        robot.interact(() -> shell.unlocked(vault));
        WeakReference<Node> list = new WeakReference<>(center());
        assertEquals("caseList", list.get().getId());
        switchLanguageAndBack(robot);
        assertTrue(Reachability.collected(list), "the list replaced is not kept by the list's view model");
        assertEquals("caseList", center().getId());
    }

    private void switchLanguageAndBack(FxRobot robot) {
        robot.interact(() -> shell.localeProperty().set(new Locale("es")));
        robot.interact(() -> shell.localeProperty().set(Locale.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void plugEveryHook() {
        window.onNewCase(() -> { });
        window.onTrash(() -> { });
        window.onReferenceData(() -> { });
        window.onExportRegister(() -> { });
        window.onSettings(() -> { });
        for (SafetyItem item : SafetyItem.values()) {
            window.onSafety(item, () -> { });
        }
    }

    private Node center() {
        return ((BorderPane) window.stage().getScene().getRoot()).getCenter();
    }
}
