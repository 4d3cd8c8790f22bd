package org.ansoplatform.files.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.files.BlobStore;
import org.ansoplatform.files.StoredFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Previews of every kind from bytes put in the blob store as the files' own: tables cut to their first rows with
 * their delimiter and charset found, pictures at most 1200 pixels kept under a derived key, and a plain reason for a
 * broken workbook and for an image whose header claims ten gigapixels (never decoded).
 */
class FilePreviewsTests extends IntegrationTest {

    @Autowired FilePreviews previews;
    @Autowired BlobStore blobs;

    @Test
    void aCsvShowsItsFirstFiftyRowsWithItsDelimiterAndCharsetFound() throws Exception {
        Preview.Table table = (Preview.Table) previews.preview(file("gauges.csv", "text/csv", PreviewSamples.csv(120, ';'))).orElseThrow();
        assertThat(table.rows()).hasSize(50);
        assertThat(table.more()).isTrue();
        assertThat(table.rows().get(0)).containsExactly("station", "day", "mm");
        assertThat(table.rows().get(1)).containsExactly("Gauge 1", "2021-05-2", "0.1");

        Preview.Table tabs = (Preview.Table) previews.preview(file("gauges.tsv", "text/tab-separated-values",
                PreviewSamples.csv(3, '\t'))).orElseThrow();
        assertThat(tabs.rows()).hasSize(3);
        assertThat(tabs.more()).isFalse();
        assertThat(tabs.columns()).isEqualTo(3);

        String french = "ville,pluie,remarque\nSète,3,été très sec à la côte\nNîmes,4,pluies légères en début de journée\n"
                + "Béziers,2,très peu de pluie pendant la période étudiée\nArlès,5,des données complétées à la main\n";
        byte[] latin = french.getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Preview.Table guessed = (Preview.Table) previews.preview(file("villes.csv", "text/plain", latin)).orElseThrow();
        assertThat(guessed.rows().get(1).get(0)).isEqualTo("Sète");
        byte[] bom = ("\uFEFFгород,мм\nМосква,3\n").getBytes(StandardCharsets.UTF_8);
        assertThat(((Preview.Table) previews.preview(file("города.csv", "text/csv", bom)).orElseThrow()).rows().get(0))
                .containsExactly("город", "мм");
    }

    @Test
    void anXlsxShowsItsFirstSheetsFirstRowsAndABrokenOneSaysSo() throws Exception {
        Preview.Table table = (Preview.Table) previews.preview(file("gauges.xlsx", FilePreviews.XLSX, PreviewSamples.xlsx(80)))
                .orElseThrow();
        assertThat(table.rows()).hasSize(50);
        assertThat(table.more()).isTrue();
        assertThat(table.rows().get(0)).containsExactly("station", "mm");
        assertThat(table.rows().get(49)).containsExactly("Gauge 49", "49");

        assertThat(previews.preview(file("broken.xlsx", FilePreviews.XLSX, PreviewSamples.brokenXlsx())))
                .contains(new Preview.Unavailable(Preview.Unavailable.BROKEN));
        assertThat(previews.preview(file("broken.xlsx", "application/zip", PreviewSamples.brokenXlsx())))
                .contains(new Preview.Unavailable(Preview.Unavailable.BROKEN));
    }

    @Test
    void imagesAndPdfsGivePicturesAtMost1200PixelsKeptUnderADerivedKey() throws Exception {
        StoredFile png = file("map.png", "image/png", PreviewSamples.image(3000, 2000, "png"));
        Preview.Picture picture = (Preview.Picture) previews.preview(png).orElseThrow();
        assertThat(picture.key()).isEqualTo("previews/" + png.sha256() + "-thumbnail.png");
        assertThat(picture.etag()).isEqualTo("\"" + png.sha256() + "-thumbnail\"");
        BufferedImage thumbnail = read(picture);
        assertThat(thumbnail.getWidth()).isEqualTo(1200);
        assertThat(thumbnail.getHeight()).isEqualTo(800);
        assertThat(blobs.exists(picture.key())).isTrue();
        assertThat(previews.preview(png)).contains(picture);

        Preview.Picture jpeg = (Preview.Picture) previews.preview(file("photo.jpg", "image/jpeg",
                PreviewSamples.image(640, 480, "jpg"))).orElseThrow();
        assertThat(read(jpeg).getWidth()).isEqualTo(640);

        StoredFile pdf = file("report.pdf", "application/pdf", PreviewSamples.pdf());
        Preview.Picture page = (Preview.Picture) previews.preview(pdf).orElseThrow();
        assertThat(page.key()).endsWith("-page1.png");
        BufferedImage rendered = read(page);
        assertThat(Math.max(rendered.getWidth(), rendered.getHeight())).isLessThanOrEqualTo(1200).isGreaterThan(500);
    }

    @Test
    void anImageClaimingTenGigapixelsABrokenOneAndOtherTypesSayWhyThereIsNoPreview() throws Exception {
        StoredFile huge = file("bomb.png", "image/png", PreviewSamples.hugePng());
        assertThat(previews.preview(huge)).contains(new Preview.Unavailable(Preview.Unavailable.TOO_LARGE));
        assertThat(blobs.exists("previews/" + huge.sha256() + "-thumbnail.png")).isFalse();
        assertThat(previews.preview(file("bad.png", "image/png", "not a png at all".getBytes(StandardCharsets.UTF_8))))
                .contains(new Preview.Unavailable(Preview.Unavailable.BROKEN));
        assertThat(previews.preview(file("bad.pdf", "application/pdf", "%PDF-1.7 nothing".getBytes(StandardCharsets.UTF_8))))
                .contains(new Preview.Unavailable(Preview.Unavailable.BROKEN));
        assertThat(previews.preview(file("data.json", "application/json", "{}".getBytes(StandardCharsets.UTF_8)))).isEmpty();
        assertThat(previews.previewable("text/plain", "notes.txt")).isFalse();
        assertThat(previews.previewable("text/plain", "rain.CSV")).isTrue();
    }

    private BufferedImage read(Preview.Picture picture) throws IOException {
        try (InputStream in = previews.open(picture)) {
            return ImageIO.read(in);
        }
    }

    /** The bytes kept in the blob store under their SHA-256, as the files module keeps a stored file's. */
    private StoredFile file(String name, String type, byte[] bytes) throws Exception {
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        Path temp = Files.createTempFile("preview-test-", ".bin");
        try {
            Files.write(temp, bytes);
            blobs.put(sha256, temp);
        } finally {
            Files.deleteIfExists(temp);
        }
        return new StoredFile(UUID.randomUUID(), sha256, null, bytes.length, type, name, UUID.randomUUID(), Instant.now());
    }
}
