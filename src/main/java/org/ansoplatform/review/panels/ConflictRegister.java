package org.ansoplatform.review.panels;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.review.ConflictsDeclared;
import org.ansoplatform.review.panels.ConflictStore.Found;
import org.ansoplatform.review.panels.ConflictStore.MemberFacts;
import org.ansoplatform.review.panels.ConflictStore.SubjectFacts;
import org.ansoplatform.review.panels.ReviewerPool.Relation;
import org.ansoplatform.shared.OrcidId;
import org.ansoplatform.shared.PersonOrcids;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conflicts of interest of a panel. Automatic ones (same institution, the nominating organization among
 * the reviewer's declared organizations, same country when the panel says so, a declared relation
 * matching a subject's people or institution) are recomputed whenever subjects or members change;
 * reviewers declare their own before the assignment; the Secretariat may add one. A pair with any
 * conflict is never assigned and never readable.
 */
@Service
@Transactional
public class ConflictRegister {

    public static final int MAX_REASON = 2000;

    private final ConflictStore store;
    private final PanelStore panels;
    private final SubjectStore subjects;
    private final MemberStore members;
    private final AssignmentStore assignments;
    private final ReviewerStore reviewers;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PersonOrcids orcids;

    ConflictRegister(ConflictStore store, PanelStore panels, SubjectStore subjects, MemberStore members, AssignmentStore assignments,
            ReviewerStore reviewers, CurrentActor actor, ApplicationEventPublisher events, Clock clock, PersonOrcids orcids) {
        this.orcids = orcids;
        this.store = store;
        this.panels = panels;
        this.subjects = subjects;
        this.members = members;
        this.assignments = assignments;
        this.reviewers = reviewers;
        this.actor = actor;
        this.events = events;
        this.clock = clock;
    }

    /** Replaces the panel's automatic conflicts by the ones its current subjects and members give. */
    void recompute(UUID panelId) {
        boolean sameCountry = panels.get(panelId).conflictSameCountry();
        Map<String, List<UUID>> byInstitution = new HashMap<>();
        Map<String, List<UUID>> byCountry = new HashMap<>();
        Map<String, List<UUID>> byOrganization = new HashMap<>();
        Map<String, List<UUID>> byRelatedInstitution = new HashMap<>();
        Map<String, List<UUID>> byPerson = new HashMap<>();
        List<MemberFacts> memberFacts = store.members(panelId);
        Map<String, List<UUID>> byOrcid = new HashMap<>();
        Map<UUID, OrcidId> memberOrcids = orcids.of(memberFacts.stream().map(MemberFacts::personId).toList());
        for (MemberFacts member : memberFacts) {
            OrcidId orcid = memberOrcids.get(member.personId());
            add(byOrcid, orcid == null ? null : orcid.value(), member.reviewerId());
        }
        for (MemberFacts member : memberFacts) {
            UUID id = member.reviewerId();
            add(byInstitution, Normalized.key(member.institution()), id);
            // the reviewer is one of a subject's people (its applicant or a referee): always a conflict
            add(byPerson, Normalized.key(member.email()), id);
            add(byCountry, member.country(), id);
            for (Relation relation : reviewers.relations(member.relations())) {
                switch (relation.kind()) {
                    case ORGANIZATION -> add(byOrganization, relation.value().toLowerCase(Locale.ROOT), id);
                    case INSTITUTION -> add(byRelatedInstitution, Normalized.key(relation.value()), id);
                    case PERSON -> add(byPerson, Normalized.key(relation.value()), id);
                }
            }
        }
        List<Found> found = new ArrayList<>();
        for (SubjectFacts subject : store.subjects(panelId)) {
            String institution = Normalized.key(subject.institution());
            Map<UUID, Map<ConflictSource, String>> byReviewer = new LinkedHashMap<>();
            for (UUID r : byInstitution.getOrDefault(institution, List.of())) {
                put(byReviewer, r, ConflictSource.INSTITUTION, subject.institution());
            }
            for (UUID r : byRelatedInstitution.getOrDefault(institution, List.of())) {
                put(byReviewer, r, ConflictSource.RELATION, subject.institution());
            }
            if (sameCountry && subject.country() != null) {
                for (UUID r : byCountry.getOrDefault(subject.country(), List.of())) {
                    put(byReviewer, r, ConflictSource.COUNTRY, subject.country());
                }
            }
            UUID organization = subject.organizationId();
            if (organization != null) {
                for (UUID r : byOrganization.getOrDefault(organization.toString(), List.of())) {
                    put(byReviewer, r, ConflictSource.ORGANIZATION, organization.toString());
                }
            }
            if (!byOrcid.isEmpty()) {
                // the subject's people carry the iDs of its applicant, referees and team beside their names
                for (String person : subject.people()) {
                    if (OrcidId.isValid(person)) {
                        OrcidId orcid = OrcidId.parse(person);
                        for (UUID r : byOrcid.getOrDefault(orcid.value(), List.of())) {
                            put(byReviewer, r, ConflictSource.ORCID, orcid.link());
                        }
                    }
                }
            }
            if (!byPerson.isEmpty()) {
                for (String person : subject.people()) {
                    for (UUID r : byPerson.getOrDefault(Normalized.key(person), List.of())) {
                        put(byReviewer, r, ConflictSource.RELATION, person);
                    }
                }
            }
            byReviewer.forEach((reviewer, sources) -> sources.forEach((source, reason) -> found.add(new Found(subject.subjectId(), reviewer,
                    source, reason == null ? "" : reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason))));
        }
        store.replaceAutomatic(panelId, found, clock.instant());
    }

    private static void put(Map<UUID, Map<ConflictSource, String>> found, UUID reviewer, ConflictSource source, String reason) {
        found.computeIfAbsent(reviewer, k -> new LinkedHashMap<>()).putIfAbsent(source, reason);
    }

    /**
     * Recomputes the automatic conflicts of every panel (not closed) a reviewer belongs to, after their
     * profile or relations changed; the panels are locked in id order.
     */
    void recomputePanelsOf(UUID reviewerId) {
        panels.lockOpenPanelsOf(reviewerId).forEach(this::recompute);
    }

    /**
     * A reviewer's iD changed on their account: their panels are recomputed in the same transaction, so that no
     * assignment runs between the change and the conflict it makes.
     */
    @org.springframework.context.event.EventListener
    void on(org.ansoplatform.accounts.OrcidChanged changed) {
        reviewers.ofPerson(changed.personId()).ifPresent(reviewer -> recomputePanelsOf(reviewer.id()));
    }

    private static void add(Map<String, List<UUID>> index, String key, UUID reviewer) {
        if (key != null && !key.isBlank()) {
            index.computeIfAbsent(key, k -> new ArrayList<>()).add(reviewer);
        }
    }

    /** Declarations may change while the panel is set up and no assignment is stored. */
    boolean mayChangeDeclarations(Panel panel) {
        return panel.inSetup() && !assignments.anyAssigned(panel.id());
    }

    /** An accepted reviewer declares a conflict with a subject, before the assignment. */
    public void declare(UUID personId, UUID panelId, UUID subjectId, String reason) {
        UUID reviewerId = acceptedReviewer(personId, panelId);
        requireSubject(panelId, subjectId);
        if (!panels.lock(panelId).inSetup()) {
            throw new InvalidInputException(null, "review.conflict.error.tooLate");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "review.conflict.error.reason", MAX_REASON);
        }
        store.record(panelId, subjectId, reviewerId, ConflictSource.DECLARED, text, clock.instant());
        events.publishEvent(new ConflictsDeclared(panelId, subjectId, reviewerId, ConflictSource.DECLARED.name(), true, actor.get()));
    }

    /** A reviewer withdraws their own declaration, only while no assignment is stored. */
    public void undo(UUID personId, UUID panelId, UUID subjectId) {
        UUID reviewerId = acceptedReviewer(personId, panelId);
        if (!mayChangeDeclarations(panels.lock(panelId))) {
            throw new InvalidInputException(null, "review.conflict.error.assigned");
        }
        if (!store.removeDeclared(panelId, subjectId, reviewerId)) {
            throw new NotFoundException("declaration");
        }
        events.publishEvent(new ConflictsDeclared(panelId, subjectId, reviewerId, ConflictSource.DECLARED.name(), false, actor.get()));
    }

    /**
     * The Secretariat records a conflict it knows of, for a member of the panel. In SETUP an assigned
     * pair is removed from the assignment (which must then be run again); once reviewing is open an
     * assigned pair is refused: the reviewer has to be withdrawn (their subjects are re-assigned) first.
     */
    public void add(UUID panelId, UUID subjectId, UUID reviewerId, String reason) {
        Panel panel = panels.lock(panelId);
        panel.requireNotClosed();
        requireSubject(panelId, subjectId);
        if (reviewerId == null || !members.isMember(panelId, reviewerId)) {
            throw new InvalidInputException("reviewer", "review.conflict.error.notMember");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "review.conflict.error.secretariatReason", MAX_REASON);
        }
        boolean assigned = assignments.isAssigned(panelId, subjectId, reviewerId);
        if (assigned && !panel.inSetup()) {
            throw new InvalidInputException("reviewer", "review.conflict.error.assignedReviewing");
        }
        if (assigned) {
            assignments.unassign(panelId, subjectId, reviewerId);
        }
        store.record(panelId, subjectId, reviewerId, ConflictSource.SECRETARIAT, text, clock.instant());
        events.publishEvent(new ConflictsDeclared(panelId, subjectId, reviewerId, ConflictSource.SECRETARIAT.name(), true, actor.get()));
    }

    private void requireSubject(UUID panelId, UUID subjectId) {
        if (!subjects.exists(panelId, subjectId)) {
            throw new NotFoundException("subject " + subjectId);
        }
    }

    private UUID acceptedReviewer(UUID personId, UUID panelId) {
        if (personId == null) {
            throw new NotFoundException("panel " + panelId);
        }
        return members.acceptedReviewer(personId, panelId).orElseThrow(() -> new NotFoundException("panel " + panelId));
    }
}
