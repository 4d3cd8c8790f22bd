package org.ansoplatform.annualreport.print;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.annualreport.BlockKind;
import org.ansoplatform.annualreport.EditionStatus;
import org.ansoplatform.annualreport.charts.ChartSpec;
import org.ansoplatform.annualreport.render.EditionModel;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * The demo's report of 2021 as a model, by hand, without the figures module: every placeholder shown as a number,
 * a chart of 20 countries, a record list of 36 meetings. The size of the real edition, for the print PDF's time.
 */
final class DemoReportModel {

    private static final String[] COUNTRIES = {"Pakistan", "Bangladesh", "Nigeria", "Ethiopia", "Kenya", "Ghana", "Egypt",
            "Nepal", "Sri Lanka", "Viet Nam", "Uzbekistan", "Kazakhstan", "Russia", "Iran", "Sudan", "Cameroon",
            "Zimbabwe", "Mongolia", "Thailand", "Brazil"};

    private DemoReportModel() {
    }

    static EditionModel of(Locale locale, EditionStatus status) {
        JsonNode report = DemoReportJsonTests.read();
        String language = locale.getLanguage();
        List<EditionModel.Section> sections = new ArrayList<>();
        int number = 1;
        for (JsonNode section : report.get("sections")) {
            sections.add(section(section, String.valueOf(number++), language));
        }
        List<EditionModel.GlossaryLine> glossary = new ArrayList<>();
        report.get("glossary").forEach(entry -> glossary.add(new EditionModel.GlossaryLine(entry.get("term").asString(),
                entry.get("expansion").get(language).asString())));
        return new EditionModel(UUID.randomUUID(), 2021, 1, status, true, locale, report.get("title").get(language).asString(),
                sections, glossary, Instant.parse("2022-03-01T00:00:00Z"), status.frozen() ? LocalDate.of(2022, 3, 10) : null,
                status.frozen() ? "Annual Report 2021" : null);
    }

    private static EditionModel.Section section(JsonNode section, String number, String language) {
        List<EditionModel.Block> blocks = new ArrayList<>();
        for (JsonNode block : section.get("blocks")) {
            blocks.add(block(block, language));
        }
        List<EditionModel.Section> children = new ArrayList<>();
        int child = 1;
        for (JsonNode node : section.path("children")) {
            children.add(section(node, number + "." + child++, language));
        }
        String code = section.get("code").asString();
        return new EditionModel.Section(code, number, section.get("title").get(language).asString(), "s-" + code, blocks, children);
    }

    private static EditionModel.Block block(JsonNode block, String language) {
        BlockKind kind = BlockKind.valueOf(block.get("kind").asString());
        JsonNode spec = block.path("spec");
        String note = spec.path("note").path(language).asString(null);
        return switch (kind) {
            case TEXT -> new EditionModel.Block(UUID.randomUUID(), kind, html(block.get("text").get(language).asString()),
                    List.of(), null, List.of(), null, note);
            case CHART -> {
                List<EditionModel.PartLine> parts = new ArrayList<>();
                List<ChartSpec.Bar> bars = new ArrayList<>();
                for (int i = 0; i < COUNTRIES.length; i++) {
                    int value = 600 - 25 * i;
                    parts.add(new EditionModel.PartLine("C" + i, COUNTRIES[i], String.valueOf(value), value, "/x"));
                    bars.add(new ChartSpec.Bar(COUNTRIES[i], value, String.valueOf(value)));
                }
                String ref = spec.get("figure").asString();
                yield new EditionModel.Block(UUID.randomUUID(), kind, null, List.of(line(ref, parts)),
                        new ChartSpec(ChartSpec.Type.valueOf(spec.get("chart").asString()), ref, null, bars), List.of(), null, note);
            }
            case RECORD_LIST -> {
                List<EditionModel.RecordLine> records = new ArrayList<>();
                for (int i = 0; i < 36; i++) {
                    records.add(new EditionModel.RecordLine(LocalDate.of(2021, 1 + i / 3, 1 + i % 28), "Meeting " + i, "Organizer " + i, "/x", true));
                }
                List<EditionModel.FigureLine> named = new ArrayList<>();
                if (spec.has("figure")) {
                    named.add(line(spec.get("figure").asString(), List.of()));
                }
                spec.path("figures").forEach(ref -> named.add(line(ref.asString(), List.of())));
                yield new EditionModel.Block(UUID.randomUUID(), kind, null, named, null, records, null, note);
            }
            default -> {
                List<EditionModel.FigureLine> figures = new ArrayList<>();
                spec.path("figures").forEach(ref -> figures.add(line(ref.asString(), List.of())));
                yield new EditionModel.Block(UUID.randomUUID(), kind, null, figures, null, List.of(), null, note);
            }
        };
    }

    private static EditionModel.FigureLine line(String ref, List<EditionModel.PartLine> parts) {
        return new EditionModel.FigureLine(ref, ref, "", "123", "/x", Instant.now(), true, parts, null);
    }

    /** Paragraphs as the renderer makes them, each placeholder as a number. */
    private static String html(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.split("\n\n")) {
            html.append("<p>").append(HtmlUtils.htmlEscape(paragraph, "UTF-8").replaceAll("\\{[^{}]+\\}", "<a class=\"figure\" href=\"/x\">123</a>"))
                    .append("</p>");
        }
        return html.toString();
    }
}
