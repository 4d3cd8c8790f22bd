package org.ansoplatform.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What Apache Tika makes of a file: its type from the bytes alone, the type its name claims, whether the two
 * agree, and how to name a type to a person in their language.
 */
final class ContentTypes {

    /** Never accepted, whatever a caller allows; their specialisations (such as ELF shared libraries) neither. */
    static final Set<String> EXECUTABLES = Set.of(
            "application/x-msdownload", "application/x-executable", "application/x-dosexec", "application/x-elf",
            "application/x-sharedlib", "application/java-archive", "application/x-sh");

    private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();
    private final MediaTypeRegistry registry = mimeTypes.getMediaTypeRegistry();
    private final Detector detector = new DefaultDetector(mimeTypes);

    /** The type of the content, from its bytes only: no file name goes in as a hint. */
    MediaType detect(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return detector.detect(in, new Metadata()).getBaseType();
        }
    }

    /**
     * Whether content detected as {@code type} is built like one, for the types whose magic bytes alone prove
     * little: a PDF must open in Apache PDFBox with its catalog and page tree, so {@code %PDF-} followed by
     * HTML is not one. An encrypted PDF opened as far as its password counts as one. Other types pass.
     */
    boolean structurallySound(Path file, MediaType type) {
        if (!type.getBaseType().toString().equals("application/pdf")) {
            return true;
        }
        try (PDDocument document = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            return document.getDocumentCatalog() != null && document.getDocumentCatalog().getPages() != null;
        } catch (InvalidPasswordException encrypted) {
            return true;
        } catch (IOException | RuntimeException broken) {
            return false;
        }
    }

    /** The type the file name's extension stands for, or application/octet-stream if it says nothing. */
    MediaType impliedByName(String name) {
        if (name == null || name.indexOf('.') < 0) {
            return MediaType.OCTET_STREAM;
        }
        return mimeTypes.getMimeType(name).getType().getBaseType();
    }

    boolean isExecutable(MediaType type) {
        String base = type.getBaseType().toString();
        if (EXECUTABLES.contains(base) || base.startsWith("application/x-mach-o")) {
            return true;
        }
        return EXECUTABLES.stream().anyMatch(executable -> registry.isSpecializationOf(type, MediaType.parse(executable)));
    }

    /**
     * Whether content of type {@code detected} may honestly carry a name that implies {@code named}: the same
     * type, or one a special case of the other (a .csv name on content Tika only knows as text, a .docx name on
     * content it only knows as a zip). Content Tika does not recognise at all does not match a specific name.
     */
    boolean consistent(MediaType named, MediaType detected) {
        if (named.equals(MediaType.OCTET_STREAM) || named.equals(detected)) {
            return true;
        }
        if (isExecutable(named) && isExecutable(detected)) {
            return true;
        }
        if (registry.isSpecializationOf(detected, named)) {
            return true;
        }
        return !detected.equals(MediaType.OCTET_STREAM) && registry.isSpecializationOf(named, detected);
    }

    /** Whether a caller's list allows this type; entries may be exact types or {@code image/*}. */
    static boolean accepts(Collection<String> accepted, MediaType type) {
        String base = type.getBaseType().toString();
        return accepted.stream()
                .map(entry -> entry.strip().toLowerCase(Locale.ROOT))
                .anyMatch(entry -> entry.equals(base) || entry.endsWith("/*") && base.startsWith(entry.substring(0, entry.length() - 1)));
    }

    /** The types as people know them by their usual extension, such as <code>JPG, PDF, PNG, TXT</code>. */
    String formats(Collection<String> types) {
        return types.stream().map(this::format).sorted().distinct().collect(Collectors.joining(", "));
    }

    private String format(String type) {
        if (type.endsWith("/*")) {
            return type;
        }
        try {
            String extension = mimeTypes.forName(type).getExtension();
            return extension.isEmpty() ? type : extension.substring(1).toUpperCase(Locale.ROOT);
        } catch (MimeTypeException e) {
            return type;
        }
    }

    /** The types and their usual extensions, for a file input's {@code accept} attribute. */
    String acceptAttribute(Collection<String> types) {
        return types.stream().sorted().flatMap(type -> {
            try {
                String extension = mimeTypes.forName(type).getExtension();
                return extension.isEmpty() ? Stream.of(type) : Stream.of(type, extension);
            } catch (MimeTypeException e) {
                return Stream.of(type);
            }
        }).distinct().collect(Collectors.joining(","));
    }

    /** A type as a phrase in the reader's language, such as <em>a PDF document</em> or <em>an executable program</em>. */
    MessageSourceResolvable describe(MediaType type) {
        String base = type.getBaseType().toString();
        String kind;
        if (isExecutable(type)) {
            kind = "executable";
        } else if (base.equals("application/pdf")) {
            kind = "pdf";
        } else if (base.equals("image/png")) {
            kind = "png";
        } else if (base.equals("image/jpeg")) {
            kind = "jpeg";
        } else if (base.startsWith("image/")) {
            kind = "image";
        } else if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
            kind = "html";
        } else if (base.startsWith("text/")) {
            kind = "text";
        } else if (Set.of("application/zip", "application/gzip", "application/x-tar", "application/x-7z-compressed",
                "application/x-rar-compressed", "application/x-bzip2", "application/x-xz").contains(base)) {
            kind = "archive";
        } else if (base.equals("application/msword") || base.startsWith("application/vnd.openxmlformats-officedocument.")
                || base.startsWith("application/vnd.ms-") || base.startsWith("application/vnd.oasis.opendocument.")
                || base.equals("application/x-tika-ooxml") || base.equals("application/x-tika-msoffice")) {
            kind = "office";
        } else if (base.equals(MediaType.OCTET_STREAM.toString())) {
            kind = "unknown";
        } else {
            return new DefaultMessageSourceResolvable(new String[] {"files.kind.other"}, new Object[] {base});
        }
        return new DefaultMessageSourceResolvable("files.kind." + kind);
    }
}
