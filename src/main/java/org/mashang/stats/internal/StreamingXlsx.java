package org.mashang.stats.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One worksheet written as an .xlsx straight into the response: the package's small parts first, then the sheet's rows
 * as they come, compressed on the way out. Nothing is kept but the row being written (POI's streaming workbook wrote
 * every row to a temporary file and copied it into the package at the end, and looked up a column style for each new
 * cell). Strings are written inline in their cells, as POI's streaming workbook does; the header row is bold and
 * frozen, every column the same width.
 */
final class StreamingXlsx implements AutoCloseable, ExcelExport.Sheet {

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            </Types>""";
    private static final String PACKAGE_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>""";
    private static final String WORKBOOK = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""";
    private static final String WORKBOOK_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            </Relationships>""";
    /** Style 0 plain, style 1 bold (the header). */
    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
            </styleSheet>""";
    private static final String SHEET_START = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>\
            </sheetView></sheetViews><sheetFormatPr defaultRowHeight="15" baseColWidth="16"/><sheetData>""";
    private static final String SHEET_END = "</sheetData></worksheet>";

    private final ZipOutputStream zip;
    private final Writer xml;
    private int rowNumber;

    /** Writes the package's parts and the header row; the caller then adds rows and closes it. */
    StreamingXlsx(OutputStream out, String sheetName, List<String> header) throws IOException {
        zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        // the CPU is what limits an export, not the bytes: the fastest compression (a third larger than the default)
        zip.setLevel(Deflater.BEST_SPEED);
        xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        part("[Content_Types].xml", CONTENT_TYPES);
        part("_rels/.rels", PACKAGE_RELS);
        part("xl/workbook.xml", WORKBOOK.formatted(escaped(sheetName)));
        part("xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
        part("xl/styles.xml", STYLES);
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        xml.write(SHEET_START);
        write(header.toArray(), " s=\"1\"");
    }

    /** One row of cells: numbers as numbers, anything else as its text, null as an empty cell. */
    @Override
    public void row(Object... cells) {
        try {
            write(cells, "");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        xml.write(SHEET_END);
        xml.flush();
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    private void part(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        xml.write(content);
        xml.flush();
        zip.closeEntry();
    }

    private void write(Object[] cells, String style) throws IOException {
        String r = Integer.toString(++rowNumber);
        xml.write("<row r=\"");
        xml.write(r);
        xml.write("\">");
        for (int i = 0; i < cells.length; i++) {
            Object value = cells[i];
            if (value == null) {
                continue;
            }
            xml.write("<c r=\"");
            xml.write(column(i));
            xml.write(r);
            xml.write('"');
            xml.write(style);
            if (value instanceof Number n) {
                xml.write("><v>");
                xml.write(n instanceof Integer || n instanceof Long ? n.toString() : Double.toString(n.doubleValue()));
                xml.write("</v></c>");
            } else {
                xml.write(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
                xml.write(escaped(value.toString()));
                xml.write("</t></is></c>");
            }
        }
        xml.write("</row>");
    }

    /** The column's letters: A … Z, AA … */
    static String column(int index) {
        StringBuilder letters = new StringBuilder(2);
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }

    /** The text for XML: markup characters escaped, control characters XML cannot hold left out. */
    static String escaped(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            String replacement = switch (ch) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0xFFFE || ch == 0xFFFF ? "" : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null && replacement != null) {
                out.append(replacement);
            } else if (out != null) {
                out.append(ch);
            }
        }
        return out == null ? text : out.toString();
    }
}
