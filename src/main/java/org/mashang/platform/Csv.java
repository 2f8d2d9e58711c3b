package org.mashang.platform;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reading the CSV files administrators upload (the holiday calendar, the routing catalogue), as RFC 4180 has it: fields
 * separated by commas, "quoted" when they hold commas, quotes or line breaks, a quote inside written twice.
 */
public final class Csv {

    private Csv() {
    }

    /** The rows of a whole file; a quoted field may span lines. */
    public static List<List<String>> rows(String text) {
        Scan scan = scan(text, true);
        if (scan.field.length() > 0 || !scan.row.isEmpty()) {
            scan.endField();
            scan.rows.add(scan.row);
        }
        return scan.rows;
    }

    /** The fields of one line; null when a quote is left open. */
    public static @Nullable List<String> fields(String line) {
        Scan scan = scan(line, false);
        if (scan.quoted) {
            return null;
        }
        scan.endField();
        return scan.row;
    }

    private static Scan scan(String text, boolean lineBreaksEndRows) {
        Scan scan = new Scan();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (scan.quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    scan.field.append('"');
                    i++;
                } else if (ch == '"') {
                    scan.quoted = false;
                } else {
                    scan.field.append(ch);
                }
            } else if (ch == '"') {
                scan.quoted = true;
            } else if (ch == ',') {
                scan.endField();
            } else if (lineBreaksEndRows && (ch == '\n' || ch == '\r')) {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                scan.endField();
                scan.rows.add(scan.row);
                scan.row = new ArrayList<>();
            } else {
                scan.field.append(ch);
            }
        }
        return scan;
    }

    /** Where reading has got to: the rows read, the row and the field being read, whether inside quotes. */
    private static final class Scan {

        final List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        final StringBuilder field = new StringBuilder();
        boolean quoted;

        void endField() {
            row.add(field.toString());
            field.setLength(0);
        }
    }
}
