package org.mashang.calendar.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mashang.calendar.CalendarDay;
import org.mashang.calendar.DayKind;
import org.mashang.platform.Csv;

/**
 * The holiday file format, as in {@code shared/data/cn-holidays.csv}: a header {@code date,kind,name}, then one
 * line per day, e.g. {@code 2024-02-04,workday,春节}; kind {@code holiday} (放假) or {@code workday} (调休上班).
 * UTF-8 (with or without BOM), or GB18030 as Excel saves it on Chinese Windows.
 */
final class HolidayCsv {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_DAYS = 5000;
    static final String HEADER = "date,kind,name";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Charset GB18030 = Charset.forName("GB18030");

    private HolidayCsv() {
    }

    static List<CalendarDay> parse(byte[] content) {
        if (content == null || content.length == 0) {
            throw new CsvRejected("文件是空的，请选择节假日 CSV 文件");
        }
        if (content.length > MAX_BYTES) {
            throw new CsvRejected("文件太大：节假日 CSV 不能超过 1 MB");
        }
        String[] lines = decode(content).split("\r\n|\n|\r", -1);
        int last = lines.length;
        while (last > 0 && lines[last - 1].isBlank()) {
            last--;
        }
        if (last == 0) {
            throw new CsvRejected("文件是空的，请选择节假日 CSV 文件");
        }
        String header = String.join(",", Csv.fields(lines[0]).stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList());
        if (!header.equals(HEADER)) {
            throw new CsvRejected("第 1 行应为表头 " + HEADER + "，实际是「" + abbreviate(lines[0]) + "」");
        }
        if (last - 1 > MAX_DAYS) {
            throw new CsvRejected("文件太大：一次最多导入 " + MAX_DAYS + " 天");
        }
        List<String> problems = new ArrayList<>();
        List<CalendarDay> days = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 1; i < last; i++) {
            int lineNo = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            String problem = parseLine(lines[i], lineNo, seen, days);
            if (problem != null) {
                problems.add("第 " + lineNo + " 行：" + problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new CsvRejected(problems);
        }
        if (days.isEmpty()) {
            throw new CsvRejected("文件中只有表头，没有日期");
        }
        return days;
    }

    /** @return the line's problem, or null after adding its day */
    private static @Nullable String parseLine(String line, int lineNo, Map<LocalDate, Integer> seen, List<CalendarDay> days) {
        List<String> fields = Csv.fields(line);
        if (fields == null) {
            return "引号没有闭合";
        }
        if (fields.size() != 3) {
            return "应有 3 列（日期,类型,名称），实际有 " + fields.size() + " 列";
        }
        String rawDate = fields.get(0).strip();
        LocalDate date;
        try {
            date = LocalDate.parse(rawDate, DATE);
        } catch (DateTimeParseException e) {
            return "日期「" + abbreviate(rawDate) + "」不正确，应写成 年-月-日，如 2024-10-01";
        }
        String rawKind = fields.get(1).strip();
        DayKind kind = switch (rawKind.toLowerCase(Locale.ROOT)) {
            case "holiday" -> DayKind.HOLIDAY;
            case "workday" -> DayKind.ADJUSTED_WORKDAY;
            default -> null;
        };
        if (kind == null) {
            return "类型「" + abbreviate(rawKind) + "」不正确，只能是 holiday（放假）或 workday（调休上班）";
        }
        Integer earlier = seen.putIfAbsent(date, lineNo);
        if (earlier != null) {
            return "日期 " + date + " 与第 " + earlier + " 行重复";
        }
        String name = fields.get(2).strip();
        DayRules.Problem problem = DayRules.check(date, kind, name);
        if (problem != null) {
            return problem.message();
        }
        days.add(new CalendarDay(date, kind, name));
        return null;
    }

    /** The file as text: UTF-8 (a BOM is dropped), else GB18030. */
    private static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        for (Charset charset : List.of(StandardCharsets.UTF_8, GB18030)) {
            try {
                return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.duplicate()).toString();
            } catch (CharacterCodingException e) {
                // try the next one
            }
        }
        throw new CsvRejected("无法识别文件的编码，请用 UTF-8 保存后重新上传");
    }

    private static String abbreviate(String text) {
        return text.length() > 30 ? text.substring(0, 30) + "…" : text;
    }

    /** The days as a file in this format, for download and correction. */
    static String write(List<CalendarDay> days) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (CalendarDay day : days) {
            csv.append(day.date()).append(',').append(day.kind() == DayKind.HOLIDAY ? "holiday" : "workday").append(',')
                    .append(quoted(day.name())).append('\n');
        }
        return csv.toString();
    }

    private static String quoted(String field) {
        return field.contains(",") || field.contains("\"") ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
