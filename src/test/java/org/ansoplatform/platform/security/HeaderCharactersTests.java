package org.ansoplatform.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The firewall's header checks accept exactly what Spring Security's regular expressions accept. */
class HeaderCharactersTests {

    // Spring Security's own expressions (StrictHttpFirewall's defaults)
    static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    static final Pattern VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Property(tries = 3000)
    void namesAreCheckedAsSpringsExpressionChecksThem(@ForAll("text") String text) {
        assertThat(HeaderCharacters.NAME.test(text)).as(escaped(text)).isEqualTo(NAME.matcher(text).matches());
    }

    @Property(tries = 3000)
    void valuesAreCheckedAsSpringsExpressionChecksThem(@ForAll("text") String text) {
        assertThat(HeaderCharacters.VALUE.test(text)).as(escaped(text)).isEqualTo(VALUE.matcher(text).matches());
    }

    @Example
    void edgeCases() {
        for (String text : new String[] {"", "Bearer abc", "a\tb", "a\nb", "a\rb", "\u0000", "\u007f", "\u0085", "\u0378",
                "\u2028", "\ud83d\ude00", "\ud83d", "x\ude00", "\ufffe", "\u00e9t\u00e9", "\u4e2d\u6587", "\ue000"}) {
            assertThat(HeaderCharacters.NAME.test(text)).as(escaped(text)).isEqualTo(NAME.matcher(text).matches());
            assertThat(HeaderCharacters.VALUE.test(text)).as(escaped(text)).isEqualTo(VALUE.matcher(text).matches());
        }
        assertThat(HeaderCharacters.VALUE.test("a\tb")).isTrue();
        assertThat(HeaderCharacters.NAME.test("a\tb")).isFalse();
        assertThat(HeaderCharacters.VALUE.test("a\nb")).isFalse();
    }

    /** Mostly printable ASCII, as real headers are, mixed with any UTF-16 unit: controls, unassigned, surrogates. */
    @Provide
    Arbitrary<String> text() {
        Arbitrary<Character> ascii = Arbitraries.chars().range(' ', '~');
        Arbitrary<Character> low = Arbitraries.chars().range('\u0000', '\u00ff');
        Arbitrary<Character> any = Arbitraries.chars().all();
        Arbitrary<Character> surrogates = Arbitraries.chars().range('\ud800', '\udfff');
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, ascii), net.jqwik.api.Tuple.of(2, low),
                net.jqwik.api.Tuple.of(2, any), net.jqwik.api.Tuple.of(1, surrogates)).list().ofMaxSize(24)
                .map(chars -> {
                    StringBuilder text = new StringBuilder();
                    chars.forEach(text::append);
                    return text.toString();
                });
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return out.toString();
    }
}
