package org.ansoplatform.calls.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationForm;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.shared.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The organizations directory as the application form reads it: an ORGANIZATION answer chosen from it copies its
 * name, country and ROR id, and the applicant's picker searches it by name (on the server: the machines are
 * offline, and the directory is ours).
 */
@Component
public class OrganizationDirectory implements ApplicationForm.Directory {

    /** How many matches the picker lists; a longer list is refined by typing more. */
    public static final int MATCHES = 20;

    private final OrganizationQueries organizations;

    OrganizationDirectory(OrganizationQueries organizations) {
        this.organizations = organizations;
    }

    @Override
    public Optional<ApplicationForm.Organization> organization(UUID id) {
        return organizations.byId(id).map(OrganizationDirectory::entry);
    }

    @Override
    public Optional<ApplicationForm.Organization> byRorId(org.ansoplatform.shared.RorId rorId) {
        return organizations.byRorId(rorId).map(OrganizationDirectory::entry);
    }

    /** The organizations whose name (or name in its own language) contains {@code text}, by name; none for a blank text. */
    public List<ApplicationForm.Organization> search(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String q = text.strip().length() > 200 ? text.strip().substring(0, 200) : text.strip();
        return organizations.search(new OrganizationQueries.Filter(q, null, null, null), PageRequest.of(0, MATCHES)).items().stream()
                .map(OrganizationDirectory::entry).toList();
    }

    private static ApplicationForm.Organization entry(OrganizationView view) {
        return new ApplicationForm.Organization(view.id(), view.name(), view.country(), view.rorId());
    }
}
