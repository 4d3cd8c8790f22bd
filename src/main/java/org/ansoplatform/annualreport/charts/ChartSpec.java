package org.ansoplatform.annualreport.charts;

import java.util.List;

/**
 * What a chart shows, independent of how it is drawn: the web edition and the PDF draw the same spec (decision
 * at issue 24: rendered once as SVG at freezing, stored, used by both). Values are in the order given.
 */
public record ChartSpec(Type type, String title, String valueLabel, List<Bar> bars) {

    public ChartSpec {
        bars = bars == null ? List.of() : List.copyOf(bars);
    }

    public enum Type {
        BAR, DONUT
    }

    public record Bar(String label, double value, String formatted) {
    }
}
