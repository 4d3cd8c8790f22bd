package org.ansoplatform.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class RecordRefTests {

    @Property
    void aReferenceReadsBackFromItsText(@ForAll("names") String module, @ForAll("names") String type) {
        RecordRef ref = RecordRef.of(module, type, UUID.randomUUID());
        assertThat(RecordRef.parse(ref.toString())).isEqualTo(ref);
        assertThat(RecordRef.isValid(ref.toString())).isTrue();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> names() {
        return net.jqwik.api.Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-").ofMinLength(0).ofMaxLength(30)
                .map(tail -> "m" + tail);
    }

    @Property
    void textThatIsNotAReferenceIsRefusedWithoutAnyOtherError(@ForAll @StringLength(max = 60) String text) {
        if (!RecordRef.isValid(text)) {
            assertThatThrownBy(() -> RecordRef.parse(text)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void upperCaseModulesMissingPartsAndBadIdsAreRefused() {
        UUID id = UUID.randomUUID();
        assertThat(RecordRef.isValid("Meetings:meeting:" + id)).isFalse();
        assertThat(RecordRef.isValid("meetings:" + id)).isFalse();
        assertThat(RecordRef.isValid("meetings:meeting:not-a-uuid")).isFalse();
        assertThat(RecordRef.isValid("meetings:meeting:" + id + ":x")).isFalse();
        assertThat(RecordRef.isValid(null)).isFalse();
        assertThat(RecordRef.isValid(" meetings:meeting:" + id + " ")).isTrue();
    }

    @Test
    void aReaderBelongsToThePublicItsPersonAndItsRoles() {
        UUID person = UUID.randomUUID();
        assertThat(Reader.anonymous().audience()).containsExactly("public");
        assertThat(Reader.person(person, java.util.Set.of("SECRETARIAT")).audience())
                .containsExactlyInAnyOrder("public", "signed-in", "person:" + person, "role:SECRETARIAT");
        assertThat(Reader.person(person, java.util.Set.of()).hasRole("SECRETARIAT")).isFalse();
        assertThat(Reader.system().hasRole("SECRETARIAT")).isTrue();
    }

    @Test
    void aBreakdownCountsEachRecordOnceAcrossItsParts() {
        RecordRef a = RecordRef.of("calls", "application", UUID.randomUUID());
        RecordRef b = RecordRef.of("calls", "application", UUID.randomUUID());
        Figure figure = Figure.breakdown("calls.byCountry",
                List.of(Figure.Part.country("KE", List.of(a, b)), Figure.Part.country("NG", List.of(b))), Instant.EPOCH);
        assertThat(figure.count()).isEqualTo(2);
        assertThat(figure.records()).containsExactly(a, b);
        assertThat(figure.parts()).extracting(Figure.Part::count).containsExactly(2L, 1L);
        assertThatThrownBy(() -> new Figure("x", 1, java.math.BigDecimal.ONE, null, null, Instant.EPOCH, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
