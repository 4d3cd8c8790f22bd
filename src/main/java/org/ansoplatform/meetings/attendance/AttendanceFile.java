package org.ansoplatform.meetings.attendance;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ansoplatform.platform.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The addresses in an attendance export of a video-conference tool, as they come: Zoom's participants report
 * (a column User Email), Teams' attendance report (UTF-16, tab-separated, a summary before the list of
 * participants, a column Email), Webex's (Attendee Email) or a plain list with a column {@code email}. The header is the first line with one of the known email columns; lines before it (a
 * meeting summary) are skipped. Pure: no Spring, no SQL.
 */
final class AttendanceFile {

    /** Header names of the email column, as lower-case text without spaces, dashes or underscores. */
    static final Set<String> EMAIL_COLUMNS = Set.of("email", "emailaddress", "useremail", "attendeeemail",
            "participantemail", "mail", "电子邮件", "邮箱", "邮箱地址");

    /** An address read from the file and the line it is on. */
    record Entry(long line, String email) {
    }

    private AttendanceFile() {
    }

    static List<Entry> read(byte[] content) {
        Charset charset = charset(content);
        int skip = charset == StandardCharsets.UTF_8 && content.length >= 3 && (content[0] & 0xFF) == 0xEF ? 3 : 0;
        String text = new String(content, skip, content.length - skip, charset).replace("\uFEFF", "");
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            char delimiter = delimiter(lines.get(i));
            List<String> cells = split(lines.get(i), delimiter);
            int column = emailColumn(cells);
            if (column >= 0) {
                return entries(lines.subList(i + 1, lines.size()), i + 1, delimiter, column);
            }
        }
        throw new InvalidInputException("file", "meetings.error.csvMissingEmail");
    }

    private static List<Entry> entries(List<String> rest, int headerLine, char delimiter, int column) {
        List<Entry> entries = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).setIgnoreEmptyLines(false).get();
        try (Reader reader = new java.io.StringReader(String.join("\n", rest)); CSVParser rows = CSVParser.parse(reader, format)) {
            for (CSVRecord row : rows) {
                long line = headerLine + row.getRecordNumber();
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                String email = column < row.size() ? row.get(column).strip().toLowerCase(Locale.ROOT) : "";
                entries.add(new Entry(line, email));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException("file", "meetings.error.csvUnreadable");
        }
        return entries;
    }

    private static int emailColumn(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-\"]", "");
            if (EMAIL_COLUMNS.contains(name)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> split(String line, char delimiter) {
        try (CSVParser parser = CSVParser.parse(line, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return List.of();
        }
    }

    private static char delimiter(String line) {
        return line.indexOf('\t') >= 0 ? '\t' : line.indexOf(';') >= 0 && line.indexOf(',') < 0 ? ';' : ',';
    }

    /** Teams writes UTF-16 with a byte-order mark; the others UTF-8, with or without one. */
    private static Charset charset(byte[] content) {
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return StandardCharsets.UTF_8;
    }

    static byte[] bytes(InputStream in) {
        try {
            return in.readNBytes(10 * 1024 * 1024);
        } catch (IOException e) {
            throw new InvalidInputException("file", "meetings.error.csvUnreadable");
        }
    }
}
