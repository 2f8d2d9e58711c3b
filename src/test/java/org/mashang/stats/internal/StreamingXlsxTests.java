package org.mashang.stats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;

/** The streamed workbook opens in POI as written, and its bytes leave while rows are still being added. */
@UnitTest
class StreamingXlsxTests {

    @Test
    void aWorkbookReadsBackCellForCell() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> header = new ArrayList<>(List.of("受理编号", "留言 & <说明>"));
        header.addAll(Collections.nCopies(28, "列"));
        ExcelExport.write(out, "留言 \"明细\"", header, sheet -> {
            sheet.row("A-1", "路灯 <坏了> & \"没人管\"\u0001", 3, 2.5, null, 7L);
            Object[] wide = new Object[30];
            wide[29] = "最后一列";
            sheet.row(wide);
        });
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(book.getSheetName(0)).isEqualTo("留言 \"明细\"");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("留言 & <说明>");
            assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).as("the header").isTrue();
            assertThat(book.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold()).isFalse();
            var row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("A-1");
            assertThat(row.getCell(1).getStringCellValue()).as("a control character XML cannot hold is left out")
                    .isEqualTo("路灯 <坏了> & \"没人管\"");
            assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(3.0);
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(2.5);
            assertThat(row.getCell(4)).isNull();
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(7.0);
            assertThat(sheet.getRow(2).getCell(29).getStringCellValue()).isEqualTo("最后一列");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void bytesLeaveWhileRowsAreStillComing() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] sentBeforeTheEnd = new int[1];
        ExcelExport.write(out, "t", List.of("n", "text"), sheet -> {
            for (int i = 0; i < 10_000; i++) {
                sheet.row(i, "第" + i + "行");
            }
            sentBeforeTheEnd[0] = out.size();
        });
        assertThat(sentBeforeTheEnd[0]).as("nothing is kept until the end").isGreaterThan(out.size() / 2);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(10_000);
            assertThat(book.getSheetAt(0).getRow(10_000).getCell(1).getStringCellValue()).isEqualTo("第9999行");
        }
    }

    @Test
    void columnsAreNamedByLetters() {
        assertThat(StreamingXlsx.column(0)).isEqualTo("A");
        assertThat(StreamingXlsx.column(25)).isEqualTo("Z");
        assertThat(StreamingXlsx.column(26)).isEqualTo("AA");
        assertThat(StreamingXlsx.column(27)).isEqualTo("AB");
        assertThat(StreamingXlsx.column(701)).isEqualTo("ZZ");
        assertThat(StreamingXlsx.column(702)).isEqualTo("AAA");
    }
}
