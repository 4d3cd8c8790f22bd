package org.ansoplatform.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.shared.RorId;
import org.junit.jupiter.api.Test;

/**
 * An applicant's institution (an ORGANIZATION answer) chosen from the directory or entered with its ROR id: the id's
 * checksum is checked, a known id picks the directory's organization, an unknown one needs the name as well.
 */
class InstitutionRorTests {

    static final UUID OXFORD = UUID.fromString("00000000-0000-0000-0000-00000000a001");

    /** A directory of one organization, carrying a real ROR id. */
    static final ApplicationForm.Directory DIRECTORY = new ApplicationForm.Directory() {
        @Override
        public Optional<ApplicationForm.Organization> organization(UUID id) {
            return OXFORD.equals(id) ? Optional.of(new ApplicationForm.Organization(OXFORD, "University of Oxford", "GB", "052gg0110"))
                    : Optional.empty();
        }

        @Override
        public Optional<ApplicationForm.Organization> byRorId(RorId rorId) {
            return rorId.value().equals("052gg0110") ? organization(OXFORD) : Optional.empty();
        }
    };

    private static Map<String, Object> lead(Map<String, Object> answer, List<Violation> violations) {
        return CooperationCall.form().checkDraft(Map.of("lead", answer), List.of(), DIRECTORY, violations);
    }

    @Test
    void aRorIdWithABadChecksumIsRefusedNextToItsPart() {
        List<Violation> violations = new ArrayList<>();
        lead(Map.of("name", "Somewhere University", "country", "FR", "rorId", "052gg0111"), violations);
        assertThat(violations).extracting(Violation::field, Violation::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("lead.rorId", "calls.form.notARorId"));
    }

    @Test
    void aRorIdTheDirectoryKnowsPicksItsOrganizationWhateverElseWasTyped() {
        List<Violation> violations = new ArrayList<>();
        Map<String, Object> clean = lead(Map.of("rorId", "https://ror.org/052GG0110"), violations);
        assertThat(violations).isEmpty();
        assertThat(clean.get("lead")).isEqualTo(Map.of("organizationId", OXFORD.toString(), "name", "University of Oxford",
                "country", "GB", "rorId", "052gg0110"));
    }

    @Test
    void anUnknownRorIdAloneAsksForTheNameAndWithANameIsStoredBare() {
        List<Violation> violations = new ArrayList<>();
        lead(Map.of("rorId", "034t30j35"), violations);
        assertThat(violations).extracting(Violation::field, Violation::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("lead.name", "ror.notInDirectory"));

        violations.clear();
        Map<String, Object> clean = lead(Map.of("name", "Chinese Academy of Sciences", "country", "CN", "rorId", "https://ror.org/034t30j35"),
                violations);
        assertThat(violations).isEmpty();
        @SuppressWarnings("unchecked")
        Map<String, Object> stored = (Map<String, Object>) clean.get("lead");
        assertThat(stored).containsEntry("rorId", "034t30j35").containsEntry("name", "Chinese Academy of Sciences")
                .containsEntry("organizationId", null);
    }
}
