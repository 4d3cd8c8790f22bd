package org.ansoplatform.files.preview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.stream.FileCacheImageInputStream;
import javax.imageio.stream.ImageInputStream;

import org.ansoplatform.files.BlobStore;
import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Previews of stored files for any module: the first rows of CSV, TSV and XLSX files, a thumbnail of PNG, JPEG, GIF,
 * BMP and TIFF images, the first page of a PDF. Pictures are rendered once and kept in the {@link BlobStore} under
 * {@code previews/<sha256>-<kind>.png} (the file's bytes never change, so neither does its picture); tables are read
 * again each time, from the file's first bytes. A broken or too large file gives {@link Preview.Unavailable}, never an
 * exception; a type without previews gives nothing. Checks no access: the caller shows only what the reader may open.
 */
@Service
public class FilePreviews {

    static final Set<String> TABLES = Set.of("text/csv", "text/tab-separated-values");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/gif", "image/bmp", "image/tiff");
    static final String PDF = "application/pdf";
    /** Larger files are not copied to be read for a picture or a workbook. */
    static final long MAX_BYTES = 512L * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(FilePreviews.class);

    private final FileStorage storage;
    private final BlobStore blobs;
    private final Path temporary;

    FilePreviews(FileStorage storage, BlobStore blobs, DataDirectory dataDirectory) {
        this.storage = storage;
        this.blobs = blobs;
        this.temporary = dataDirectory.resolve("files").resolve("tmp");
    }

    /** Whether files of the type (and name: a CSV detected as plain text) have previews. */
    public boolean previewable(String mediaType, String name) {
        return !kind(mediaType, name).isEmpty();
    }

    /**
     * The type a preview reads the file as, or {@code ""}: a CSV or TSV may be detected as plain text, and an XLSX as
     * a plain zip where only the zip container is recognised; the name then tells.
     */
    private static String kind(String mediaType, String name) {
        String type = base(mediaType);
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (TABLES.contains(type) || "text/plain".equals(type) && (n.endsWith(".csv") || n.endsWith(".tsv"))) {
            return n.endsWith(".tsv") ? "text/tab-separated-values" : type.equals("text/plain") ? "text/csv" : type;
        }
        if (XLSX.equals(type) || "application/zip".equals(type) && n.endsWith(".xlsx")) {
            return XLSX;
        }
        return IMAGES.contains(type) || PDF.equals(type) ? type : "";
    }

    /** The file's preview, or empty for a type that has none. */
    public Optional<Preview> preview(StoredFile file) {
        String type = kind(file.mediaType(), file.originalName());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (TABLES.contains(type)) {
                boolean tabs = type.equals("text/tab-separated-values");
                try (InputStream in = storage.open(file, 0, Math.min(file.size(), TablePreviews.TEXT_BYTES + 1L))) {
                    return Optional.of(TablePreviews.text(in, tabs));
                }
            }
            if (file.size() > MAX_BYTES) {
                return Optional.of(new Preview.Unavailable(Preview.Unavailable.TOO_LARGE));
            }
            if (XLSX.equals(type)) {
                return Optional.of(withCopy(file, TablePreviews::xlsx));
            }
            String kind = PDF.equals(type) ? "page1" : "thumbnail";
            String key = "previews/" + file.sha256() + "-" + kind + ".png";
            if (blobs.exists(key)) {
                return Optional.of(new Preview.Picture(key));
            }
            if (PDF.equals(type)) {
                return Optional.of(withCopy(file, copy -> picture(key, PicturePreviews.pdf(copy))));
            }
            // an image is read as a stream cached in a temporary file as it is read: its header comes first, and a
            // refused image is never copied whole
            try (InputStream in = storage.open(file);
                    ImageInputStream image = new FileCacheImageInputStream(in, Files.createDirectories(temporary).toFile())) {
                return Optional.of(picture(key, PicturePreviews.image(image)));
            }
        } catch (PicturePreviews.Refused refused) {
            return Optional.of(new Preview.Unavailable(refused.reason));
        } catch (IOException | RuntimeException broken) {
            log.debug("No preview of file {}: {}", file.id(), broken.toString());
            return Optional.of(new Preview.Unavailable(Preview.Unavailable.BROKEN));
        }
    }

    /** The picture's PNG bytes; the caller closes the stream. */
    public InputStream open(Preview.Picture picture) throws IOException {
        return blobs.open(picture.key());
    }

    private Preview picture(String key, BufferedImage image) throws IOException {
        Path png = Files.createTempFile(Files.createDirectories(temporary), "preview-", ".png");
        try {
            try (OutputStream out = Files.newOutputStream(png)) {
                if (!ImageIO.write(image, "png", out)) {
                    return new Preview.Unavailable(Preview.Unavailable.BROKEN);
                }
            }
            blobs.put(key, png);
            return new Preview.Picture(key);
        } finally {
            Files.deleteIfExists(png);
        }
    }

    private interface Reading {
        Preview read(Path copy) throws IOException, PicturePreviews.Refused;
    }

    /** Reads a copy of the file in a temporary file (random access for workbooks, PDFs and image headers). */
    private Preview withCopy(StoredFile file, Reading reading) throws IOException, PicturePreviews.Refused {
        Path copy = Files.createTempFile(Files.createDirectories(temporary), "preview-", ".part");
        try {
            try (InputStream in = storage.open(file)) {
                Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return reading.read(copy);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static String base(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
