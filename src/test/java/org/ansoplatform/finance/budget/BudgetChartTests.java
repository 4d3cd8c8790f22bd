package org.ansoplatform.finance.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BudgetChartTests {

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static NodeList nodes(Document document, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
    }

    @Test
    void theChartIsWellFormedSvgNamedForScreenReadersWithABudgetAndAnActualBarPerProgrammeAndNoInlineStyle() throws Exception {
        String svg = BudgetChart.svg("c", List.of(
                new BudgetChart.Bar("scholarship", "Scholarship <&> \"young\"", new BigDecimal("1000"), new BigDecimal("500")),
                new BudgetChart.Bar("training", "Trainings", new BigDecimal("200"), new BigDecimal("300")),
                new BudgetChart.Bar("operations", "Operations", new BigDecimal("100"), new BigDecimal("-50"))),
                "Budget against actual, 2041", "Bars for budget and actual", "Budget", "Actual");

        Document document = parse(svg);

        Element root = document.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("c-title c-desc");
        assertThat(nodes(document, "/svg/title[@id='c-title']").item(0).getTextContent()).isEqualTo("Budget against actual, 2041");
        assertThat(nodes(document, "/svg/desc[@id='c-desc']").item(0).getTextContent()).isEqualTo("Bars for budget and actual");
        assertThat(nodes(document, "//rect[contains(@class, 'budget')]").getLength()).isEqualTo(3);
        assertThat(nodes(document, "//rect[contains(@class, 'actual')]").getLength()).isEqualTo(3);
        assertThat(nodes(document, "//g[@data-programme='scholarship']/text").item(0).getTextContent())
                .isEqualTo("Scholarship <&> \"young\"");
        // one scale: the largest amount is the full width, half of it half the width; over budget in the warning colour
        assertThat(width(document, "scholarship", "budget")).isEqualTo(BudgetChart.BAR_WIDTH);
        assertThat(width(document, "scholarship", "actual")).isEqualTo(BudgetChart.BAR_WIDTH / 2);
        assertThat(((Element) nodes(document, "//g[@data-programme='training']/rect[contains(@class, 'actual')]").item(0))
                .getAttribute("class")).contains("over");
        assertThat(width(document, "operations", "actual")).isZero();
        assertThat(nodes(document, "//*[@style]").getLength()).isZero();
        assertThat(svg).doesNotContain("<style").doesNotContain("<script");
    }

    @Test
    void withoutAPlanOnlyActualBarsAreDrawn() throws Exception {
        Document document = parse(BudgetChart.svg("c", List.of(new BudgetChart.Bar("advisory", "Advisory", null, BigDecimal.TEN)),
                "t", "d", "Budget", "Actual"));

        assertThat(nodes(document, "//rect[contains(@class, 'bar budget')]").getLength()).isZero();
        assertThat(width(document, "advisory", "actual")).isEqualTo(BudgetChart.BAR_WIDTH);
    }

    static int width(Document document, String programme, String kind) throws Exception {
        return Integer.parseInt(((Element) nodes(document, "//g[@data-programme='" + programme + "']/rect[contains(@class, '" + kind
                + "')]").item(0)).getAttribute("width"));
    }
}
