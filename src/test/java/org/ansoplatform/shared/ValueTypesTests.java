package org.ansoplatform.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ValueTypesTests {

    @Test
    void acceptsAssignedCountryCodesInAnyCase() {
        assertThat(CountryCode.parse(" cu ").code()).isEqualTo("CU");
        assertThat(CountryCode.parse("PK").displayName(Locale.CHINESE)).isEqualTo("巴基斯坦");
    }

    @Test
    void refusesUnassignedCountryCodes() {
        assertThatThrownBy(() -> CountryCode.parse("XX")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CountryCode.parse("CHN")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsRealRorIdsBareOrAsUrls() {
        // Chinese Academy of Sciences, University of Oxford, CERN
        assertThat(RorId.isValid("034t30j35")).isTrue();
        assertThat(RorId.isValid("https://ror.org/052gg0110")).isTrue();
        assertThat(RorId.parse("01ggx4157").url()).isEqualTo("https://ror.org/01ggx4157");
    }

    @Test
    void refusesRorIdsWithABadChecksumOrShape() {
        assertThat(RorId.isValid("034t30j36")).isFalse();
        assertThat(RorId.isValid("134t30j35")).isFalse();
        assertThat(RorId.isValid("034t30l35")).isFalse();
        assertThat(RorId.isValid("")).isFalse();
    }

    @Property
    void aSingleChangedDigitInTheChecksumIsAlwaysCaught(@ForAll("digits") int replacement) {
        String valid = "034t30j35";
        String changed = valid.substring(0, 8) + replacement;
        assertThat(RorId.isValid(changed)).isEqualTo(changed.equals(valid));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Integer> digits() {
        return net.jqwik.api.Arbitraries.integers().between(0, 9);
    }

    @Property
    void countryCodesAreValidExactlyWhenAssigned(@ForAll @AlphaChars @StringLength(2) String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        assertThat(CountryCode.isValid(upper)).isEqualTo(CountryCode.all().contains(upper));
    }

    @Test
    void pageRequestsAreClamped() {
        assertThat(PageRequest.of(-3, 100000)).isEqualTo(new PageRequest(0, PageRequest.MAX_SIZE));
        assertThat(new PageResult<>(java.util.List.of(), 0, 20, 41).totalPages()).isEqualTo(3);
    }
}
