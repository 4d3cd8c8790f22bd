package org.ansoplatform.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.governance.membership.AssociationStore;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.governance.indexing.GovernanceRecords;
import org.ansoplatform.shared.RecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** ANSO's thematic associations: proposed (name, lead institution, aims, regions, countries), then approved by a decision. */
@Service
@Transactional
public class AssociationManagement {

    private final AssociationStore store;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final OrganizationQueries organizations;

    AssociationManagement(AssociationStore store, CurrentActor currentActor, ApplicationEventPublisher events,
            OrganizationQueries organizations) {
        this.store = store;
        this.organizations = organizations;
        this.currentActor = currentActor;
        this.events = events;
    }

    public UUID propose(AssociationCommand command) {
        return record(command, AssociationState.PROPOSED, currentActor.get());
    }

    /** Records an association in a given state on behalf of {@code actor} (the demo's associations). */
    public UUID record(AssociationCommand command, AssociationState state, Actor actor) {
        List<Violation> violations = new ArrayList<>();
        String acronym = TextInput.checkLine(command.acronym(), "acronym", 40, true, violations);
        String name = TextInput.checkLine(command.name(), "name", 300, true, violations);
        Optional<OrganizationView> leadEntry = directoryEntry(command.leadOrganizationId(), "leadOrganizationId", violations);
        String lead = leadEntry.map(OrganizationView::name).orElse(
                TextInput.checkLine(command.leadInstitution(), "leadInstitution", 300, command.leadOrganizationId() == null, violations));
        List<UUID> memberIds = new ArrayList<>();
        for (UUID member : command.memberIds() == null ? List.<UUID>of() : command.memberIds()) {
            if (member != null && !memberIds.contains(member)
                    && directoryEntry(member, "memberIds", violations).isPresent()) {
                memberIds.add(member);
            }
        }
        String aims = TextInput.check(command.aims(), "aims", 4000, false, violations);
        String regions = TextInput.check(command.regions(), "regions", 500, false, violations);
        String countries = TextInput.check(command.countries(), "countries", 1000, false, violations);
        String coordinator = TextInput.checkLine(command.coordinator(), "coordinator", 200, false, violations);
        String members = TextInput.check(command.members(), "members", 4000, false, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        UUID id = UUID.randomUUID();
        try {
            store.insert(new AssociationView(id, acronym, name, lead, aims, regions, countries, coordinator, members, state,
                    null, command.field(), command.leadOrganizationId(), memberIds), actor.at());
        } catch (DuplicateKeyException e) {
            throw new org.ansoplatform.platform.ConflictException("acronym", "governance.error.duplicateAcronym");
        }
        events.publishEvent(new AssociationRecorded(id, acronym, actor));
        events.publishEvent(new RecordChanged(GovernanceRecords.association(id)));
        return id;
    }

    /** The directory's entry, or a violation on the field when the id names none. */
    private Optional<OrganizationView> directoryEntry(UUID id, String field, List<Violation> violations) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<OrganizationView> entry = organizations.byId(id);
        if (entry.isEmpty()) {
            violations.add(new Violation(field, "governance.error.unknownOrganization"));
        }
        return entry;
    }

    void apply(DecisionView decision, Actor actor) {
        AssociationView association = (decision.subjectId() == null ? java.util.Optional.<AssociationView>empty()
                : store.find(decision.subjectId()))
                .orElseThrow(() -> new InvalidInputException("subjectId", "governance.error.unknownAssociation"));
        if (!decision.outcome().adopted()) {
            return;
        }
        if (association.state() != AssociationState.PROPOSED) {
            throw new InvalidInputException("subjectId", "governance.error.state", association.state().name());
        }
        store.approve(association.id(), decision.id());
        events.publishEvent(new AssociationApproved(association.id(), association.acronym(), decision.id(), actor));
        events.publishEvent(new RecordChanged(GovernanceRecords.association(association.id())));
    }
}
