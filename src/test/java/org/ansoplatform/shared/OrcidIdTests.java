package org.ansoplatform.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class OrcidIdTests {

    @Example
    void acceptsTheBareHyphenatedCompactAndUrlFormsAndNormalizesThem() {
        // ORCID's own examples, one of them with the X check character
        for (String form : new String[] { "0000-0002-1825-0097", "0000000218250097", "https://orcid.org/0000-0002-1825-0097",
                "http://orcid.org/0000-0002-1825-0097", "orcid.org/0000-0002-1825-0097", " https://ORCID.org/0000-0002-1825-0097 " }) {
            assertThat(OrcidId.isValid(form)).as(form).isTrue();
            assertThat(OrcidId.parse(form).value()).isEqualTo("0000-0002-1825-0097");
        }
        assertThat(OrcidId.parse("0000-0002-1694-233x").value()).isEqualTo("0000-0002-1694-233X");
        assertThat(OrcidId.parse("0000-0001-5109-3700").link()).isEqualTo("https://orcid.org/0000-0001-5109-3700");
    }

    @Example
    void refusesBadChecksumsShapesAndOtherSites() {
        assertThat(OrcidId.isValid("0000-0002-1825-0098")).isFalse();
        assertThat(OrcidId.isValid("0000-0002-1825-009")).isFalse();
        assertThat(OrcidId.isValid("0000-000X-1825-0097")).isFalse();
        assertThat(OrcidId.isValid("https://example.org/0000-0002-1825-0097")).isFalse();
        assertThat(OrcidId.isValid("")).isFalse();
        assertThat(OrcidId.isValid(null)).isFalse();
        assertThatThrownBy(() -> OrcidId.parse("0000-0002-1825-0098")).isInstanceOf(IllegalArgumentException.class);
        assertThat(OrcidId.ofOptional("  ")).isNull();
    }

    @Property
    void anIdWithItsComputedCheckCharacterIsValid(@ForAll("fifteenDigits") String digits) {
        String id = hyphenated(digits + checkCharacter(digits));
        assertThat(OrcidId.isValid(id)).isTrue();
        assertThat(OrcidId.parse("https://orcid.org/" + id).value()).isEqualTo(id);
    }

    /** ISO 7064 11,2 catches every single substitution, of a digit or of the check character. */
    @Property
    void everySingleCharacterSubstitutionIsCaught(@ForAll("fifteenDigits") String digits, @ForAll @IntRange(min = 0, max = 15) int position,
            @ForAll("characters") char replacement) {
        String valid = digits + checkCharacter(digits);
        if (valid.charAt(position) == replacement) {
            return;
        }
        String changed = valid.substring(0, position) + replacement + valid.substring(position + 1);
        assertThat(OrcidId.isValid(hyphenated(changed))).as(changed).isFalse();
    }

    @Provide
    Arbitrary<String> fifteenDigits() {
        return Arbitraries.strings().numeric().ofLength(15);
    }

    @Provide
    Arbitrary<Character> characters() {
        return Arbitraries.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X');
    }

    /** Computed here independently of the class under test, from ORCID's description of the algorithm. */
    private static char checkCharacter(String fifteenDigits) {
        int total = 0;
        for (int i = 0; i < fifteenDigits.length(); i++) {
            total = (total + Character.digit(fifteenDigits.charAt(i), 10)) * 2;
        }
        int result = (12 - total % 11) % 11;
        return result == 10 ? 'X' : Character.forDigit(result, 10);
    }

    private static String hyphenated(String sixteen) {
        return sixteen.substring(0, 4) + "-" + sixteen.substring(4, 8) + "-" + sixteen.substring(8, 12) + "-" + sixteen.substring(12);
    }
}
