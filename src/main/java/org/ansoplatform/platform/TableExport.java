package org.ansoplatform.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAccessor;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.HyperLink;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One table written as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read non-Latin
 * names correctly) or as XLSX. In XLSX, columns have a kind ({@link Column}): numbers, dates, date-times,
 * yes/no and links are typed cells and everything else is text, so a value typed by a user can never become
 * a formula; the header row is frozen and filtered. A CSV has no types, so a spreadsheet program reads a
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

    /** What a column holds, and so how its cells are written. */
    public enum Kind {
        TEXT, NUMBER, DATE, DATETIME, YES_NO, LINK
    }

    /** A column: its header and its kind. */
    public record Column(String header, Kind kind) {

        public static Column text(String header) {
            return new Column(header, Kind.TEXT);
        }

        public static Column of(String header, Kind kind) {
            return new Column(header, kind);
        }
    }

    /** A LINK cell: the text shown and the address it opens. */
    public record Link(String text, String url) {
    }

    /**
     * How the typed cells read: the zone instants are shown in (the call's, for an application) and the words for
     * yes and no in the reader's language.
     */
    public record Reading(ZoneId zone, String yes, String no) {

        public static final Reading DEFAULT = new Reading(ZoneOffset.UTC, "Yes", "No");
    }

    static final String DATE_FORMAT = "yyyy-mm-dd";
    static final String DATETIME_FORMAT = "yyyy-mm-dd hh:mm";

    /** An untyped table: numbers as numbers, everything else as text (the exports written before columns had kinds). */
    public static byte[] xlsx(String sheetName, List<String> headers, List<? extends List<?>> rows) {
        return xlsx(sheetName, headers.stream().map(Column::text).toList(), rows, Reading.DEFAULT);
    }

    public static byte[] xlsx(String sheetName, List<Column> columns, List<? extends List<?>> rows, Reading reading) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        xlsx(sheetName, columns, rows, reading, bytes);
        return bytes.toByteArray();
    }

    /**
     * A typed table into {@code out}: the header row bold, frozen and filtered; a date a date cell, an instant a
     * date-time in the reading's zone, a number a number, a yes/no the reader's word and a link a hyperlink. A
     * value that does not fit its column's kind is written as text rather than refused, since an answer stored
     * before a question changed type must still export.
     */
    public static void xlsx(String sheetName, List<Column> columns, List<? extends List<?>> rows, Reading reading, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "ANSO Platform", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
            for (int column = 0; column < columns.size(); column++) {
                sheet.value(0, column, columns.get(column).header());
                sheet.style(0, column).bold().set();
            }
            sheet.freezePane(0, 1);
            if (!columns.isEmpty()) {
                sheet.setAutoFilter(0, 0, columns.size() - 1);
            }
            for (int row = 0; row < rows.size(); row++) {
                List<?> values = rows.get(row);
                for (int column = 0; column < values.size(); column++) {
                    Kind kind = column < columns.size() ? columns.get(column).kind() : Kind.TEXT;
                    cell(sheet, row + 1, column, kind, values.get(column), reading);
                }
                if (row % 1000 == 999) {
                    sheet.flush();
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Worksheet sheet, int row, int column, Kind kind, Object value, Reading reading) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            sheet.value(row, column, number);
        } else if (value instanceof LocalDate date && kind != Kind.TEXT) {
            sheet.value(row, column, date);
            sheet.style(row, column).format(DATE_FORMAT).set();
        } else if (value instanceof Instant instant && kind == Kind.DATE) {
            sheet.value(row, column, instant.atZone(reading.zone()).toLocalDate());
            sheet.style(row, column).format(DATE_FORMAT).set();
        } else if (value instanceof Instant instant && kind == Kind.DATETIME) {
            sheet.value(row, column, instant.atZone(reading.zone()).toLocalDateTime());
            sheet.style(row, column).format(DATETIME_FORMAT).set();
        } else if (value instanceof Boolean yes && kind == Kind.YES_NO) {
            sheet.value(row, column, yes ? reading.yes() : reading.no());
        } else if (value instanceof Link link) {
            String text = link.text() == null || link.text().isBlank() ? link.url() : link.text();
            if (link.url() != null && (link.url().startsWith("https://") || link.url().startsWith("http://"))) {
                sheet.hyperlink(row, column, new HyperLink(link.url(), text));
            } else {
                sheet.value(row, column, text);
            }
        } else {
            sheet.value(row, column, text(value));
        }
    }

    /**
     * A typed table as CSV: dates and instants in ISO form (instants in the reading's zone), yes/no as the reader's
     * word, a link as its address; every text cell neutralised.
     */
    public static byte[] csv(List<Column> columns, List<? extends List<?>> rows, Reading reading) {
        List<List<Object>> plain = rows.stream().map(row -> row.stream().<Object>map(value -> {
            if (value instanceof Instant instant) {
                return instant.atZone(reading.zone()).toLocalDateTime().withSecond(0).withNano(0).toString().replace('T', ' ');
            }
            if (value instanceof Boolean yes) {
                return yes ? reading.yes() : reading.no();
            }
            if (value instanceof Link link) {
                return link.url();
            }
            return value;
        }).toList()).toList();
        return csv(columns.stream().map(Column::header).toList(), plain);
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
