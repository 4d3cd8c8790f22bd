package org.ansoplatform.projects.publishing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.util.Region;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import org.ansoplatform.shared.CountryCode;

/**
 * A world map drawn on the server as SVG, with no tile server and no request leaving the page: Natural Earth's
 * 1:110m country outlines (public domain, through world-atlas, ISC; see {@code projects/map/SOURCES.md}),
 * already projected (equirectangular, 2 units a degree) into {@code countries-110m.tsv}. Countries are filled by
 * presentation attributes, not CSS, so the file looks the same inline and on its own; the view zooms to the
 * highlighted countries. A country too small for the scale (Singapore, Bahrain) has no outline and is named in
 * {@link Drawing#undrawn()} for the text beside the map.
 */
@Component
public class WorldMap {

    static final String RESOURCE = "projects/map/countries-110m.tsv";
    private static final double WORLD_TOP = 12;     // 84° N
    private static final double WORLD_BOTTOM = 300; // 60° S
    private static final double MIN_WIDTH = 160;
    private static final double PADDING = 16;

    static final String LAND = "#d9dde3";
    static final String PARTNER = "#1f5f8b";
    static final String REACHED = "#7fb3d5";
    static final String BORDER = "#ffffff";

    /** One country's outline in map units and the box the view zooms to. */
    record Outline(String code, double minX, double minY, double maxX, double maxY, String path) {
    }

    /** The SVG and the highlighted countries the map could not draw. */
    public record Drawing(String svg, List<String> undrawn) {
    }

    private final Map<String, Outline> outlines;

    WorldMap() {
        this.outlines = load();
    }

    /**
     * Draws the world with {@code partners} (ISO alpha-2) in the dark colour and {@code reached} (countries of
     * outputs that are not partners') in the light one; {@code title} and {@code description} name the map for
     * screen readers.
     */
    public Drawing draw(Collection<String> partners, Collection<String> reached, String title, String description,
            Locale locale) {
        Set<String> dark = new LinkedHashSet<>(partners);
        Set<String> light = new LinkedHashSet<>(reached);
        light.removeAll(dark);
        double[] box = view(dark, light);
        StringBuilder svg = new StringBuilder(140_000);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"project-map\" role=\"img\" aria-labelledby=\"map-title map-desc\"")
                .append(" viewBox=\"").append(number(box[0])).append(' ').append(number(box[1])).append(' ')
                .append(number(box[2] - box[0])).append(' ').append(number(box[3] - box[1])).append("\"")
                .append(" preserveAspectRatio=\"xMidYMid meet\">")
                .append("<title id=\"map-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"map-desc\">").append(escape(description)).append("</desc>")
                .append("<rect x=\"-720\" y=\"-360\" width=\"2160\" height=\"1080\" fill=\"#f4f7fa\"/>")
                .append("<g stroke=\"").append(BORDER).append("\" stroke-width=\"0.6\" stroke-linejoin=\"round\">");
        for (Outline outline : outlines.values()) {
            if (!dark.contains(outline.code()) && !light.contains(outline.code())) {
                svg.append("<path fill=\"").append(LAND).append("\" vector-effect=\"non-scaling-stroke\" d=\"")
                        .append(outline.path()).append("\"/>");
            }
        }
        // highlighted countries last, so their borders are not covered by a neighbour's
        appendHighlighted(svg, light, REACHED, "reached", locale);
        appendHighlighted(svg, dark, PARTNER, "partner", locale);
        svg.append("</g></svg>");
        List<String> undrawn = new java.util.ArrayList<>();
        dark.forEach(code -> addIfUndrawn(code, undrawn));
        light.forEach(code -> addIfUndrawn(code, undrawn));
        return new Drawing(svg.toString(), List.copyOf(undrawn));
    }

    boolean hasOutline(String code) {
        return outlines.containsKey(code);
    }

    private void addIfUndrawn(String code, List<String> undrawn) {
        if (!outlines.containsKey(code)) {
            undrawn.add(code);
        }
    }

    private void appendHighlighted(StringBuilder svg, Set<String> codes, String fill, String kind, Locale locale) {
        for (String code : codes) {
            Outline outline = outlines.get(code);
            if (outline != null) {
                svg.append("<path fill=\"").append(fill).append("\" class=\"").append(kind)
                        .append("\" data-country=\"").append(code).append("\" vector-effect=\"non-scaling-stroke\" d=\"")
                        .append(outline.path()).append("\"><title>")
                        .append(escape(CountryCode.name(code, locale))).append("</title></path>");
            }
        }
    }

    /** The box around the highlighted countries with some room, at least a sixth of the world wide; else the world. */
    private double[] view(Set<String> dark, Set<String> light) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (String code : union(dark, light)) {
            Outline o = outlines.get(code);
            if (o != null) {
                minX = Math.min(minX, o.minX());
                minY = Math.min(minY, o.minY());
                maxX = Math.max(maxX, o.maxX());
                maxY = Math.max(maxY, o.maxY());
            }
        }
        if (minX == Double.MAX_VALUE) {
            return new double[] { 0, WORLD_TOP, 720, WORLD_BOTTOM };
        }
        minX -= PADDING;
        maxX += PADDING;
        minY -= PADDING;
        maxY += PADDING;
        double width = Math.max(maxX - minX, MIN_WIDTH);
        double height = Math.max(maxY - minY, width / 2);
        width = Math.max(width, height * 1.6);
        double centreX = (minX + maxX) / 2;
        double centreY = (minY + maxY) / 2;
        double left = clamp(centreX - width / 2, 0, 720 - width);
        double top = clamp(centreY - height / 2, WORLD_TOP, WORLD_BOTTOM - height);
        return new double[] { left, top, left + Math.min(width, 720), top + Math.min(height, WORLD_BOTTOM - WORLD_TOP) };
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static double clamp(double value, double min, double max) {
        return max < min ? min : Math.max(min, Math.min(max, value));
    }

    private static String number(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, StandardCharsets.UTF_8.name());
    }

    /** Reads the outlines once; the file names countries by ISO 3166 numeric code, which ICU turns into alpha-2. */
    private static Map<String, Outline> load() {
        Map<String, Outline> outlines = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split("\t");
                String code = alpha2(Integer.parseInt(fields[0]));
                if (code == null) {
                    continue;
                }
                String[] box = fields[1].split(" ");
                outlines.put(code, new Outline(code, Double.parseDouble(box[0]), Double.parseDouble(box[1]),
                        Double.parseDouble(box[2]), Double.parseDouble(box[3]), fields[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(outlines));
    }

    private static String alpha2(int numeric) {
        try {
            String code = Region.getInstance(numeric).toString();
            return code.length() == 2 ? code : null;
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
