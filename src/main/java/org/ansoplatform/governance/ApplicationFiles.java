package org.ansoplatform.governance;

import java.util.UUID;

import org.ansoplatform.files.FileAccessRule;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.SignedInPerson;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The Secretariat and Board members may read the documents attached to membership applications; the
 * applicant reads their own uploads as their owner already.
 */
@Component
class ApplicationFiles implements FileAccessRule {

    private final Membership membership;

    ApplicationFiles(Membership membership) {
        this.membership = membership;
    }

    @Override
    public boolean mayRead(UUID personId, StoredFile file) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean staff = authentication != null && authentication.getPrincipal() instanceof SignedInPerson person
                && person.id().equals(personId) && (person.hasRole("SECRETARIAT") || person.hasRole("BOARD_MEMBER"));
        return staff && membership.fileOfApplicationVisibleTo(file.id(), personId, true);
    }
}
