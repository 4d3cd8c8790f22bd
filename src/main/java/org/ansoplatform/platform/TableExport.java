package org.ansoplatform.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One table written as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read non-Latin
 * names correctly) or as XLSX. Numbers stay numbers in XLSX; everything else is written as text, so a
 * value typed by a user can never become a formula. A CSV has no types, so a spreadsheet program reads a
 * text cell that begins like a formula as one: such cells get a leading apostrophe (OWASP's advice against
 * CSV injection, decision 50). Cells given as numbers are typed, so a negative number stays a number.
 */
public final class TableExport {

    public static final String CSV_TYPE = "text/csv;charset=UTF-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TableExport() {
    }

    public static byte[] csv(List<String> headers, List<? extends List<?>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(headers.toArray(String[]::new)).get())) {
            bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(TableExport::csvCell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] xlsx(String sheetName, List<String> headers, List<? extends List<?>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "ANSO Platform", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
            for (int column = 0; column < headers.size(); column++) {
                sheet.value(0, column, headers.get(column));
                sheet.style(0, column).bold().set();
            }
            for (int row = 0; row < rows.size(); row++) {
                List<?> values = rows.get(row);
                for (int column = 0; column < values.size(); column++) {
                    Object value = values.get(column);
                    if (value instanceof Number number) {
                        sheet.value(row + 1, column, number);
                    } else if (value != null) {
                        sheet.value(row + 1, column, text(value));
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A cell of a CSV: a number as it is, any other value as text that no spreadsheet program runs. */
    static String csvCell(Object value) {
        if (value instanceof Number) {
            return String.valueOf(value);
        }
        return neutralised(text(value));
    }

    /**
     * Text as a spreadsheet program shows it rather than evaluates it: a value beginning with one of the
     * characters that start a formula ({@code = + - @}, tab or carriage return) gets an apostrophe in front.
     */
    public static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate || value instanceof TemporalAccessor) {
            return value.toString();
        }
        return String.valueOf(value);
    }
}
