package org.ansoplatform.governance.membership;

import java.util.UUID;

import org.ansoplatform.files.FileAccessRule;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.MembershipQueries;
import org.ansoplatform.governance.SessionQueries;
import org.ansoplatform.platform.SignedInPerson;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The Secretariat and Board members may read the documents attached to membership applications (the
 * applicant reads their own documentStore as their owner already); anyone signed in may read the documents of an
 * Assembly session's agenda, only they the documents of a Board session's.
 */
@Component
class ApplicationFiles implements FileAccessRule {

    private final MembershipQueries membership;
    private final SessionQueries sessions;

    ApplicationFiles(MembershipQueries membership, SessionQueries sessions) {
        this.membership = membership;
        this.sessions = sessions;
    }

    @Override
    public boolean mayRead(UUID personId, StoredFile file) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean staff = authentication != null && authentication.getPrincipal() instanceof SignedInPerson person
                && person.id().equals(personId) && (person.hasRole("SECRETARIAT") || person.hasRole("BOARD_MEMBER"));
        if (staff && membership.fileOfApplicationVisibleTo(file.id(), personId, true)) {
            return true;
        }
        java.util.Set<Body> agendas = sessions.agendaBodies(file.id());
        return agendas.contains(Body.ASSEMBLY) || staff && agendas.contains(Body.BOARD);
    }
}
