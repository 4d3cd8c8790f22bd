package org.ansoplatform.annualreport.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ansoplatform.figures.FigureRef;
import org.ansoplatform.shared.FigureScope;

/** Figures embedded in editorial text: found, kept apart from literal braces, and never let HTML through. */
class PlaceholdersTests {

    @Provide
    Arbitrary<FigureRef> refs() {
        Arbitrary<String> module = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> name = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12);
        Arbitrary<FigureScope> scope = Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().alpha().numeric().withChars('-', '.', '_').ofMinLength(1).ofMaxLength(20))
                .as(FigureScope::new).injectNull(0.5);
        Arbitrary<String> part = Arbitraries.strings().alpha().numeric().withChars('_', '-').ofMinLength(1).ofMaxLength(10).injectNull(0.6);
        Arbitrary<Integer> year = Arbitraries.integers().between(1900, 2100).injectNull(0.7);
        return Combinators.combine(module, name, scope, part, Arbitraries.of(true, false), year)
                .as((m, n, s, p, count, y) -> new FigureRef(m + "." + n, s, p, p == null && count, y));
    }

    @Property
    void everyReferenceWrittenBetweenBracesIsFoundWithTheTextAroundIt(@ForAll("refs") FigureRef ref,
            @ForAll("prose") String before, @ForAll("prose") String after) {
        String text = before + "{" + ref + "}" + after;
        assertThat(Placeholders.refs(text)).containsExactly(ref);
        assertThat(Placeholders.malformed(text)).isEmpty();
        String literal = String.join("", Placeholders.parse(text).stream().filter(p -> !p.placeholder())
                .map(Placeholders.Piece::text).toList());
        assertThat(literal).isEqualTo(before + after);
    }

    @Provide
    Arbitrary<String> prose() {
        return Arbitraries.strings().withChars("abc xyz<>&\"'.,;!?\n}[]#@=/").ofMaxLength(30);
    }

    @Property
    void theHtmlNeverCarriesATagTheEditorTyped(@ForAll("prose") String text) {
        String html = Placeholders.html("<script>" + text + "</script>", piece -> "<a class=\"figure\">1</a>");
        assertThat(html).doesNotContain("<script").doesNotContain("</script");
    }

    @Example
    void doubleBracesWriteOneAndAnUnclosedBraceIsText() {
        assertThat(Placeholders.refs("{{calls.applications} and {{")).isEmpty();
        assertThat(Placeholders.parse("{{calls.applications}").get(0).text()).isEqualTo("{calls.applications}");
        assertThat(Placeholders.refs("a { b {calls.applications}")).containsExactly(FigureRef.of("calls.applications"));
        assertThat(Placeholders.refs("an unclosed {calls.applications")).isEmpty();
    }

    @Example
    void aPlaceholderOutsideTheGrammarIsNamedAsWritten() {
        assertThat(Placeholders.malformed("over {6000} applicants from {calls.countries@call=} and {calls.applications}"))
                .isEqualTo(List.of("6000", "calls.countries@call="));
    }

    @Example
    void paragraphsComeFromBlankLinesAndEachFigureIsWhatTheCallerRenders() {
        String html = Placeholders.html("Over {calls.applications@call=scholarship-2021} applicants.\n\nA & B <i>",
                piece -> "<a class=\"figure\">" + piece.ref().orElseThrow().scope().value() + "</a>");
        assertThat(html).isEqualTo("<p>Over <a class=\"figure\">scholarship-2021</a> applicants.</p><p>A &amp; B &lt;i&gt;</p>");
    }
}
