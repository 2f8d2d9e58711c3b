package org.mashang.stats.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes .xlsx with Apache POI's streaming workbook: only a window of rows is kept in memory, so any size fits. */
public final class ExcelExport {

    private ExcelExport() {
    }

    /** A sheet being written; {@link #row} appends one row of cells (strings, numbers, null for empty). */
    public static final class Sheet {
        private final SXSSFSheet sheet;
        private int next;

        Sheet(SXSSFSheet sheet) {
            this.sheet = sheet;
        }

        public void row(Object... cells) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < cells.length; i++) {
                Object value = cells[i];
                if (value instanceof Number n) {
                    row.createCell(i).setCellValue(n.doubleValue());
                } else if (value != null) {
                    row.createCell(i).setCellValue(value.toString());
                }
            }
        }
    }

    public static void write(OutputStream out, String sheetName, List<String> header, Consumer<Sheet> rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet poiSheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            // one width for every column, not a width per column: with those, POI looked up each new cell's column style
            // in the sheet's column list (most of the time of a 200,000-row export)
            poiSheet.setDefaultColumnWidth(16);
            Row head = poiSheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
                head.getCell(i).setCellStyle(bold);
            }
            poiSheet.createFreezePane(0, 1);
            Sheet sheet = new Sheet(poiSheet);
            sheet.next = 1;
            rows.accept(sheet);
            workbook.write(out);
            workbook.dispose();
        }
    }
}
