package org.ansoplatform.annualreport.charts;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws a {@link ChartSpec} as SVG: once for the web edition and once for the print PDF, whose text must survive
 * without the reader's fonts. Part D of issue 24 draws them with JFreeChart and JFreeSVG; until then a plain list of
 * the bars keeps the pipeline whole.
 */
@Component
public class ChartSvg {

    /** The chart for the web edition, shown with the table beside it. */
    public String web(ChartSpec spec, Locale locale) {
        return placeholder(spec);
    }

    /** The chart for the print PDF: its text drawn so that every script survives into the PDF. */
    public String print(ChartSpec spec, Locale locale) {
        return placeholder(spec);
    }

    private static String placeholder(ChartSpec spec) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 40\" role=\"img\"><title>"
                + HtmlUtils.htmlEscape(spec.title() == null ? "" : spec.title()) + "</title></svg>";
    }
}
