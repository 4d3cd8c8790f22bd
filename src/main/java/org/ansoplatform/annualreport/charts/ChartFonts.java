package org.ansoplatform.annualreport.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.ansoplatform.platform.PdfRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fonts a print chart outlines its text with: the PDF's own files, in the PDF's order, so that a chart needs no
 * font lookup at print time and shows the scripts the text around it shows. Loaded once, on first use.
 */
final class ChartFonts {

    private static final Logger log = LoggerFactory.getLogger(ChartFonts.class);

    private final Supplier<List<Path>> files;
    private volatile List<Font> fonts;

    /** @param files the font files in order of preference, as {@link PdfRenderer#regularFonts()} gives them */
    ChartFonts(Supplier<List<Path>> files) {
        this.files = files;
    }

    /**
     * The first font that draws every label whole (a chart's text in one face, as the text drawer takes one font),
     * else the one that draws most of them; Java's own sans-serif when none of the files is present.
     */
    Font forLabels(Collection<String> labels) {
        Font best = null;
        int bestCount = -1;
        for (Font font : loaded()) {
            int count = (int) labels.stream().filter(label -> font.canDisplayUpTo(label) == -1).count();
            if (count == labels.size()) {
                return font;
            }
            if (count > bestCount) {
                best = font;
                bestCount = count;
            }
        }
        return best != null ? best : new Font(Font.SANS_SERIF, Font.PLAIN, 1);
    }

    /** Every font, in order of preference. */
    List<Font> all() {
        return loaded();
    }

    private List<Font> loaded() {
        List<Font> result = fonts;
        if (result == null) {
            synchronized (this) {
                result = fonts;
                if (result == null) {
                    result = load(files.get());
                    fonts = result;
                }
            }
        }
        return result;
    }

    private static List<Font> load(List<Path> files) {
        List<Font> loaded = new ArrayList<>();
        for (Path file : files) {
            try {
                Font font = Font.createFont(Font.TRUETYPE_FONT, file.toFile());
                // the SVG writer lays text out by the font's name: registered, the name finds this very file
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
                loaded.add(font);
            } catch (IOException | FontFormatException e) {
                log.warn("Chart font {} not readable, charts in PDFs will lack its script: {}", file, e.toString());
            }
        }
        return List.copyOf(loaded);
    }
}
