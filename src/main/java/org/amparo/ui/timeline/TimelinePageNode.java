package org.amparo.ui.timeline;

import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.FontSmoothingType;
import javafx.scene.text.Text;
import org.amparo.service.timeline.RuleLine;
import org.amparo.service.timeline.Shade;
import org.amparo.service.timeline.TextRun;
import org.amparo.service.timeline.TimelineBlock;
import org.amparo.service.timeline.TimelinePage;

/**
 * One laid-out page as JavaFX nodes, one unit per PDF point: a white sheet, each text run at its baseline,
 * each rule. The preview shows it scaled; the printer prints it as it is, so paper and PDF agree.
 * Built off the JavaFX thread for printing is fine (it is not in a scene then).
 */
final class TimelinePageNode {
    private TimelinePageNode() {
    }

    static Pane of(TimelinePage page) {
        Pane pane = new Pane();
        pane.setId("timelinePage");
        pane.setMinSize(page.width(), page.height());
        pane.setPrefSize(page.width(), page.height());
        pane.setMaxSize(page.width(), page.height());
        Rectangle sheet = new Rectangle(page.width(), page.height(), Color.WHITE);
        pane.getChildren().add(sheet);
        for (TimelineBlock b : page.blocks()) {
            for (RuleLine r : b.rules()) {
                Line line = new Line(r.x1(), r.y1(), r.x2(), r.y2());
                line.setStrokeWidth(r.thickness());
                line.setStroke(color(r.shade()));
                pane.getChildren().add(line);
            }
            for (TextRun t : b.runs()) {
                pane.getChildren().add(text(t));
            }
        }
        return pane;
    }

    private static Node text(TextRun t) {
        Text text = new Text(t.x(), t.baseline(), t.text());
        text.setTextOrigin(VPos.BASELINE);
        text.setFont(TimelineFonts.font(t.face(), t.size()));
        text.setFill(color(t.shade()));
        text.setFontSmoothingType(FontSmoothingType.GRAY);
        return text;
    }

    private static Color color(Shade s) {
        return Color.gray(s.level());
    }
}
