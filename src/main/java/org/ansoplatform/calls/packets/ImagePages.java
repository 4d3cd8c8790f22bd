package org.ansoplatform.calls.packets;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.stereotype.Component;

/** Pages of a packet made from what is not PDF: an image on an A4 page, scaled to fit inside a margin and never enlarged. */
@Component
class ImagePages {

    private static final float MARGIN = 36;

    PDDocument image(byte[] bytes, String name) throws IOException {
        PDDocument document = new PDDocument();
        try {
            PDImageXObject image = PDImageXObject.createFromByteArray(document, bytes, name);
            PDRectangle a4 = PDRectangle.A4;
            boolean landscape = image.getWidth() > image.getHeight();
            PDRectangle size = landscape ? new PDRectangle(a4.getHeight(), a4.getWidth()) : a4;
            PDPage page = new PDPage(size);
            document.addPage(page);
            float scale = Math.min(1f, Math.min((size.getWidth() - 2 * MARGIN) / image.getWidth(),
                    (size.getHeight() - 2 * MARGIN) / image.getHeight()));
            float width = image.getWidth() * scale;
            float height = image.getHeight() * scale;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, (size.getWidth() - width) / 2, size.getHeight() - MARGIN - height, width, height);
            }
            return document;
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
    }
}
