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
 * @param headingIndex the 0-based row of that table's heading row; its data rows follow, one per year
 * @param chartRows    the rows the chart covers from the sheet's second row
 */
record PatternsChart(String title, List<String> topics, List<String> years, Map<Integer, long[]> counts,
                     int headingIndex, int chartRows) {

    void draw(XSSFSheet sheet) {
        if (topics.isEmpty() || years.isEmpty()) {
            return;
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, 1, Math.min(10, 2 + topics.size()), 1 + chartRows);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        left.setCrossBetween(AxisCrossBetween.BETWEEN);
        String name = sheet.getSheetName();
        int first = headingIndex + 1;
        int last = headingIndex + years.size();
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(years.toArray(String[]::new),
                range(name, first, last, 0));
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
        data.setVaryColors(false);
        List<long[]> perYear = List.copyOf(counts.values());
        for (int t = 0; t < topics.size(); t++) {
            Long[] values = new Long[perYear.size()];
            for (int y = 0; y < values.length; y++) {
                values[y] = perYear.get(y)[t];
            }
            XDDFNumericalDataSource<Long> series = XDDFDataSourcesFactory.fromArray(values,
                    range(name, first, last, t + 1));
            XDDFLineChartData.Series line = (XDDFLineChartData.Series) data.addSeries(categories, series);
            line.setTitle(topics.get(t), new CellReference(name, headingIndex, t + 1, true, true));
            line.setSmooth(false);
            line.setMarkerStyle(MarkerStyle.CIRCLE);
        }
        chart.plot(data);
    }

    private static String range(String sheet, int firstRow, int lastRow, int col) {
        return new AreaReference(new CellReference(sheet, firstRow, col, true, true),
                new CellReference(sheet, lastRow, col, true, true), SpreadsheetVersion.EXCEL2007).formatAsString();
    }
}
