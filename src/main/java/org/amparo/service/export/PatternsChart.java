package org.amparo.service.export;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The register's chart, made with POI's chart API: violations per year as lines, one per topic, reading the
 * year-by-topic table below it (and carrying its values, so it shows before any recalculation).
 *
 * @param headingIndex the 0-based row of that table's heading row (a column per year); a row per topic follows
 * @param chartRows    the rows the chart covers from the sheet's second row
 */
record PatternsChart(String title, List<String> topics, List<String> years, Map<Integer, long[]> counts,
                     int headingIndex, int chartRows) {
    /** Distinct colours, readable in print (Tableau 10 and darker variants). */
    private static final int[] PALETTE = {0x4E79A7, 0xF28E2B, 0xE15759, 0x76B7B2, 0x59A14F, 0xEDC948, 0xB07AA1,
        0xFF9DA7, 0x9C755F, 0x79706E, 0x1F3B5C, 0x8C4A0F, 0x2E6B2A, 0x6B2E5C};

    void draw(XSSFSheet sheet) {
        if (topics.isEmpty() || years.isEmpty()) {
            return;
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, 1, Math.min(12, 3 + years.size()), 1 + chartRows);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        left.setCrossBetween(AxisCrossBetween.BETWEEN);
        String name = sheet.getSheetName();
        int firstYear = 1;
        int lastYear = years.size();
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(years.toArray(String[]::new),
                range(name, headingIndex, firstYear, headingIndex, lastYear));
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
        data.setVaryColors(false);
        List<long[]> perYear = List.copyOf(counts.values());
        for (int t = 0; t < topics.size(); t++) {
            Long[] values = new Long[perYear.size()];
            for (int y = 0; y < values.length; y++) {
                values[y] = perYear.get(y)[t];
            }
            int row = headingIndex + 1 + t;
            XDDFNumericalDataSource<Long> series = XDDFDataSourcesFactory.fromArray(values,
                    range(name, row, firstYear, row, lastYear));
            XDDFLineChartData.Series line = (XDDFLineChartData.Series) data.addSeries(categories, series);
            line.setTitle(topics.get(t), new CellReference(name, row, 0, true, true));
            line.setSmooth(false);
            line.setMarkerStyle(MarkerStyle.CIRCLE);
            colour(line, PALETTE[t % PALETTE.length]);
        }
        chart.plot(data);
    }

    /** Gives a series its own colour (spreadsheets otherwise may draw every series alike). */
    private static void colour(XDDFLineChartData.Series line, int rgb) {
        XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(
                new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}));
        XDDFLineProperties stroke = new XDDFLineProperties();
        stroke.setFillProperties(fill);
        stroke.setWidth(2.0);
        XDDFShapeProperties shape = line.getShapeProperties() == null ? new XDDFShapeProperties()
                : line.getShapeProperties();
        shape.setLineProperties(stroke);
        shape.setFillProperties(fill);
        line.setShapeProperties(shape);
    }

    private static String range(String sheet, int firstRow, int firstCol, int lastRow, int lastCol) {
        return new AreaReference(new CellReference(sheet, firstRow, firstCol, true, true),
                new CellReference(sheet, lastRow, lastCol, true, true), SpreadsheetVersion.EXCEL2007).formatAsString();
    }
}
