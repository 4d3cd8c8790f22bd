package org.ansoplatform.files.preview;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Files to preview, made in the test: tables, images, a PDF, a broken workbook and an image claiming 10 gigapixels. */
public final class PreviewSamples {

    private PreviewSamples() {
    }

    public static byte[] csv(int rows, char delimiter) {
        StringBuilder text = new StringBuilder("station" + delimiter + "day" + delimiter + "mm\n");
        for (int i = 1; i < rows; i++) {
            text.append("Gauge ").append(i).append(delimiter).append("2021-05-").append(i % 28 + 1).append(delimiter).append(i / 10.0).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(int rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "ANSO", "1.0");
            Worksheet sheet = workbook.newWorksheet("Rainfall");
            sheet.value(0, 0, "station");
            sheet.value(0, 1, "mm");
            for (int i = 1; i < rows; i++) {
                sheet.value(i, 0, "Gauge " + i);
                sheet.value(i, 1, String.valueOf(i));
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A zip with a workbook's content types and nonsense where its workbook should be. */
    public static byte[] brokenXlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook><sheets><sheet".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] image(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A real 1×1 PNG whose header then claims 100,000 × 100,000 pixels (the CRC made right for it). */
    public static byte[] hugePng() {
        byte[] png = image(1, 1, "png");
        ByteBuffer bytes = ByteBuffer.wrap(png);
        // signature (8), IHDR length (4), "IHDR" (4), width (4), height (4), ...; CRC after the 13 data bytes
        bytes.putInt(16, 100_000);
        bytes.putInt(20, 100_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 4 + 13);
        bytes.putInt(12 + 4 + 13, (int) crc.getValue());
        return png;
    }

    public static byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setNonStrokingColor(Color.GREEN);
                content.addRect(100, 100, 300, 500);
                content.fill();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
