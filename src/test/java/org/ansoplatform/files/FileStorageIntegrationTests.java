package org.ansoplatform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.platform.DataDirectory;
import org.ansoplatform.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class FileStorageIntegrationTests extends IntegrationTest {

    @Autowired
    FileStorage storage;

    @Autowired
    DataDirectory dataDirectory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    ApplicationEvents events;

    final UUID owner = UUID.randomUUID();

    @Test
    void storesAPdfWithItsHashSizeAndDetectedType() throws IOException {
        byte[] pdf = TestFiles.pdf();

        StoredFile stored = storage.store(owner, "Annual report.pdf", new ByteArrayInputStream(pdf),
                FileStorage.DOCUMENT_TYPES);

        assertThat(stored.sha256()).isEqualTo(TestFiles.sha256(pdf));
        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.originalName()).isEqualTo("Annual report.pdf");
        assertThat(stored.ownerId()).isEqualTo(owner);
        assertThat(storage.find(stored.id())).contains(stored);
        assertThat(storage.ownedBy(owner)).containsExactly(stored);
        // the object is in whichever store the platform runs on (the data directory, or S3 in files-on-s3)
        assertThat(storage.blobs().size(stored.sha256())).hasValue(pdf.length);
        try (InputStream in = storage.blobs().open(stored.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(stored.md5()).isEqualTo(md5(pdf));
        try (InputStream in = storage.open(stored)) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(events.stream(FileStored.class).filter(event -> event.fileId().equals(stored.id())))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.action()).isEqualTo("file.stored");
                    assertThat(event.recordType()).isEqualTo("file");
                    assertThat(event.recordId()).isEqualTo(stored.id().toString());
                    assertThat(event.ownerId()).isEqualTo(owner);
                    assertThat(event.detail()).isEqualTo("application/pdf, " + pdf.length + " bytes");
                });
    }

    @Test
    void storesAPngImage() {
        byte[] png = TestFiles.png();

        StoredFile stored = storage.store(owner, "photo.png", new ByteArrayInputStream(png), FileStorage.DOCUMENT_TYPES);

        assertThat(stored.mediaType()).isEqualTo("image/png");
        assertThat(stored.size()).isEqualTo(png.length);
    }

    @Test
    void theSameBytesTwiceMakeTwoRowsAndOneBlob() {
        byte[] pdf = TestFiles.pdf();
        long filesBefore = objects();

        StoredFile first = storage.store(owner, "a.pdf", new ByteArrayInputStream(pdf), FileStorage.DOCUMENT_TYPES);
        StoredFile second = storage.store(owner, "b.pdf", new ByteArrayInputStream(pdf), FileStorage.DOCUMENT_TYPES);

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(first.sha256()).isEqualTo(second.sha256());
        assertThat(rowsWithSha(first.sha256())).isEqualTo(2);
        assertThat(objects()).isEqualTo(filesBefore + 1);
        assertThat(storage.ownedBy(owner)).extracting(StoredFile::originalName).containsExactlyInAnyOrder("a.pdf", "b.pdf");
    }

    @Test
    void aLinuxExecutableNamedAsAPdfIsRefusedAsDisguisedAndNothingIsStored() {
        assertRefusedAndNothingStored("report.pdf", TestFiles.elf(), "files.error.disguised");
    }

    @Test
    void aBareElfHeaderNamedAsAPdfIsRefusedAsDisguised() {
        byte[] bare = new byte[256];
        bare[0] = 0x7F;
        bare[1] = 'E';
        bare[2] = 'L';
        bare[3] = 'F';
        assertRefusedAndNothingStored("report.pdf", bare, "files.error.disguised");
    }

    @Test
    void aWindowsExecutableNamedAsAPdfIsRefusedAsDisguisedAndNothingIsStored() {
        assertRefusedAndNothingStored("report.pdf", TestFiles.pe(), "files.error.disguised");
    }

    @Test
    void htmlBehindThePdfMagicBytesIsRefusedAsNoReadablePdfAndNothingIsStored() {
        byte[] fake = ("%PDF-1.4\n<html><body><script>alert(document.cookie)</script>" + UUID.randomUUID() + "</body></html>\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertRefusedAndNothingStored("cv.pdf", fake, "files.error.broken");
        // a real PDF, however small, is still stored
        assertThat(storage.store(owner, "cv.pdf", new ByteArrayInputStream(TestFiles.pdf()), FileStorage.DOCUMENT_TYPES).mediaType())
                .isEqualTo("application/pdf");
    }

    @Test
    void textNamedAsAPngIsRefusedAsDisguised() {
        assertRefusedAndNothingStored("photo.png", TestFiles.text(), "files.error.disguised");
    }

    @Test
    void theDisguiseMessageNamesBothTypesInTheReadersLanguage() {
        InvalidInputException refusal = refusal("report.pdf", TestFiles.pe(), FileStorage.DOCUMENT_TYPES);
        InvalidInputException.Violation violation = refusal.violations().get(0);

        assertThat(messages.getMessage(violation.messageKey(), violation.args(), Locale.ENGLISH))
                .isEqualTo("The file is named as a PDF document, but its content is an executable program. "
                        + "It has not been stored.");
        assertThat(messages.getMessage(violation.messageKey(), violation.args(), Locale.CHINESE))
                .contains("PDF 文档").contains("可执行程序");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefusedAndNothingStored("empty.pdf", new byte[0], "files.error.empty");
    }

    @Test
    void aFileOverTheLimitIsRefusedAndNothingIsStored() {
        byte[] pdf = TestFiles.pdf();
        long rowsBefore = rows();
        long filesBefore = objects();

        assertThatThrownBy(() -> storage.store(owner, "big.pdf", new ByteArrayInputStream(pdf), FileStorage.DOCUMENT_TYPES,
                pdf.length - 1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("file");
                        assertThat(v.messageKey()).isEqualTo("files.error.tooLarge");
                        assertThat(v.args()).containsExactly((pdf.length - 1) + " B");
                    });
                });
        assertThat(rows()).isEqualTo(rowsBefore);
        assertThat(objects()).isEqualTo(filesBefore);
        // exactly at the limit is fine
        assertThat(storage.store(owner, "fits.pdf", new ByteArrayInputStream(pdf), FileStorage.DOCUMENT_TYPES,
                pdf.length).size()).isEqualTo(pdf.length);
    }

    @Test
    void theConfiguredLimitStopsReadingALargeUploadEarly() {
        long limit = storage.maxSize().toBytes();
        CountingStream endless = new CountingStream(limit * 10);
        long rowsBefore = rows();
        long filesBefore = objects();

        assertThatThrownBy(() -> storage.store(owner, "huge.pdf", endless, FileStorage.DOCUMENT_TYPES))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).args())
                        .containsExactly("20 MB"));

        assertThat(endless.read).isGreaterThan(limit).isLessThan(limit + 1024 * 1024);
        assertThat(rows()).isEqualTo(rowsBefore);
        assertThat(objects()).isEqualTo(filesBefore);
    }

    @Test
    void executablesAreNeverAcceptedEvenWhenTheCallerAllowsThem() {
        Set<String> everything = Set.of("application/x-executable", "application/x-elf", "application/x-msdownload",
                "application/x-dosexec", "application/octet-stream");

        assertThat(refusal("tool", TestFiles.elf(), everything).violations().get(0).messageKey())
                .isEqualTo("files.error.type");
        assertThat(refusal("setup.exe", TestFiles.pe(), everything).violations().get(0).messageKey())
                .isEqualTo("files.error.type");
    }

    @Test
    void aTypeTheCallerDoesNotAcceptIsRefusedWithTheAcceptedFormats() {
        InvalidInputException refusal = refusal("photo.png", TestFiles.png(), Set.of("application/pdf", "text/plain"));
        InvalidInputException.Violation violation = refusal.violations().get(0);

        assertThat(violation.messageKey()).isEqualTo("files.error.type");
        assertThat(messages.getMessage(violation.messageKey(), violation.args(), Locale.ENGLISH))
                .isEqualTo("This kind of file is not accepted: the content is a PNG image. Accepted formats: PDF, TXT.");
    }

    @Test
    void theNameIsKeptWithoutPathOrInvisibleCharacters() {
        StoredFile stored = storage.store(owner, "C:\\Users\\me\\report\u202Efdp.txt", new ByteArrayInputStream(TestFiles.text()),
                FileStorage.DOCUMENT_TYPES);

        assertThat(stored.originalName()).isEqualTo("reportfdp.txt");
        assertThat(stored.mediaType()).isEqualTo("text/plain");
    }

    @Test
    void aNameWithoutExtensionIsJudgedByContentAlone() {
        StoredFile stored = storage.store(owner, "scan", new ByteArrayInputStream(TestFiles.pdf()), FileStorage.DOCUMENT_TYPES);

        assertThat(stored.mediaType()).isEqualTo("application/pdf");
    }

    private void assertRefusedAndNothingStored(String name, byte[] content, String key) {
        long rowsBefore = rows();
        long filesBefore = objects();

        InvalidInputException refusal = refusal(name, content, FileStorage.DOCUMENT_TYPES);

        assertThat(refusal.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("file");
            assertThat(v.messageKey()).isEqualTo(key);
        });
        assertThat(rows()).isEqualTo(rowsBefore);
        assertThat(objects()).isEqualTo(filesBefore);
        assertThat(events.stream(FileStored.class)).isEmpty();
    }

    private InvalidInputException refusal(String name, byte[] content, Set<String> accepted) {
        try {
            storage.store(owner, name, new ByteArrayInputStream(content), accepted);
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError(name + " was stored");
    }

    private static String md5(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Objects in the platform's store, whichever it is, plus leftovers in the temporary directory. */
    private long objects() {
        long[] count = {TestFiles.countFiles(dataDirectory.resolve("files").resolve("tmp"))};
        try {
            storage.blobs().forEachKey(key -> count[0]++);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return count[0];
    }

    private long rows() {
        return jdbc.sql("select count(*) from files.stored_file").query(Long.class).single();
    }

    private long rowsWithSha(String sha256) {
        return jdbc.sql("select count(*) from files.stored_file where sha256 = ?").param(sha256).query(Long.class).single();
    }

    /** A stream of blanks of the given length that nobody needs to hold in memory, counting what is read. */
    static final class CountingStream extends InputStream {
        private final long length;
        long read;

        CountingStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (read >= length) {
                return -1;
            }
            read++;
            return ' ';
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - read);
            Arrays.fill(buffer, offset, offset + n, (byte) ' ');
            read += n;
            return n;
        }
    }
}
