package org.ansoplatform.partnerships.agreements;

import java.util.UUID;

import org.ansoplatform.files.FileAccessRule;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.SignedInPerson;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed texts of agreements are read by the Secretariat and the Board, whatever the agreement's confidentiality. */
@Component
class AgreementFiles implements FileAccessRule {

    private final AgreementQueries queries;

    AgreementFiles(AgreementQueries queries) {
        this.queries = queries;
    }

    @Override
    public boolean mayRead(UUID personId, StoredFile file) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean staff = authentication != null && authentication.getPrincipal() instanceof SignedInPerson person
                && person.id().equals(personId) && (person.hasRole("SECRETARIAT") || person.hasRole("BOARD_MEMBER"));
        return staff && queries.isDocument(file.id());
    }
}
