package org.ansoplatform.annualreport.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.PieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.RingPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.general.PieDataset;

/**
 * The JFreeChart of a spec: a horizontal bar chart (countries, programmes: the labels stay readable however many)
 * or a donut (shares of a whole). Plain: no gradients, shadows or legend boxes, the values written at the bars, in
 * the spec's own formatting; the palette is the site's.
 */
final class ChartDrawing {

    /** More bars than this make an unreadable chart: the table beside it has them all. */
    static final int MAX_BARS = 25;
    private static final int BAR_ROW = 22;
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
    private static final Color[] PALETTE = {new Color(0x1f, 0x5f, 0x8b), new Color(0x3a, 0x9d, 0x8f),
            new Color(0xe0, 0x9f, 0x3e), new Color(0x8e, 0x5a, 0x9b), new Color(0xc8, 0x4c, 0x3c),
            new Color(0x6b, 0x8e, 0x23), new Color(0x4f, 0x79, 0xb8), new Color(0x9c, 0x9c, 0x9c)};

    private ChartDrawing() {
    }

    /** One bar or slice: the position keeps two bars of the same label apart, the label is what is shown. */
    record Key(int position, String label) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return Integer.compare(position, other.position);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static int height(ChartSpec spec) {
        return spec.type() == ChartSpec.Type.DONUT ? 340 : 60 + BAR_ROW * Math.max(1, bars(spec).size());
    }

    static List<ChartSpec.Bar> bars(ChartSpec spec) {
        return spec.bars().size() > MAX_BARS ? spec.bars().subList(0, MAX_BARS) : spec.bars();
    }

    /**
     * Each kind of text laid out with the font that draws it (labels, values, the axis's numbers and name), so that
     * JFreeChart's measures match the outlines of the print chart.
     */
    static JFreeChart chart(ChartSpec spec, Locale locale, ChartFonts fonts) {
        List<ChartSpec.Bar> bars = bars(spec);
        Font labels = fonts.forLabels(bars.stream().map(bar -> safe(bar.label())).toList()).deriveFont(Font.PLAIN, 11f);
        Font values = fonts.forLabels(bars.stream().map(bar -> bar.formatted() == null ? "" : bar.formatted()).toList())
                .deriveFont(Font.PLAIN, 10f);
        Font name = fonts.forLabels(spec.valueLabel() == null ? List.of() : List.of(spec.valueLabel())).deriveFont(Font.PLAIN, 11f);
        Font numbers = fonts.forLabels(List.of("0123456789")).deriveFont(Font.PLAIN, 10f);
        JFreeChart chart;
        if (spec.type() == ChartSpec.Type.DONUT) {
            chart = new JFreeChart(null, labels, donut(spec, locale, fonts.forLabels(bars.stream().map(bar -> safe(bar.label())
                    + " " + bar.formatted()).toList()).deriveFont(Font.PLAIN, 10f)), false);
        } else {
            CategoryPlot plot = bar(spec, locale, labels, values, name, numbers);
            // room for the widest label as printed (each character in its own font), at most 40 % of the width
            double widest = bars.stream().mapToDouble(bar -> GlyphPaths.advance(safe(bar.label()), fonts.all(), 11f)).max().orElse(0);
            AxisSpace space = new AxisSpace();
            space.setLeft(Math.min(widest + 14, ChartSvg.WIDTH * 0.4));
            plot.setFixedDomainAxisSpace(space);
            chart = new JFreeChart(null, labels, plot, false);
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(4, 4, 4, 4));
        return chart;
    }

    /** A short, stable name of the spec (CRC-32 of what it shows), the same in every run. */
    static String fingerprint(ChartSpec spec) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        StringBuilder text = new StringBuilder().append(spec.type()).append('|').append(spec.title()).append('|').append(spec.valueLabel());
        spec.bars().forEach(bar -> text.append('|').append(bar.label()).append('=').append(bar.value()).append('=').append(bar.formatted()));
        crc.update(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }

