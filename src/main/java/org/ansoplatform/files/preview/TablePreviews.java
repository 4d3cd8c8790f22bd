package org.ansoplatform.files.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first rows of a table. A CSV or TSV is read from its first {@link #TEXT_BYTES} only (never the whole file),
 * its charset from a byte order mark, else UTF-8 if the bytes are valid UTF-8, else ICU's guess; its delimiter the
 * one of {@code , ; tab |} found the same number of times on the first lines. An XLSX's first sheet is read as a
 * stream of rows and closed after the last one shown. Rows, columns and cells are cut to bounded sizes.
 */
final class TablePreviews {

    static final int ROWS = 50;
    static final int COLUMNS = 50;
    static final int CELL = 200;
    static final int TEXT_BYTES = 1024 * 1024;
    /** An XLSX whose parts declare more than this uncompressed is not opened (a zip bomb). */
    static final long XLSX_UNCOMPRESSED = 512L * 1024 * 1024;
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private TablePreviews() {
    }

    static Preview text(InputStream in, boolean tabs) throws IOException {
        byte[] head = in.readNBytes(TEXT_BYTES);
        boolean truncated = in.read() != -1;
        int end = head.length;
        if (truncated) {
            // the last line is cut: keep whole lines only
            while (end > 0 && head[end - 1] != '\n') {
                end--;
            }
            if (end == 0) {
                end = head.length;
            }
        }
        String text = decode(head, end);
        char delimiter = tabs ? '\t' : delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<List<String>> rows = new ArrayList<>();
        boolean more = truncated;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (rows.size() == ROWS) {
                    more = true;
                    break;
                }
                List<String> row = new ArrayList<>();
                for (int i = 0; i < Math.min(record.size(), COLUMNS); i++) {
                    row.add(cell(record.get(i)));
                }
                rows.add(row);
            }
        }
        return new Preview.Table(rows, more);
    }

    static Preview xlsx(Path file) throws IOException {
        if (declaredSize(file) > XLSX_UNCOMPRESSED) {
            return new Preview.Unavailable(Preview.Unavailable.TOO_LARGE);
        }
        List<List<String>> rows = new ArrayList<>();
        boolean more = false;
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            Iterator<Row> iterator = stream.iterator();
            while (iterator.hasNext()) {
                Row row = iterator.next();
                if (rows.size() == ROWS) {
                    more = true;
                    break;
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.min(row.getCellCount(), COLUMNS); i++) {
                    Cell c = row.getCell(i);
                    cells.add(c == null || c.getText() == null ? "" : cell(c.getText()));
                }
                rows.add(cells);
            }
        }
        return new Preview.Table(rows, more);
    }

    private static long declaredSize(Path file) throws IOException {
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                total += Math.max(0, entry.getSize());
            }
        }
        return total;
    }

    private static String cell(String value) {
        String v = value == null ? "" : value;
        return v.length() > CELL ? v.substring(0, CELL) + "…" : v;
    }

    static String decode(byte[] bytes, int length) {
        if (length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, length - 3, StandardCharsets.UTF_8);
        }
        if (length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new String(bytes, 2, length - 2, StandardCharsets.UTF_16LE);
        }
        if (length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new String(bytes, 2, length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, 0, length, guess(bytes, length));
        }
    }

    private static Charset guess(byte[] bytes, int length) {
        try {
            CharsetDetector detector = new CharsetDetector();
            detector.setText(java.util.Arrays.copyOf(bytes, Math.min(length, 64 * 1024)));
            CharsetMatch match = detector.detect();
            return match == null ? Charset.forName("windows-1252") : Charset.forName(match.getName());
        } catch (RuntimeException unknown) {
            return Charset.forName("windows-1252");
        }
    }

    /** The delimiter found the same number of times (at least once) on each of the first lines, the most often. */
    static char delimiter(String text) {
        String[] lines = text.split("\r?\n", 11);
        int count = Math.max(1, Math.min(lines.length, 10));
        char best = ',';
        int bestCount = 0;
        for (char d : DELIMITERS) {
            int first = occurrences(lines[0], d);
            boolean steady = first > 0;
            for (int i = 1; i < count && steady; i++) {
                steady = lines[i].isEmpty() || occurrences(lines[i], d) == first;
            }
            if (steady && first > bestCount) {
                best = d;
                bestCount = first;
            }
        }
        if (bestCount == 0) {
            for (char d : DELIMITERS) {
                int n = occurrences(lines[0], d);
                if (n > bestCount) {
                    best = d;
                    bestCount = n;
                }
            }
        }
        return best;
    }

    private static int occurrences(String line, char d) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == d && !quoted) {
                n++;
            }
        }
        return n;
    }
}
