package org.ansoplatform.annualreport.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ansoplatform.annualreport.BlockKind;
import org.ansoplatform.figures.FigureRef;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's Annual Report 2021 (the seed's report as sections, issue 24): it parses, every section and text is in
 * English and Chinese with the same figures in both, every figure it names follows the reference grammar, and the
 * glossary holds the seed's acronyms.
 */
class DemoReportJsonTests {

    /** A placeholder: one brace, not two (a doubled brace is a literal one). */
    static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\{)\\{([^{}]+)\\}");
    static final List<String> LANGUAGES = List.of("en", "zh");

    final JsonNode report = read();

    static JsonNode read() {
        try (InputStream in = DemoReportJsonTests.class.getResourceAsStream("/demo/annualreport/2021.json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theReportIsOf2021AndIllustrative() {
        assertThat(report.get("year").asInt()).isEqualTo(2021);
        assertThat(report.get("illustrative").asBoolean()).isTrue();
        assertThat(report.get("sections").size()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void everySectionAndTextIsInEnglishAndChineseWithTheSameFigures() {
        for (JsonNode section : sections()) {
            for (String language : LANGUAGES) {
                assertThat(section.get("title").path(language).asString()).as(section.get("code") + " " + language).isNotBlank();
            }
            for (JsonNode block : section.get("blocks")) {
                BlockKind kind = BlockKind.valueOf(block.get("kind").asString());
                if (kind == BlockKind.TEXT) {
                    String en = block.get("text").get("en").asString();
                    String zh = block.get("text").get("zh").asString();
                    assertThat(en).isNotBlank();
                    assertThat(zh).isNotBlank();
                    assertThat(sorted(placeholders(zh))).as(section.get("code").asString()).isEqualTo(sorted(placeholders(en)));
                }
            }
        }
    }

    @Test
    void everyFigureFollowsTheReferenceGrammar() {
        List<String> refs = new ArrayList<>();
        for (JsonNode section : sections()) {
            for (JsonNode block : section.get("blocks")) {
                JsonNode text = block.path("text");
                LANGUAGES.forEach(language -> refs.addAll(placeholders(text.path(language).asString(""))));
                JsonNode spec = block.path("spec");
                if (spec.has("figure")) {
                    refs.add(spec.get("figure").asString());
                }
                spec.path("figures").forEach(ref -> refs.add(ref.asString()));
                if (block.get("kind").asString().equals("CHART")) {
                    assertThat(spec.get("chart").asString()).isIn("BAR", "DONUT");
                }
            }
        }
        assertThat(refs).hasSizeGreaterThan(20)
                .allSatisfy(ref -> assertThat(FigureRef.parse(ref)).as(ref).isPresent())
                .allSatisfy(ref -> assertThat(FigureRef.parse(ref).orElseThrow().toString()).as("written as printed").isEqualTo(ref))
                .contains("calls.applications@call=scholarship-2021", "calls.awardees@call=scholarship-2021[PHD]",
                        "governance.applicationsEndorsedCumulative/2020", "finance.budget/2022", "finance.expenditure",
                        "meetings.meetings[FORUM]", "governance.sessions[BOARD]", "governance.decisions[BOARD]");
    }

    @Test
    void theGlossaryHoldsTheSeedsAcronymsOnceEach() {
        Set<String> terms = new HashSet<>();
        for (JsonNode entry : report.get("glossary")) {
            assertThat(terms.add(entry.get("term").asString())).as(entry.get("term").asString()).isTrue();
            LANGUAGES.forEach(language -> assertThat(entry.get("expansion").path(language).asString("")).isNotBlank());
        }
        assertThat(terms).hasSizeGreaterThanOrEqualTo(69).contains("ANSO", "CAS", "COMSATS", "ITTN", "XIEG, CAS", "B&R");
    }

    private List<JsonNode> sections() {
        List<JsonNode> all = new ArrayList<>();
        report.get("sections").forEach(section -> collect(section, all));
        return all;
    }

    private static void collect(JsonNode section, List<JsonNode> all) {
        all.add(section);
        section.path("children").forEach(child -> collect(child, all));
    }

    static List<String> placeholders(String text) {
        List<String> refs = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text.replace("{{", ""));
        while (matcher.find()) {
            refs.add(matcher.group(1));
        }
        return refs;
    }

    private static List<String> sorted(List<String> refs) {
        return refs.stream().sorted().toList();
    }
}
