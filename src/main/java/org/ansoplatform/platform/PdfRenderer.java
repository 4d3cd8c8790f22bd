package org.ansoplatform.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template to PDF (openhtmltopdf). The template must be well-formed XHTML with its styles
 * inline in a {@code <style>} element; values are escaped by Thymeleaf as on any page, so what a user typed
 * appears as typed.
 *
 * <p>Every glyph comes from an embedded TrueType font (decision 84), so a name prints in any script: templates
 * set {@link #FONTS} (Noto Sans for Latin with its extensions, Vietnamese, Greek and Cyrillic, then Arabic,
 * Devanagari and a CJK fallback, each used for the characters the ones before it lack) and {@link #MONO}.
 * The files are Debian's (fonts-noto-core, fonts-droid-fallback; Noto CJK is CFF, which the PDF library cannot
 * subset); a missing one is named at start with the package to install. Right-to-left runs are reordered and
 * Arabic shaped by ICU ({@link IcuBidi}).
 */
@Component
public class PdfRenderer {

    /** The CSS font-family list of body text in every PDF template. */
    public static final String FONTS = "noto, arabic, devanagari, cjk";
    /** The CSS font-family list of codes and other fixed-width text. */
    public static final String MONO = "mono, noto, cjk";

    private static final Logger log = LoggerFactory.getLogger(PdfRenderer.class);
    private static final byte[] SRGB = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData();

    /** One font file of a family, its weight and style. */
    record Face(String family, String file, int weight, FontStyle style) {
    }

    static final List<Face> FACES = List.of(
            new Face("noto", "noto/NotoSans-Regular.ttf", 400, FontStyle.NORMAL),
            new Face("noto", "noto/NotoSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("noto", "noto/NotoSans-Italic.ttf", 400, FontStyle.ITALIC),
            new Face("noto", "noto/NotoSans-BoldItalic.ttf", 700, FontStyle.ITALIC),
            new Face("arabic", "noto/NotoSansArabic-Regular.ttf", 400, FontStyle.NORMAL),
            new Face("arabic", "noto/NotoSansArabic-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("devanagari", "noto/NotoSansDevanagari-Regular.ttf", 400, FontStyle.NORMAL),
            new Face("devanagari", "noto/NotoSansDevanagari-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("mono", "noto/NotoSansMono-Regular.ttf", 400, FontStyle.NORMAL),
            new Face("mono", "noto/NotoSansMono-Bold.ttf", 700, FontStyle.NORMAL));

    private final ITemplateEngine templates;
    private final List<Face> faces;
    private final Path fontDirectory;
    private final Path cjkFont;

    PdfRenderer(ITemplateEngine templates,
            @Value("${anso.pdf.font-dir:/usr/share/fonts/truetype}") Path fontDirectory,
            @Value("${anso.pdf.cjk-font:/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf}") Path cjkFont) {
        this.templates = templates;
        this.fontDirectory = fontDirectory;
        this.cjkFont = cjkFont;
        this.faces = FACES.stream().filter(face -> Files.isReadable(fontDirectory.resolve(face.file()))).toList();
        List<String> missing = FACES.stream().filter(face -> !faces.contains(face))
                .map(face -> fontDirectory.resolve(face.file()).toString()).toList();
        if (!missing.isEmpty()) {
            log.warn("Fonts missing for generated PDFs, so names in some scripts will not print: {} "
                    + "(install Debian's fonts-noto-core, or set anso.pdf.font-dir)", missing);
        }
        if (!Files.isReadable(cjkFont)) {
            log.warn("No CJK font at {}: Chinese, Japanese and Korean text in PDFs will not print "
                    + "(install Debian's fonts-droid-fallback, or set anso.pdf.cjk-font)", cjkFont);
        }
    }

    /**
     * The regular face of each family in {@link #FONTS} order, those present: what a chart drawn for a PDF takes its
     * glyph outlines from, so that its labels look like the text around them and print in the same scripts.
     */
    public List<Path> regularFonts() {
        List<Path> files = new java.util.ArrayList<>(faces.stream()
                .filter(face -> face.weight() == 400 && face.style() == FontStyle.NORMAL && !"mono".equals(face.family()))
                .map(face -> fontDirectory.resolve(face.file())).toList());
        if (Files.isReadable(cjkFont)) {
            files.add(cjkFont);
        }
        return List.copyOf(files);
    }

    public byte[] render(String template, Map<String, Object> model, Locale locale) {
        String html = templates.process(template, new Context(locale, model));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // charts (issue 24) are SVG: drawn as vectors, their text already outlines, so Batik needs no fonts
            builder.useSVGDrawer(new BatikSVGDrawer());
            for (Face face : faces) {
                builder.useFont(fontDirectory.resolve(face.file()).toFile(), face.family(), face.weight(), face.style(), true);
            }
            if (Files.isReadable(cjkFont)) {
                builder.useFont(cjkFont.toFile(), "cjk");
            }
            // archival and readable aloud: PDF/A-3u (every font embedded, XMP metadata, an sRGB output intent) and
            // tagged for screen readers (PDF/UA); the sRGB profile is the Java runtime's own
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
            builder.useColorProfile(SRGB);
            builder.usePdfUaAccessibility(true);
            builder.withProducer("ANSO Platform");
            builder.useUnicodeBidiSplitter(IcuBidi.splitters());
            builder.useUnicodeBidiReorderer(IcuBidi.reorderer());
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }
}
