package org.ansoplatform.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import de.undercouch.citeproc.ris.RISType;
import org.ansoplatform.identifiers.citation.BibTeXExport;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Citations of a record: exports read back by real parsers, and entries formatted by CSL styles. */
class CitationsTests {

    private static final String NASTY = "100% of {curly} $5 #1 a_b ~ ^ \\ back & <tag>";

    private final Citations citations = new Citations();

    @Test
    void bibTeXParsesWithJbibtexAndEveryFieldRoundTrips() throws Exception {
        BibTeXEntry entry = parseBibTeX(citations.bibTeX(Records.full()));

        assertThat(entry.getType()).isEqualTo(BibTeXEntry.TYPE_MISC);
        assertThat(entry.getKey().getValue()).isEqualTo("abcde-12345");
        // jbibtex's LaTeX reader knows Latin letters only; the names need no LaTeX, so they are compared as written
        assertThat(entry.getField(BibTeXEntry.KEY_AUTHOR).toUserString()).isEqualTo(
                "王, 小明 and حداد, ليلى and Иванова, Анна and Nguyễn, Thị Minh Khai and {Alliance of International Science Organizations}");
        assertThat(latex(entry, BibTeXEntry.KEY_TITLE)).isEqualTo("Sand & dust <storms> in the Taklimakan desert");
        assertThat(latex(entry, BibTeXEntry.KEY_YEAR)).isEqualTo("2021");
        assertThat(latex(entry, BibTeXEntry.KEY_PUBLISHER)).isEqualTo("Alliance of International Science Organizations");
        assertThat(latex(entry, BibTeXEntry.KEY_DOI)).isEqualTo("10.5072/abcde-12345");
        assertThat(latex(entry, BibTeXEntry.KEY_URL)).isEqualTo("https://anso.example.org/datasets/taklimakan");
        assertThat(latex(entry, BibTeXExport.ABSTRACT)).isEqualTo("Daily dust counts at three stations; \"quoted\" & <escaped>.");
        assertThat(latex(entry, BibTeXExport.KEYWORDS)).isEqualTo("Earth and related environmental sciences");
    }

    @Test
    void bibTeXEscapesEveryLatexSpecialCharacterAndStillParses() throws Exception {
        BibTeXEntry entry = parseBibTeX(citations.bibTeX(Records.minimal(NASTY)));

        assertThat(entry.getType()).isEqualTo(BibTeXEntry.TYPE_MISC);
        assertThat(latex(entry, BibTeXEntry.KEY_TITLE)).isEqualTo(NASTY);
    }

    @Test
    void risParsesWithCiteprocsRisParserAndEveryFieldRoundTrips() throws Exception {
        String ris = citations.ris(Records.full());
        RISLibrary library = new RISParser().parse(new StringReader(ris));

        assertThat(library.getReferences()).hasSize(1);
        RISReference reference = library.getReferences().get(0);
        assertThat(reference.getType()).isEqualTo(RISType.DATA);
        assertThat(Arrays.asList(reference.getAuthors())).containsExactly("王, 小明", "حداد, ليلى", "Иванова, Анна",
                "Nguyễn, Thị Minh Khai", "Alliance of International Science Organizations");
        assertThat(reference.getTitle()).isEqualTo("Sand & dust <storms> in the Taklimakan desert");
        assertThat(reference.getYear()).isEqualTo("2021");
        assertThat(reference.getPublisher()).isEqualTo("Alliance of International Science Organizations");
        assertThat(reference.getDOI()).isEqualTo("10.5072/abcde-12345");
        assertThat(reference.getURL()).isEqualTo("https://anso.example.org/datasets/taklimakan");
        assertThat(reference.getAbstrct()).isEqualTo("Daily dust counts at three stations; \"quoted\" & <escaped>.");
        assertThat(reference.getKeywords()).containsExactly("Earth and related environmental sciences");
        assertThat(reference.getLanguage()).isEqualTo("en");
        assertThat(ris).endsWith("ER  - \r\n");
    }

    @Test
    void aLineBreakInAValueNeverStartsANewRisTag() throws Exception {
        DataCiteMetadata twoLines = Records.minimal("First line\nTY  - JOUR");
        RISReference reference = new RISParser().parse(new StringReader(citations.ris(twoLines))).getReferences().get(0);

        assertThat(reference.getType()).isEqualTo(RISType.GEN);
        assertThat(reference.getTitle()).isEqualTo("First line TY - JOUR");
    }

    @Test
    void cslJsonKeepsFamilyAndGivenNamesApartAndCarriesTheDoi() {
        JsonNode items = JsonMapper.builder().build().readTree(citations.cslJson(Records.full()));

        assertThat(items.isArray()).isTrue();
        JsonNode item = items.get(0);
        assertThat(item.path("type").asString()).isEqualTo("dataset");
        assertThat(item.path("DOI").asString()).isEqualTo("10.5072/abcde-12345");
        assertThat(item.path("author").get(0).path("family").asString()).isEqualTo("王");
        assertThat(item.path("author").get(0).path("given").asString()).isEqualTo("小明");
        assertThat(item.path("author").get(4).path("literal").asString()).isEqualTo("Alliance of International Science Organizations");
        assertThat(item.path("issued").path("date-parts").get(0).get(0).asInt()).isEqualTo(2021);
    }

    @Test
    void chineseNamesAreWrittenFamilyFirstWithoutASeparatorInEveryStyle() {
        for (CitationStyle style : CitationStyle.values()) {
            String entry = citations.format(Records.full(), style, Locale.ENGLISH);
            assertThat(entry).as(style.name()).contains("王小明").doesNotContain("王, 小明").doesNotContain("小明 王");
        }
    }

    @Test
    void apaWritesEachScriptsNamesFamilyFirstAndTheDoiAsALink() {
        String apa = citations.format(Records.full(), CitationStyle.APA, Locale.ENGLISH);

        assertThat(apa).startsWith("王小明, حداد, ليلى, Иванова, Анна, Nguyễn, T. M. K., & Alliance of International Science Organizations. (2021).");
        assertThat(apa).contains("Sand & dust <storms> in the Taklimakan desert").endsWith("https://doi.org/10.5072/abcde-12345");
    }

    @Test
    void formattedEntriesAreInTheReadersLanguage() {
        List<String> expected = List.of("en:Available at", "zh:载于", "ru:Доступно на", "es:Disponible en", "fr:Disponible sur");
        for (String pair : expected) {
            String language = pair.substring(0, 2);
            String entry = citations.format(Records.full(), CitationStyle.HARVARD, Locale.forLanguageTag(language));
            assertThat(entry).as(language).contains(pair.substring(3));
        }
    }

    @Test
    void htmlEntriesEscapeTheRecordsText() {
        String html = citations.formatHtml(Records.full(), CitationStyle.APA, Locale.ENGLISH);

        assertThat(html).contains("Sand &amp; dust &lt;storms&gt;").doesNotContain("<storms>");
    }

    private static BibTeXEntry parseBibTeX(String bibtex) throws Exception {
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(bibtex));
        assertThat(database.getEntries()).hasSize(1);
        return database.getEntries().values().iterator().next();
    }

    /** A field as a reader sees it: its LaTeX printed as plain text. */
    private static String latex(BibTeXEntry entry, Key key) throws Exception {
        return new LaTeXPrinter().print(new LaTeXParser().parse(entry.getField(key).toUserString()));
    }
}
