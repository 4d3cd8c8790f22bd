package org.ansoplatform.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/** Reads an XLSX back for the export tests: its rows with their formats, and the parts the reader does not expose. */
public final class Xlsx {

    private Xlsx() {
    }

    public static List<Row> rows(byte[] xlsx) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            return workbook.getFirstSheet().read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one part of the package, such as the first sheet ({@code xl/worksheets/sheet1.xml}) or its links. */
    public static String part(byte[] xlsx, String name) {
        // the zip's entries carry their sizes after the data, which ZipInputStream refuses: read it as a file
        try {
            Path file = Files.createTempFile("export", ".xlsx");
            try {
                Files.write(file, xlsx);
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    ZipEntry entry = zip.getEntry(name);
                    return entry == null ? "" : new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                }
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index of the column with this header in the first row. */
    public static int column(List<Row> rows, String header) {
        Row first = rows.get(0);
        for (int i = 0; i < first.getCellCount(); i++) {
            if (header.equals(first.getCellText(i))) {
                return i;
            }
        }
        throw new AssertionError("no column " + header + " in " + first);
    }
}
