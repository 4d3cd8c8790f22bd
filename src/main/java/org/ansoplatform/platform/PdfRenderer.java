package org.ansoplatform.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template to PDF (openhtmltopdf). The template must be well-formed XHTML with its
 * styles inline in a {@code <style>} element; values are escaped by Thymeleaf as on any page, so what a
 * user typed appears as typed. Chinese text needs a TrueType font with CJK glyphs, embedded as a subset:
 * Debian's fonts-droid-fallback by default (Noto CJK is CFF-based, which the PDF library cannot subset);
 * templates list it as font family {@code cjk} after their Latin font.
 */
@Component
public class PdfRenderer {

    public static final String FONT_FAMILY = "cjk";
    private static final Logger log = LoggerFactory.getLogger(PdfRenderer.class);

    private final ITemplateEngine templates;
    private final Path cjkFont;
    private final AtomicBoolean missingReported = new AtomicBoolean();

    PdfRenderer(ITemplateEngine templates,
            @Value("${anso.pdf.cjk-font:/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf}") Path cjkFont) {
        this.templates = templates;
        this.cjkFont = cjkFont;
    }

    public byte[] render(String template, Map<String, Object> model, Locale locale) {
        String html = templates.process(template, new Context(locale, model));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            if (Files.isReadable(cjkFont)) {
                builder.useFont(cjkFont.toFile(), FONT_FAMILY);
            } else if (missingReported.compareAndSet(false, true)) {
                log.warn("No CJK font at {}: Chinese text in PDFs will not show (install fonts-droid-fallback)", cjkFont);
            }
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }
}
