package org.ansoplatform.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** ORCID iDs and DOIs: checksums, accepted forms and the one stored form. */
class PersistentIdentifiersTests {

    @Test
    void acceptsRealOrcidIdsInEveryWrittenForm() {
        // ORCID's own examples: Josiah Carberry, and one whose check character is X
        assertThat(OrcidId.parse("https://orcid.org/0000-0002-1825-0097").value()).isEqualTo("0000-0002-1825-0097");
        assertThat(OrcidId.parse("0000000218250097").value()).isEqualTo("0000-0002-1825-0097");
        assertThat(OrcidId.parse(" http://orcid.org/0000-0002-1694-233x ").value()).isEqualTo("0000-0002-1694-233X");
        assertThat(OrcidId.parse("0000-0001-5109-3700").url()).isEqualTo("https://orcid.org/0000-0001-5109-3700");
    }

    @Test
    void refusesOrcidIdsWithABadCheckCharacterOrShape() {
        assertThat(OrcidId.isValid("0000-0002-1825-0098")).isFalse();
        assertThat(OrcidId.isValid("0000-0002-1825-009")).isFalse();
        assertThat(OrcidId.isValid("0000-0002-1825-00970")).isFalse();
        assertThat(OrcidId.isValid("https://example.org/0000-0002-1825-0097")).isFalse();
        assertThat(OrcidId.isValid(null)).isFalse();
        assertThatThrownBy(() -> OrcidId.parse("0000-0002-1694-2339")).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void everyFifteenDigitsHaveExactlyOneValidCheckCharacter(@ForAll("fifteenDigits") String digits) {
        long valid = "0123456789X".chars().mapToObj(c -> digits + (char) c)
                .filter(id -> OrcidId.isValid(id.substring(0, 4) + "-" + id.substring(4, 8) + "-" + id.substring(8, 12) + "-" + id.substring(12)))
                .count();
        assertThat(valid).isEqualTo(1);
    }

    @Property
    void swappingTwoNeighbouringDifferentDigitsIsCaught(@ForAll("fifteenDigits") String digits, @ForAll @IntRange(max = 13) int at) {
        String id = digits + OrcidId.checkCharacter(digits);
        char[] swapped = id.toCharArray();
        char first = swapped[at];
        swapped[at] = swapped[at + 1];
        swapped[at + 1] = first;
        String changed = new String(swapped);
        assertThat(OrcidId.isValid(changed)).isEqualTo(changed.equals(id));
    }

    @Provide
    Arbitrary<String> fifteenDigits() {
        return Arbitraries.strings().numeric().ofLength(15);
    }

    @Test
    void doisAreStoredBareAndInLowerCase() {
        Doi doi = Doi.parse("https://doi.org/10.5072/ABCDE-12345");
        assertThat(doi.value()).isEqualTo("10.5072/abcde-12345");
        assertThat(doi.prefix()).isEqualTo("10.5072");
        assertThat(doi.suffix()).isEqualTo("abcde-12345");
        assertThat(Doi.parse("doi:10.1000/XYZ").equals(Doi.parse("http://dx.doi.org/10.1000/xyz"))).isTrue();
        assertThat(Doi.of("10.80000", "a/b").value()).isEqualTo("10.80000/a/b");
    }

    @Test
    void aDoiUrlEscapesWhatAPathCannotCarry() {
        assertThat(Doi.parse("10.1002/(sici)1097-4571(199806)49:8<693::aid-asi4>3.0.co;2-0").url())
                .isEqualTo("https://doi.org/10.1002/(sici)1097-4571(199806)49:8%3C693::aid-asi4%3E3.0.co;2-0");
        assertThat(Doi.parse("10.5072/a#b?c").url()).isEqualTo("https://doi.org/10.5072/a%23b%3Fc");
    }

    @Test
    void refusesWhatIsNoDoi() {
        assertThat(Doi.isValid("10.5072")).isFalse();
        assertThat(Doi.isValid("11.5072/x")).isFalse();
        assertThat(Doi.isValid("10.12/x")).isFalse();
        assertThat(Doi.isValid("10.5072/has space")).isFalse();
        assertThat(Doi.isPrefix("10.5072")).isTrue();
        assertThat(Doi.isPrefix("10.5072/x")).isFalse();
        assertThatThrownBy(() -> Doi.of("10.5072/x", "y")).isInstanceOf(IllegalArgumentException.class);
    }
}
