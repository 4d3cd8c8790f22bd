package org.ansoplatform.calls.intake;

import java.util.UUID;

import org.ansoplatform.files.FileAccessRule;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.SignedInPerson;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The Secretariat reads the documents and referee letters of applications. Applicants read their own
 * documents as their owners; a referee letter belongs to the referee record, so no applicant can read it.
 */
@Component
class ApplicationFileAccess implements FileAccessRule {

    private final ApplicationStore store;

    ApplicationFileAccess(ApplicationStore store) {
        this.store = store;
    }

    @Override
    public boolean mayRead(UUID personId, StoredFile file) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean secretariat = authentication != null && authentication.getPrincipal() instanceof SignedInPerson person
                && person.id().equals(personId) && person.hasRole("SECRETARIAT");
        return secretariat && store.applicationOfFile(file.id()).isPresent();
    }
}
