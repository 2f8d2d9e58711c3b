package org.mashang.stats.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes an .xlsx of one sheet as its rows come ({@link StreamingXlsx}): the download starts with the first rows and
 * memory holds only the row being written, so any size fits.
 */
public final class ExcelExport {

    private ExcelExport() {
    }

    /** A sheet being written; {@link #row} appends one row of cells (strings, numbers, null for empty). */
    @FunctionalInterface
    public interface Sheet {
        void row(Object... cells);
    }

    public static void write(OutputStream out, String sheetName, List<String> header, Consumer<Sheet> rows) throws IOException {
        try (StreamingXlsx sheet = new StreamingXlsx(out, sheetName, header)) {
            rows.accept(sheet);
        }
    }
}
