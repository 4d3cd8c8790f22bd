package org.ansoplatform.annualreport.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * Charts of the Annual Report (issue 24): the same spec gives the same bytes; the web chart keeps its text as text
 * and passes the page's policy (no style attribute); the print chart outlines its text, Chinese included.
 */
class ChartSvgTests {

    /** The PDF's files, where PdfRenderer finds them by default (Debian's fonts-noto-core, fonts-droid-fallback). */
    static final List<Path> FONTS = List.of(Path.of("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"),
            Path.of("/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf"),
            Path.of("/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));

    final ChartSvg charts = new ChartSvg(() -> FONTS);

    static ChartSpec countries(String... labels) {
        List<ChartSpec.Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            int value = 1000 - 100 * i;
            bars.add(new ChartSpec.Bar(labels[i], value, String.format(Locale.ROOT, "%,d", value)));
        }
        return new ChartSpec(ChartSpec.Type.BAR, "Applicants by country", "Applicants", bars);
    }

    @Test
    void theSameSpecGivesTheSameBytes() {
        ChartSpec spec = countries("Kenya", "Pakistan", "中国");
        assertThat(charts.web(spec, Locale.ENGLISH)).isEqualTo(charts.web(spec, Locale.ENGLISH));
        assertThat(charts.print(spec, Locale.ENGLISH)).isEqualTo(charts.print(spec, Locale.ENGLISH));
        ChartSpec donut = new ChartSpec(ChartSpec.Type.DONUT, "Expenditure", "RMB", countries("A", "B").bars());
        assertThat(charts.print(donut, Locale.ENGLISH)).isEqualTo(charts.print(donut, Locale.ENGLISH));
    }

    @Test
    void theWebChartKeepsItsTextAsTextAndNoStyleAttribute() {
        String svg = charts.web(countries("肯尼亚", "巴基斯坦", "Россия"), Locale.CHINESE);
        assertThat(svg).contains("<text", "肯尼亚", "巴基斯坦", "Россия", "role=\"img\"", "<title>Applicants by country</title>")
                .doesNotContain("style=", "<style", "<script");
        assertThat(svg).contains("fill=\"");
        // XML, not HTML: the PDF's parser knows no named entity
        ChartSpec apostrophe = new ChartSpec(ChartSpec.Type.BAR, "Master’s & PhD <awardees>", null, countries("A").bars());
        assertThat(charts.print(apostrophe, Locale.ENGLISH)).contains("<title>Master’s &amp; PhD &lt;awardees&gt;</title>");
    }

    @Test
    void thePrintChartOutlinesItsTextInEveryScript() {
        String chinese = charts.print(countries("肯尼亚", "巴基斯坦"), Locale.CHINESE);
        assertThat(chinese).doesNotContain("<text", "肯尼亚", "style=\"font").contains("<path");
        // different characters, different outlines: the glyphs are drawn, not a missing-glyph box
        String other = charts.print(countries("中国", "俄罗斯"), Locale.CHINESE);
        assertThat(other).isNotEqualTo(chinese);
        String arabic = charts.print(countries("مصر", "باكستان"), Locale.ENGLISH);
        assertThat(arabic).doesNotContain("<text", "مصر").isNotEqualTo(charts.print(countries("عمان", "باكستان"), Locale.ENGLISH));
    }

    @Test
    void twoChartsOnOnePageDoNotShareTheIdsOfTheirClipPaths() {
        java.util.regex.Pattern id = java.util.regex.Pattern.compile("id='([^']+)'");
        java.util.function.Function<String, java.util.Set<String>> ids = svg -> id.matcher(svg).results()
                .map(match -> match.group(1)).collect(java.util.stream.Collectors.toSet());
        java.util.Set<String> first = ids.apply(charts.web(countries("Kenya", "Pakistan"), Locale.ENGLISH));
        java.util.Set<String> second = ids.apply(charts.web(countries("Kenya", "Nepal"), Locale.ENGLISH));
        assertThat(first).isNotEmpty().doesNotContainAnyElementsOf(second);
    }

    @Test
    void theStyleOfJFreeSvgBecomesPresentationAttributes() {
        assertThat(ChartSvg.presentationAttributes("<rect style=\"fill: rgb(1,2,3); fill-opacity: 1.0\" x=\"0\"/>"))
                .isEqualTo("<rect fill=\"rgb(1,2,3)\" fill-opacity=\"1.0\" x=\"0\"/>");
    }

    @Test
    void aLongListIsCutToAReadableChart() {
        String[] many = new String[40];
        for (int i = 0; i < many.length; i++) {
            many[i] = "Country " + i;
        }
        String svg = charts.web(countries(many), Locale.ENGLISH);
        assertThat(svg).contains("Country 24").doesNotContain("Country 25");
        assertThat(charts.web(new ChartSpec(ChartSpec.Type.BAR, null, null, List.of()), Locale.ENGLISH)).contains("<svg");
    }
}
