package org.mashang.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.mashang.UnitTest;
import org.mashang.calendar.CalendarDay;
import org.mashang.calendar.DayKind;

/** The holiday file: what it accepts, and a clear line-by-line refusal of everything else. */
@UnitTest
class HolidayCsvTests {

    static List<CalendarDay> parse(String text) {
        return HolidayCsv.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    static void assertRejected(ThrowingCallable parse, String... problems) {
        assertThatThrownBy(parse).isInstanceOfSatisfying(CsvRejected.class, e -> {
            assertThat(e.problems()).containsExactly(problems);
            assertThat(e.status().value()).isEqualTo(400);
            assertThat(e.getMessage()).contains("没有导入任何日期");
        });
    }

    @Test
    void readsTheSharedFormat() {
        var days = parse("date,kind,name\n2024-02-04,workday,春节\n2024-02-10,holiday,春节\n");
        assertThat(days).containsExactly(
                new CalendarDay(LocalDate.of(2024, 2, 4), DayKind.ADJUSTED_WORKDAY, "春节"),
                new CalendarDay(LocalDate.of(2024, 2, 10), DayKind.HOLIDAY, "春节"));
    }

    @Test
    void toleratesWhatSpreadsheetsWrite() {
        // BOM, CRLF, capitals, spaces, quotes, blank lines
        var days = parse("\uFEFFDate, Kind ,NAME\r\n\r\n 2025-10-01 , HOLIDAY ,\"国庆节、中秋节\"\r\n2025-10-11,workday,\"国庆\"\"调休\"\"\"\r\n\r\n");
        assertThat(days).extracting(CalendarDay::name).containsExactly("国庆节、中秋节", "国庆\"调休\"");
        // Excel on Chinese Windows saves GB18030
        byte[] gbk = "date,kind,name\n2025-10-01,holiday,国庆节\n".getBytes(Charset.forName("GB18030"));
        assertThat(HolidayCsv.parse(gbk)).extracting(CalendarDay::name).containsExactly("国庆节");
    }

    @Test
    void listsEveryBadLineWithItsNumber() {
        assertRejected(() -> parse("""
                        date,kind,name
                        2024-02-30,holiday,春节
                        2024/10/01,holiday,国庆节
                        2024-10-02,off,国庆节
                        2024-10-03,holiday,国庆节
                        2024-10-03,holiday,国庆节
                        2024-10-08,workday,国庆节
                        2024-10-12,workday,
                        2024-10-04,holiday
                        1999-10-01,holiday,国庆节
                        2024-10-05,holiday,"国庆节
                        2024-10-06,holiday,这是一个非常非常非常非常非常非常长的节日名称
                        """),
                "第 2 行：日期「2024-02-30」不正确，应写成 年-月-日，如 2024-10-01",
                "第 3 行：日期「2024/10/01」不正确，应写成 年-月-日，如 2024-10-01",
                "第 4 行：类型「off」不正确，只能是 holiday（放假）或 workday（调休上班）",
                "第 6 行：日期 2024-10-03 与第 5 行重复",
                "第 7 行：2024-10-08 是星期二，本来就上班，不能设为调休上班（调休上班只能是星期六或星期日）",
                "第 8 行：请填写所属节日，如 春节",
                "第 9 行：应有 3 列（日期,类型,名称），实际有 2 列",
                "第 10 行：日期应在 2000 年到 2099 年之间",
                "第 11 行：引号没有闭合",
                "第 12 行：节日名称不能超过 20 个字");
    }

    @Test
    void refusesFilesThatAreNotHolidayLists() {
        assertRejected(() -> HolidayCsv.parse(new byte[0]), "文件是空的，请选择节假日 CSV 文件");
        assertRejected(() -> HolidayCsv.parse(null), "文件是空的，请选择节假日 CSV 文件");
        assertRejected(() -> parse("\n\n  \n"), "文件是空的，请选择节假日 CSV 文件");
        assertRejected(() -> parse("date,kind,name\n"), "文件中只有表头，没有日期");
        assertRejected(() -> parse("2024-10-01,holiday,国庆节\n"), "第 1 行应为表头 date,kind,name，实际是「2024-10-01,holiday,国庆节」");
        assertRejected(() -> parse("日期,类型,名称\n2024-10-01,holiday,国庆节\n"), "第 1 行应为表头 date,kind,name，实际是「日期,类型,名称」");
        assertRejected(() -> HolidayCsv.parse(new byte[HolidayCsv.MAX_BYTES + 1]), "文件太大：节假日 CSV 不能超过 1 MB");
        assertRejected(() -> HolidayCsv.parse(new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xFF, (byte) 0xFF, 0, 1}),
                "无法识别文件的编码，请用 UTF-8 保存后重新上传");
        assertRejected(() -> parse("date,kind,name\n" + "2024-10-01,holiday,国庆节\n".repeat(HolidayCsv.MAX_DAYS + 1)),
                "文件太大：一次最多导入 5000 天");
    }

    @Test
    void writesWhatItReads() {
        String text = "date,kind,name\n2025-10-01,holiday,\"国庆节,中秋节\"\n2025-10-11,workday,国庆节\n";
        assertThat(HolidayCsv.write(parse(text))).isEqualTo(text);
    }
}
