package org.ansoplatform.governance;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.governance.membership.MembershipApplicationStore;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Membership applications as their applicants, the Secretariat and the Board read them. */
@Service
@Transactional(readOnly = true)
public class MembershipQueries {

    private final MembershipApplicationStore store;

    MembershipQueries(MembershipApplicationStore store) {
        this.store = store;
    }

    public ApplicationView byId(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("application"));
    }

    /** The application, if the person submitted it; 404 otherwise, like a missing one. */
    public ApplicationView own(UUID id, UUID personId) {
        return find(id).filter(a -> a.applicantId().equals(personId)).orElseThrow(() -> new NotFoundException("application"));
    }

    public Optional<ApplicationView> find(UUID id) {
        return id == null ? Optional.empty() : store.find(id);
    }

    public List<ApplicationView> ofApplicant(UUID personId) {
        return store.ofApplicant(personId);
    }

    /** Every application, or those in one state, oldest first. */
    public List<ApplicationView> list(ApplicationState state) {
        return store.list(state);
    }

    /**
     * The directory entries whose application the Assembly has not decided yet: whatever the directory says,
     * they are applicants, never entitled to vote, candidates or in an attendance list.
     */
    public Set<UUID> awaitingDecision() {
        return Set.copyOf(store.organizationsIn(List.of(ApplicationState.SUBMITTED, ApplicationState.INFORMATION_REQUESTED,
                ApplicationState.COMPLETE, ApplicationState.ENDORSED)));
    }

    /** What the Secretariat asked last, while the application waits for the applicant's answer. */
    public Optional<String> openQuestion(UUID id) {
        return find(id).filter(a -> a.state() == ApplicationState.INFORMATION_REQUESTED)
                .flatMap(a -> history(id).stream().filter(s -> s.state() == ApplicationState.INFORMATION_REQUESTED)
                        .reduce((first, second) -> second))
                .map(ApplicationStep::note);
    }

    public List<ApplicationStep> history(UUID id) {
        return store.history(id);
    }

    /** Whether the person may read this file because it belongs to an application they may see. */
    public boolean fileOfApplicationVisibleTo(UUID fileId, UUID personId, boolean staff) {
        return store.fileVisibleTo(fileId, personId, staff);
    }
}
