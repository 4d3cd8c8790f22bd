package org.ansoplatform.annualreport.charts;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.text.AttributedString;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns the {@code <text>} of a drawn chart into outlines, each character from the first of the PDF's fonts that has
 * it (Latin and digits from Noto Sans, Chinese from the CJK font, Arabic shaped and ordered by Java's text layout),
 * so that a label mixing scripts prints whole with no font lookup in the PDF.
 */
final class GlyphPaths {

    private static final Pattern TEXT = Pattern.compile("<text x='([^']*)' y='([^']*)' style='([^']*)'([^>]*)>([^<]*)</text>");
    private static final Pattern SIZE = Pattern.compile("font-size:\\s*([0-9.]+)");
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private GlyphPaths() {
    }

    static String outlineTexts(String svg, List<Font> fonts) {
        Matcher text = TEXT.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length() * 2);
        while (text.find()) {
            String style = text.group(3);
            Matcher size = SIZE.matcher(style);
            float points = size.find() ? Float.parseFloat(size.group(1)) : 10f;
            boolean bold = style.contains("font-weight:bold") || style.contains("font-weight: bold");
            String fill = style.replaceAll("\\s*font-[a-z]+:[^;]*;?", "").trim();
            String d = path(HtmlUtils.htmlUnescape(text.group(5)), fonts, points, bold,
                    Double.parseDouble(text.group(1)), Double.parseDouble(text.group(2)));
            text.appendReplacement(out, Matcher.quoteReplacement("<path d='" + d + "' style='" + fill + "'" + text.group(4) + "/>"));
        }
        text.appendTail(out);
        return out.toString();
    }

    static String path(String text, List<Font> fonts, float size, boolean bold, double x, double y) {
        if (text.isEmpty() || fonts.isEmpty()) {
            return "";
        }
        Shape outline = layout(text, fonts, size, bold).getOutline(AffineTransform.getTranslateInstance(x, y));
        return svgPath(outline);
    }

    /** How wide the text is once each character takes its font: what the chart must leave room for. */
    static double advance(String text, List<Font> fonts, float size) {
        return text == null || text.isEmpty() || fonts.isEmpty() ? 0 : layout(text, fonts, size, false).getAdvance();
    }

    private static TextLayout layout(String text, List<Font> fonts, float size, boolean bold) {
        AttributedString runs = new AttributedString(text);
        int index = 0;
        while (index < text.length()) {
            int codePoint = text.codePointAt(index);
            int next = index + Character.charCount(codePoint);
            runs.addAttribute(TextAttribute.FONT, fontFor(codePoint, fonts).deriveFont(bold ? Font.BOLD : Font.PLAIN, size), index, next);
            index = next;
        }
        return new TextLayout(runs.getIterator(), CONTEXT);
    }

    /** The first font that has the character; spaces and marks take the first font, as the text around them. */
    private static Font fontFor(int codePoint, List<Font> fonts) {
        for (Font font : fonts) {
            if (font.canDisplay(codePoint)) {
                return font;
            }
        }
        return fonts.get(0);
    }

    private static String svgPath(Shape shape) {
        StringBuilder d = new StringBuilder();
        double[] c = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> d.append('M').append(n(c[0])).append(',').append(n(c[1]));
                case PathIterator.SEG_LINETO -> d.append('L').append(n(c[0])).append(',').append(n(c[1]));
                case PathIterator.SEG_QUADTO -> d.append('Q').append(n(c[0])).append(',').append(n(c[1])).append(' ')
                        .append(n(c[2])).append(',').append(n(c[3]));
                case PathIterator.SEG_CUBICTO -> d.append('C').append(n(c[0])).append(',').append(n(c[1])).append(' ')
                        .append(n(c[2])).append(',').append(n(c[3])).append(' ').append(n(c[4])).append(',').append(n(c[5]));
                default -> d.append('Z');
            }
        }
        return d.toString();
    }

    private static String n(double value) {
        return java.math.BigDecimal.valueOf(Math.round(value * 100) / 100.0).stripTrailingZeros().toPlainString();
    }
}