    private static CategoryPlot bar(ChartSpec spec, Locale locale, Font text, Font valuesFont, Font name, Font numbers) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<ChartSpec.Bar> bars = bars(spec);
        for (int i = 0; i < bars.size(); i++) {
            dataset.addValue(bars.get(i).value(), "value", new Key(i, safe(bars.get(i).label())));
        }
        CategoryAxis categories = new CategoryAxis(null);
        categories.setTickLabelFont(text);
        categories.setTickLabelPaint(INK);
        // left-aligned: a label's start does not depend on how wide the reader's font draws it
        categories.setCategoryLabelPositions(new CategoryLabelPositions(CategoryLabelPositions.STANDARD.getLabelPosition(RectangleEdge.TOP),
                CategoryLabelPositions.STANDARD.getLabelPosition(RectangleEdge.BOTTOM),
                new CategoryLabelPosition(RectangleAnchor.LEFT, TextBlockAnchor.CENTER_LEFT, CategoryLabelWidthType.RANGE, 0.95f),
                CategoryLabelPositions.STANDARD.getLabelPosition(RectangleEdge.RIGHT)));
        categories.setMaximumCategoryLabelWidthRatio(0.35f);
        categories.setCategoryMargin(0.25);
        categories.setLowerMargin(0.02);
        categories.setUpperMargin(0.02);
        NumberAxis values = new NumberAxis(spec.valueLabel());
        values.setLabelFont(name);
        values.setLabelPaint(INK);
        values.setTickLabelFont(numbers);
        values.setTickLabelPaint(INK);
        values.setNumberFormatOverride(NumberFormat.getNumberInstance(locale));
        values.setUpperMargin(0.18);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, PALETTE[0]);
        renderer.setMaximumBarWidth(0.8);
        renderer.setDefaultItemLabelGenerator(new FormattedLabels(bars));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(valuesFont);
        renderer.setDefaultItemLabelPaint(INK);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);
        return plot;
    }

    private static RingPlot donut(ChartSpec spec, Locale locale, Font text) {
        DefaultPieDataset<Key> dataset = new DefaultPieDataset<>();
        List<ChartSpec.Bar> bars = bars(spec);
        double total = bars.stream().mapToDouble(ChartSpec.Bar::value).sum();
        for (int i = 0; i < bars.size(); i++) {
            dataset.setValue(new Key(i, safe(bars.get(i).label())), bars.get(i).value());
        }
        RingPlot plot = new RingPlot(dataset);
        plot.setSectionDepth(0.4);
        plot.setSeparatorsVisible(false);
        plot.setShadowPaint(null);
        plot.setOutlineVisible(false);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setLabelFont(text);
        plot.setLabelPaint(INK);
        plot.setLabelBackgroundPaint(Color.WHITE);
        plot.setLabelOutlinePaint(null);
        plot.setLabelShadowPaint(null);
        plot.setLabelGenerator(new SliceLabels(bars, total, NumberFormat.getPercentInstance(locale)));
        for (int i = 0; i < bars.size(); i++) {
            Paint paint = PALETTE[i % PALETTE.length];
            plot.setSectionPaint(new Key(i, safe(bars.get(i).label())), paint);
        }
        return plot;
    }

    private static String safe(String label) {
        return label == null || label.isBlank() ? "?" : label;
    }

    /** A bar's value as the spec formatted it (the figure's own format: currency, thousands), not JFreeChart's. */
    private record FormattedLabels(List<ChartSpec.Bar> bars) implements org.jfree.chart.labels.CategoryItemLabelGenerator {
        @Override
        public String generateRowLabel(org.jfree.data.category.CategoryDataset dataset, int row) {
            return "";
        }

        @Override
        public String generateColumnLabel(org.jfree.data.category.CategoryDataset dataset, int column) {
            return "";
        }

        @Override
        public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
            ChartSpec.Bar bar = bars.get(((Key) dataset.getColumnKey(column)).position());
            return bar.formatted() == null ? "" : bar.formatted();
        }
    }

    /** A slice's label, its value as formatted and its share in the reader's language, as in: Kenya 1,234 (12 %). */
    private record SliceLabels(List<ChartSpec.Bar> bars, double total, NumberFormat percent) implements PieSectionLabelGenerator {
        @Override
        @SuppressWarnings("rawtypes")
        public String generateSectionLabel(PieDataset dataset, Comparable key) {
            ChartSpec.Bar bar = bars.get(((Key) key).position());
            String share = total > 0 ? " (" + percent.format(bar.value() / total) + ")" : "";
            return safe(bar.label()) + " " + (bar.formatted() == null ? "" : bar.formatted()) + share;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public java.text.AttributedString generateAttributedSectionLabel(PieDataset dataset, Comparable key) {
            return null;
        }
    }
}
