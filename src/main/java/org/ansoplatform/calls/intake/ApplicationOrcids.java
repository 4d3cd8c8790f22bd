package org.ansoplatform.calls.intake;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.shared.OrcidId;
import org.ansoplatform.shared.PersonOrcids;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ORCID iDs an application's page shows the Secretariat: the applicant's (from their account, read when the
 * page is drawn, so a corrected iD shows at once) and those its referees gave with their letters.
 */
@Component
@Transactional(readOnly = true)
public class ApplicationOrcids {

    private final PersonOrcids people;
    private final RefereeOrcidStore referees;

    ApplicationOrcids(PersonOrcids people, RefereeOrcidStore referees) {
        this.people = people;
        this.referees = referees;
    }

    public Optional<OrcidId> applicant(UUID applicantId) {
        return people.of(applicantId);
    }

    /** By referee id. */
    public Map<UUID, OrcidId> referees(UUID applicationId) {
        return referees.ofApplication(applicationId);
    }
}
