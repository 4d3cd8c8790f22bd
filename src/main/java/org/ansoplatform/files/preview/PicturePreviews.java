package org.ansoplatform.files.preview;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Pictures of files, at most {@link #SIDE} pixels on their longer side. An image's dimensions are read from its header
 * first and an image over {@link #MAX_PIXELS} is refused before any pixel is decoded (a decompression bomb); a large one
 * is read subsampled so that the decoded raster stays small. A PDF's first page is rendered at the resolution that
 * fits {@link #SIDE}, never above {@link #MAX_DPI}, its streams cached in a temporary file rather than in memory.
 */
final class PicturePreviews {

    static final int SIDE = 1200;
    static final long MAX_PIXELS = 50_000_000L;
    static final float MAX_DPI = 150;

    /** The file cannot be shown for a reason given as a message key of {@link Preview.Unavailable}. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final String reason;

        Refused(String reason) {
            super(reason, null, false, false);
            this.reason = reason;
        }
    }

    private PicturePreviews() {
    }

    /** The image read from {@code in}: its header first, its pixels only if they are not too many. */
    static BufferedImage image(ImageInputStream in) throws IOException, Refused {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new Refused(Preview.Unavailable.BROKEN);
        }
        ImageReader reader = readers.next();
        try {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new Refused(Preview.Unavailable.BROKEN);
            }
            if ((long) width * height > MAX_PIXELS) {
                throw new Refused(Preview.Unavailable.TOO_LARGE);
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, Math.max(width, height) / SIDE);
            param.setSourceSubsampling(step, step, 0, 0);
            return fit(reader.read(0, param));
        } finally {
            reader.dispose();
        }
    }

    static BufferedImage pdf(Path file) throws IOException, Refused {
        try (PDDocument document = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()
                    || document.getNumberOfPages() == 0) {
                throw new Refused(Preview.Unavailable.BROKEN);
            }
            PDRectangle box = document.getPage(0).getCropBox();
            float longer = Math.max(box.getWidth(), box.getHeight());
            if (!(longer > 0)) {
                throw new Refused(Preview.Unavailable.BROKEN);
            }
            float scale = Math.min(MAX_DPI / 72f, SIDE / longer);
            return fit(new PDFRenderer(document).renderImage(0, scale, ImageType.RGB));
        }
    }

    /** The image scaled down to {@link #SIDE} on its longer side (never up). */
    private static BufferedImage fit(BufferedImage image) {
        int longer = Math.max(image.getWidth(), image.getHeight());
        if (longer <= SIDE) {
            return image;
        }
        double ratio = (double) SIDE / longer;
        int w = Math.max(1, (int) Math.round(image.getWidth() * ratio));
        int h = Math.max(1, (int) Math.round(image.getHeight() * ratio));
        BufferedImage scaled = new BufferedImage(w, h, image.getColorModel().hasAlpha()
                ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return scaled;
    }
}
