package org.ansoplatform.files;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

/** Small files of known types, made in the test, each with unique content unless said otherwise. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A minimal PDF; the comment makes each one distinct so earlier tests' blobs do not interfere. */
    public static byte[] pdf() {
        String text = "%PDF-1.4\n% " + UUID.randomUUID() + "\n"
                + "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                + "xref\n0 3\n0000000000 65535 f \n0000000060 00000 n \n0000000111 00000 n \n"
                + "trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n170\n%%EOF\n";
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, new Color((int) (Math.random() * 0xffffff)).getRGB());
        image.setRGB(1, 1, new Color((int) (Math.random() * 0xffffff)).getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] text() {
        return ("Notes for the application\n" + UUID.randomUUID() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The start of a Linux executable: the ELF magic, then padding. */
    public static byte[] elf() {
        byte[] bytes = new byte[512];
        bytes[0] = 0x7F;
        bytes[1] = 'E';
        bytes[2] = 'L';
        bytes[3] = 'F';
        bytes[4] = 2; // 64-bit
        bytes[5] = 1; // little endian
        bytes[6] = 1; // version
        bytes[16] = 2; // an executable
        return bytes;
    }

    /** The start of a Windows executable: the MZ header, then padding. */
    public static byte[] pe() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        return bytes;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Regular files under a directory, at any depth (0 if it does not exist yet). */
    public static long countFiles(Path directory) {
        if (!Files.exists(directory)) {
            return 0;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
