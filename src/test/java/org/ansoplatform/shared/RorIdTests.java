package org.ansoplatform.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class RorIdTests {

    private static final String CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz";

    @Example
    void acceptsRealIdsInEveryFormAndStoresTheBareId() {
        // University of Oxford, Chinese Academy of Sciences, CERN, California Digital Library
        for (String form : new String[] { "052gg0110", "https://ror.org/052gg0110", "http://ror.org/052gg0110", "ror.org/052gg0110",
                " HTTPS://ROR.ORG/052GG0110 " }) {
            assertThat(RorId.isValid(form)).as(form).isTrue();
            assertThat(new RorId(form).value()).isEqualTo("052gg0110");
        }
        assertThat(RorId.isValid("034t30j35")).isTrue();
        assertThat(RorId.isValid("01ggx4157")).isTrue();
        assertThat(RorId.isValid("03yrm5c26")).isTrue();
        assertThat(RorId.parse("01ggx4157").link()).isEqualTo("https://ror.org/01ggx4157");
    }

    @Example
    void refusesBadChecksumsShapesLettersOutsideCrockfordAndOtherSites() {
        assertThat(RorId.isValid("052gg0111")).isFalse();
        assertThat(RorId.isValid("152gg0110")).isFalse();
        assertThat(RorId.isValid("052gu0110")).isFalse();
        assertThat(RorId.isValid("052gg011")).isFalse();
        assertThat(RorId.isValid("https://example.org/052gg0110")).isFalse();
        assertThat(RorId.isValid(null)).isFalse();
        assertThat(RorId.ofOptional("")).isNull();
    }

    @Property
    void anIdWithItsComputedChecksumIsValid(@ForAll("sixCharacters") String body) {
        String id = "0" + body + checksum(body);
        assertThat(RorId.isValid(id)).as(id).isTrue();
        assertThat(RorId.isValid("https://ror.org/" + id.toUpperCase(Locale.ROOT))).isTrue();
    }

    /** Mod 97-10 catches every single substitution: in the base32 body, in the checksum, or of the leading zero. */
    @Property
    void everySingleCharacterSubstitutionIsCaught(@ForAll("sixCharacters") String body, @ForAll @IntRange(min = 0, max = 8) int position,
            @ForAll("characters") char replacement) {
        String valid = "0" + body + checksum(body);
        if (valid.charAt(position) == replacement) {
            return;
        }
        String changed = valid.substring(0, position) + replacement + valid.substring(position + 1);
        assertThat(RorId.isValid(changed)).as(changed).isFalse();
    }

    @Provide
    Arbitrary<String> sixCharacters() {
        return Arbitraries.strings().withChars(CROCKFORD.toCharArray()).ofLength(6);
    }

    @Provide
    Arbitrary<Character> characters() {
        return Arbitraries.chars().with(CROCKFORD.toCharArray());
    }

    /** Computed here with big integers, independently of the class under test: 98 minus (n times 100 mod 97). */
    private static String checksum(String body) {
        BigInteger n = BigInteger.ZERO;
        for (char c : body.toCharArray()) {
            n = n.multiply(BigInteger.valueOf(32)).add(BigInteger.valueOf(CROCKFORD.indexOf(c)));
        }
        int sum = 98 - n.multiply(BigInteger.valueOf(100)).mod(BigInteger.valueOf(97)).intValue();
        return String.format(Locale.ROOT, "%02d", sum);
    }
}
