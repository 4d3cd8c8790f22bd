package org.ansoplatform.calls.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The merge fields of the Secretariat's messages: known ones filled in, unknown ones named, other braces left as text. */
class MergeFieldsTests {

    @Test
    void everyKnownFieldIsFilledInWhereverItStands() {
        String merged = MergeFields.merge("Dear {name},\n{reference} of {call}: {missing} before {deadline}. {link} {name}",
                Map.of("name", "Amina Diallo", "reference", "TST-000001", "call", "Scholarship 2027", "missing", "- CV",
                        "deadline", "1 March 2027", "link", "https://anso.example/applications/1"));
        assertThat(merged).isEqualTo("Dear Amina Diallo,\nTST-000001 of Scholarship 2027: - CV before 1 March 2027. "
                + "https://anso.example/applications/1 Amina Diallo");
    }

    @Test
    void aValueIsTakenLiterallyAndAMissingValueReadsAsEmpty() {
        assertThat(MergeFields.merge("Hello {name}{missing}!", Map.of("name", "$1 \\ {call}"))).isEqualTo("Hello $1 \\ {call}!");
    }

    @Test
    void unknownFieldsAreNamedOnceInTheOrderTheyAppearAndOtherBracesAreText() {
        assertThat(MergeFields.unknown("Dear {nmae}, {name} {Name} {nmae} { } {1, 2} {}")).containsExactly("nmae", "Name");
        assertThat(MergeFields.unknown("Dear {name}, see {link}")).isEmpty();
        assertThat(MergeFields.unknown(null)).isEmpty();
        assertThat(MergeFields.merge("{nmae} stays", Map.of("name", "x"))).isEqualTo("{nmae} stays");
    }

    @Test
    void aFieldIsUsedOnlyWhenTheTextAsksForIt() {
        assertThat(MergeFields.uses("You still lack {missing}", "missing")).isTrue();
        assertThat(MergeFields.uses("You still lack nothing", "missing")).isFalse();
    }

    @Test
    void anApplicantsNameNeverReadsAsALink() {
        assertThat(Letters.asText("Click http://phish.example/login")).isEqualTo("Click http[:]//phish[.]example/login");
        assertThat(Letters.asText("Nguyễn V. Thành")).isEqualTo("Nguyễn V. Thành");
        assertThat(Letters.asText("mail me@evil.org")).isEqualTo("mail me[at]evil[.]org");
    }
}
