package org.ansoplatform.projects.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The server-drawn map: well-formed SVG, named for screen readers, zoomed to the countries it highlights. */
class WorldMapTests {

    private static final WorldMap MAP = new WorldMap();

    @Test
    void everyCountryOfTheSeedsHasAnOutlineAndTinyOnesAreNamedAsUndrawn() {
        for (String code : List.of("CN", "NG", "LK", "KG", "MN", "RU", "UZ", "PK", "KZ", "TJ", "US", "FJ", "BR")) {
            assertThat(MAP.hasOutline(code)).as(code).isTrue();
        }
        WorldMap.Drawing drawing = MAP.draw(List.of("CN", "SG"), List.of("BH"), "t", "d", Locale.ENGLISH);
        assertThat(drawing.undrawn()).containsExactly("SG", "BH");
    }

    @Test
    void theMapIsWellFormedSvgWithItsTitleDescriptionAndHighlightedCountries() throws Exception {
        WorldMap.Drawing drawing = MAP.draw(List.of("KG", "CN"), List.of("LK", "CN"), "Countries of <DWPSS> & co",
                "Partners: China, Kyrgyzstan", Locale.FRENCH);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document svg = factory.newDocumentBuilder().parse(new InputSource(new StringReader(drawing.svg())));
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Countries of <DWPSS> & co");
        assertThat(drawing.svg()).contains("class=\"partner\" data-country=\"KG\"", "class=\"partner\" data-country=\"CN\"",
                "class=\"reached\" data-country=\"LK\"",
                        "data-country=\"KG\" vector-effect=\"non-scaling-stroke\"",
                        "<title>" + new Locale("", "KG").getDisplayCountry(Locale.FRENCH) + "</title>")
                .doesNotContain("class=\"reached\" data-country=\"CN\"", "http://www.w3.org/1999/xlink", "<image");
        assertThat(drawing.undrawn()).isEmpty();
    }

    @Test
    void theViewZoomsToTheHighlightedCountriesAndShowsTheWorldWithoutAny() {
        assertThat(viewBox(MAP.draw(List.of(), List.of(), "t", "d", Locale.ENGLISH).svg())).containsExactly(0, 12, 720, 288);
        double[] asia = viewBox(MAP.draw(List.of("KG", "CN"), List.of(), "t", "d", Locale.ENGLISH).svg());
        assertThat(asia[0]).isGreaterThan(400);
        assertThat(asia[2]).isLessThan(300);
        // Russia's box leaves out Chukotka beyond the antimeridian, so the view is not the whole world's width
        assertThat(viewBox(MAP.draw(List.of("RU"), List.of(), "t", "d", Locale.ENGLISH).svg())[2]).isLessThan(400);
    }

    private static double[] viewBox(String svg) {
        Matcher matcher = Pattern.compile("viewBox=\"([^\"]+)\"").matcher(svg);
        assertThat(matcher.find()).isTrue();
        String[] parts = matcher.group(1).split(" ");
        double[] box = new double[4];
        for (int i = 0; i < 4; i++) {
            box[i] = Double.parseDouble(parts[i]);
        }
        return box;
    }
}
