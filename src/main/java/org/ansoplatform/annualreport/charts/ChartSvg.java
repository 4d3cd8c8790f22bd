package org.ansoplatform.annualreport.charts;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ansoplatform.platform.PdfRenderer;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws a {@link ChartSpec} as SVG with JFreeChart into JFreeSVG, once for the web edition and once for the print
 * PDF. Both are laid out with the same font (one of the PDF's files), so the two look alike; the same spec always
 * gives the same bytes, so a frozen chart can be compared with a redrawn one.
 *
 * <p>The web chart keeps its text as {@code <text>} (selectable, read aloud, drawn in the reader's fonts) and is
 * inlined in the page: JFreeSVG writes {@code style} attributes, which the page's policy {@code style-src 'self'}
 * blocks, so they are rewritten as the equivalent presentation attributes. The print chart is the same drawing with
 * each text outlined as a path, character by character from the PDF's font files ({@link GlyphPaths}: JFreeSVG's own
 * outlining takes one font per text, and no one file has both digits and Chinese), so Chinese, Arabic or Cyrillic
 * labels print without any font lookup.
 */
@Component
public class ChartSvg {

    static final int WIDTH = 640;
    private static final Pattern STYLE = Pattern.compile("style=(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern DECLARATION = Pattern.compile("\\s*([a-z-]+)\\s*:\\s*([^;]+?)\\s*(;|$)");

    private final ChartFonts fonts;

    @org.springframework.beans.factory.annotation.Autowired
    ChartSvg(PdfRenderer pdf) {
        this(pdf::regularFonts);
    }

    ChartSvg(java.util.function.Supplier<List<java.nio.file.Path>> fontFiles) {
        this.fonts = new ChartFonts(fontFiles);
    }

    /** The chart for the web edition, shown with the table beside it: CSP-safe, text as text. */
    public String web(ChartSpec spec, Locale locale) {
        return presentationAttributes(draw(spec, locale));
    }

    /** The chart for the print PDF: its text drawn as outlines so that every script survives into the PDF. */
    public String print(ChartSpec spec, Locale locale) {
        return presentationAttributes(GlyphPaths.outlineTexts(draw(spec, locale), fonts.all()));
    }

    private String draw(ChartSpec spec, Locale locale) {
        JFreeChart chart = ChartDrawing.chart(spec, locale, fonts);
        int height = ChartDrawing.height(spec);
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, height);
        // from the spec, not the clock: the same spec gives the same bytes, and two charts on one page do not share
        // the ids of their clip paths
        g2.setDefsKeyPrefix("chart-" + ChartDrawing.fingerprint(spec) + "-");
        g2.setFontFunction(family -> "sans-serif");
        g2.setGeomDoubleConverter(ChartSvg::twoDecimals);
        g2.setTransformDoubleConverter(ChartSvg::twoDecimals);
        chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, height));
        String svg = g2.getSVGElement(null, true, new ViewBox(0, 0, WIDTH, height), null, null);
        // only the markup characters: a named entity (&rsquo;) is unknown to the PDF's XML parser
        String title = HtmlUtils.htmlEscape(spec.title() == null ? "" : spec.title(), "UTF-8");
        return svg.replaceFirst("<svg ", "<svg role=\"img\" aria-label=\"" + title + "\" class=\"report-chart-svg\" ")
                .replaceFirst("(<svg [^>]*>)", "$1<title>" + Matcher.quoteReplacement(title) + "</title>");
    }

    /** Hundredths of a pixel are finer than any screen or printer: shorter files, the same drawing. */
    private static String twoDecimals(double value) {
        return java.math.BigDecimal.valueOf(Math.round(value * 100) / 100.0).stripTrailingZeros().toPlainString();
    }

    /** Each declaration of a style attribute as the presentation attribute of the same name: the same, allowed by the CSP. */
    static String presentationAttributes(String svg) {
        Matcher style = STYLE.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length());
        while (style.find()) {
            StringBuilder attributes = new StringBuilder();
            Matcher declaration = DECLARATION.matcher(style.group(1) != null ? style.group(1) : style.group(2));
            while (declaration.find()) {
                if (!attributes.isEmpty()) {
                    attributes.append(' ');
                }
                attributes.append(declaration.group(1)).append("=\"")
                        .append(declaration.group(2).replace("&quot;", "'")).append('"');
            }
            style.appendReplacement(out, Matcher.quoteReplacement(attributes.toString()));
        }
        style.appendTail(out);
        return out.toString();
    }
}
