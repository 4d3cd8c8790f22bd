package org.ansoplatform.finance.budget;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * A grouped bar chart of budget against actual, drawn here as SVG like projects' world map: colours are presentation
 * attributes and classes, never a style attribute, so the page's Content-Security-Policy ({@code style-src 'self'})
 * holds, and nothing is scripted. Each programme is a band with its name above a budget bar and an actual bar on one
 * scale; an actual over budget is drawn in the warning colour. The chart is named ({@code role="img"}, a title and a
 * description) and the page puts a table with the same figures beside it, which is what screen readers read.
 */
public final class BudgetChart {

    /** One programme's pair of bars; {@code budget} null when the year has no plan. */
    public record Bar(String code, String label, BigDecimal budget, BigDecimal actual) {
    }

    static final String BUDGET = "#9fb7cc";
    static final String ACTUAL = "#1f5f8b";
    static final String OVER = "#b03a2e";
    static final int WIDTH = 760, LEGEND = 34, BAND = 54, BAR = 14, LEFT = 8, BAR_WIDTH = 600;

    private BudgetChart() {
    }

    /** The chart's SVG; {@code id} prefixes the ids of its title and description so that two charts can share a page. */
    public static String svg(String id, List<Bar> bars, String title, String description, String budgetLabel,
            String actualLabel) {
        BigDecimal max = BigDecimal.ONE;
        for (Bar bar : bars) {
            max = max.max(positive(bar.budget())).max(positive(bar.actual()));
        }
        int height = LEGEND + BAND * Math.max(bars.size(), 1) + 8;
        StringBuilder svg = new StringBuilder(2048 + bars.size() * 600);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"budget-chart\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-title ").append(id).append("-desc\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" preserveAspectRatio=\"xMinYMin meet\" font-family=\"sans-serif\" font-size=\"12\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
        legend(svg, budgetLabel, actualLabel);
        int y = LEGEND;
        for (Bar bar : bars) {
            svg.append("<g class=\"programme\" data-programme=\"").append(escape(bar.code())).append("\">")
                    .append("<text x=\"").append(LEFT).append("\" y=\"").append(y + 12).append("\" fill=\"#222\">")
                    .append(escape(bar.label())).append("</text>");
            if (bar.budget() != null) {
                rect(svg, "bar budget", BUDGET, y + 18, width(bar.budget(), max), budgetLabel + ": " + plain(bar.budget()));
            }
            boolean over = bar.budget() != null && bar.actual().compareTo(bar.budget()) > 0;
            rect(svg, over ? "bar actual over" : "bar actual", over ? OVER : ACTUAL, y + 18 + BAR + 2, width(bar.actual(), max),
                    actualLabel + ": " + plain(bar.actual()));
            svg.append("</g>");
            y += BAND;
        }
        return svg.append("</svg>").toString();
    }

    private static void legend(StringBuilder svg, String budgetLabel, String actualLabel) {
        svg.append("<g class=\"legend\" aria-hidden=\"true\">")
                .append("<rect x=\"").append(LEFT).append("\" y=\"8\" width=\"14\" height=\"14\" fill=\"").append(BUDGET).append("\"/>")
                .append("<text x=\"").append(LEFT + 20).append("\" y=\"19\" fill=\"#222\">").append(escape(budgetLabel)).append("</text>")
                .append("<rect x=\"").append(LEFT + 200).append("\" y=\"8\" width=\"14\" height=\"14\" fill=\"").append(ACTUAL).append("\"/>")
                .append("<text x=\"").append(LEFT + 220).append("\" y=\"19\" fill=\"#222\">").append(escape(actualLabel)).append("</text>")
                .append("</g>");
    }

    private static void rect(StringBuilder svg, String cls, String fill, int y, int width, String tip) {
        svg.append("<rect class=\"").append(cls).append("\" x=\"").append(LEFT).append("\" y=\"").append(y)
                .append("\" width=\"").append(width).append("\" height=\"").append(BAR).append("\" fill=\"").append(fill)
                .append("\"><title>").append(escape(tip)).append("</title></rect>");
    }

    /** A bar's length on the common scale; a negative sum (reversals exceeding spending) is drawn as none. */
    private static int width(BigDecimal value, BigDecimal max) {
        return positive(value).multiply(BigDecimal.valueOf(BAR_WIDTH)).divide(max, MathContext.DECIMAL64).intValue();
    }

    private static BigDecimal positive(BigDecimal value) {
        return value == null || value.signum() < 0 ? BigDecimal.ZERO : value;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
