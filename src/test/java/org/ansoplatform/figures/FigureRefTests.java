package org.ansoplatform.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.ansoplatform.shared.FigureScope;
import org.junit.jupiter.api.Test;

/**
 * The references editors write between braces: every reference reads back from its text, and text that is not one
 * is refused (an empty answer, never an exception), so that a report's placeholder is either a value or a named
 * problem.
 */
class FigureRefTests {

    @Property
    void aReferenceReadsBackFromItsText(@ForAll("references") FigureRef ref) {
        assertThat(FigureRef.parse(ref.toString())).contains(ref);
        assertThat(FigureRef.parse(" " + ref + "\n")).as("surrounding blanks are left out").contains(ref);
        assertThat(FigureRef.parse(ref.toString()).orElseThrow().toString()).isEqualTo(ref.toString());
    }

    @Property
    void anyTextEitherReadsBackOrIsRefusedWithoutAnError(@ForAll @StringLength(max = 80) String text) {
        Optional<FigureRef> ref = FigureRef.parse(text);
        ref.ifPresent(parsed -> assertThat(FigureRef.parse(parsed.toString())).contains(parsed));
    }

    @Property
    void textBuiltFromTheGrammarsPiecesIsRead(@ForAll("pieces") String text) {
        Optional<FigureRef> ref = FigureRef.parse(text);
        ref.ifPresent(parsed -> assertThat(parsed.toString()).isEqualTo(text.strip()));
    }

    @Test
    void theReportsExamplesAreRead() {
        FigureRef awardees = FigureRef.parse("calls.awardees@call=scholarship-2021[PHD]").orElseThrow();
        assertThat(awardees.key()).isEqualTo("calls.awardees");
        assertThat(awardees.module()).isEqualTo("calls");
        assertThat(awardees.scope()).isEqualTo(new FigureScope("call", "scholarship-2021"));
        assertThat(awardees.part()).isEqualTo("PHD");
        assertThat(awardees.countParts()).isFalse();
        assertThat(awardees.year()).isNull();
        assertThat(awardees.yearOr(2021)).isEqualTo(2021);

        FigureRef countries = FigureRef.parse("projects.trainees@project=ANSO-CRP-2019-01#parts").orElseThrow();
        assertThat(countries.scope().value()).isEqualTo("ANSO-CRP-2019-01");
        assertThat(countries.countParts()).isTrue();

        FigureRef earlier = FigureRef.parse("governance.applicationsEndorsedCumulative/2020").orElseThrow();
        assertThat(earlier.year()).isEqualTo(2020);
        assertThat(earlier.yearOr(2021)).isEqualTo(2020);
        assertThat(FigureRef.of("finance.budget").inYear(2022).toString()).isEqualTo("finance.budget/2022");
        assertThat(FigureRef.parse("meetings.trainees@meeting=0b7f2c1e-8a1d-4a57-9d8e-2f0c3e1a5b6c#parts")).isPresent();
    }

    @Test
    void badTextsAreRefused() {
        for (String text : new String[] {"", " ", "calls", "calls.", ".applications", "Calls.applications", "1calls.applications",
                "calls.applications.more", "{calls.applications}", "calls.applications[]", "calls.applications[PHD]#parts",
                "calls.applications@Call=x", "calls.applications@call=", "calls.applications@call=a b", "calls.applications@=x",
                "calls.applications@call", "calls.applications/21", "calls.applications/20210", "calls.applications#part",
                "calls.applications[PHD", "calls.applications[P]D]", "calls.applications/2021[PHD]", "calls.applications#parts@call=x",
                "calls.appl-ications", "calls.applications@call=x/y/2021"}) {
            assertThat(FigureRef.parse(text)).as(text).isEmpty();
        }
        assertThat(FigureRef.parse(null)).isEmpty();
        assertThatThrownBy(() -> new FigureRef("calls.awardees", null, "PHD", true, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FigureRef("not a key", null, null, false, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FigureScope("call", "a]b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<FigureRef> references() {
        Arbitrary<String> key = Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').ofLength(1),
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-").ofMaxLength(12),
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(20))
                .as((first, rest, name) -> first + rest + "." + name);
        Arbitrary<FigureScope> scope = Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10),
                Arbitraries.strings().withChars("abcXYZ019-_.:=@,;+é中ü").ofMinLength(1).ofMaxLength(40))
                .as(FigureScope::new).injectNull(0.3);
        Arbitrary<String> part = Arbitraries.strings().withChars("ABCxyz019-_.:é").ofMinLength(1).ofMaxLength(12).injectNull(0.4);
        Arbitrary<Boolean> countParts = Arbitraries.of(true, false);
        Arbitrary<Integer> year = Arbitraries.integers().between(1000, 9999).injectNull(0.5);
        return Combinators.combine(key, scope, part, countParts, year)
                .as((k, s, p, c, y) -> new FigureRef(k, s, p, p == null && c, y));
    }

    /** Texts put together from pieces of the grammar and pieces that break it, for the parser to sort out. */
    @Provide
    Arbitrary<String> pieces() {
        return Arbitraries.of("calls", "calls.applications", ".", "@", "call=", "scholarship-2021", "[", "]", "PHD", "#parts", "/",
                "2021", "{", "}", " ", "=", "x").list().ofMinSize(1).ofMaxSize(8).map(list -> String.join("", list));
    }
}
