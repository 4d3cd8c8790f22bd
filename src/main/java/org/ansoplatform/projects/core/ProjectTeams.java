package org.ansoplatform.projects.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.projects.MemberRole;
import org.ansoplatform.projects.PartnerRole;
import org.ansoplatform.projects.ProjectQueries;
import org.ansoplatform.projects.ProjectTeamChanged;
import org.ansoplatform.projects.ProjectTeamChanged.Change;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.EmailAddress;
import org.ansoplatform.shared.OrcidId;
import org.ansoplatform.shared.RecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's partner institutions and their teams. Partners come only from the directory (a name the directory
 * lacks is refused, and the page offers to add it there first); a project has one lead and at most one principal
 * investigator; a member whose email belongs to an account is linked to it.
 */
@Service
@Transactional
public class ProjectTeams {

    public static final int NAME_MAX = 200, EMAIL_MAX = 320;

    /** A partner to add: the directory's organization by id, or by a name the directory answers to. */
    public record PartnerCommand(UUID organizationId, String name, PartnerRole role) {
    }

    /** A person to add to a partner's team; {@code personId} when the caller already knows their account. */
    public record MemberCommand(UUID partnerId, String name, String email, String orcid, MemberRole role, UUID personId) {
    }

    private final ProjectStore store;
    private final OrganizationQueries organizations;
    private final AccountQueries accounts;
    private final ApplicationEventPublisher events;
    private final CurrentActor currentActor;

    ProjectTeams(ProjectStore store, OrganizationQueries organizations, AccountQueries accounts,
            ApplicationEventPublisher events, CurrentActor currentActor) {
        this.store = store;
        this.organizations = organizations;
        this.accounts = accounts;
        this.events = events;
        this.currentActor = currentActor;
    }

    public UUID addPartner(UUID projectId, PartnerCommand command) {
        return addPartner(projectId, command, currentActor.get());
    }

    public UUID addPartner(UUID projectId, PartnerCommand command, Actor actor) {
        store.lock(projectId).orElseThrow(() -> new NotFoundException("project"));
        List<Violation> violations = new ArrayList<>();
        String name = TextInput.checkLine(command.name(), "organization", 400, false, violations);
        OrganizationView organization = null;
        if (command.organizationId() != null) {
            organization = organizations.byId(command.organizationId()).orElse(null);
        } else if (name != null) {
            organization = organizations.byMention(name).orElse(null);
        }
        if (organization == null && violations.isEmpty()) {
            violations.add(name == null && command.organizationId() == null
                    ? new Violation("organization", "validation.required")
                    : new Violation("organization", "projects.project.error.notInDirectory", name == null ? "" : name));
        }
        if (command.role() == null) {
            violations.add(new Violation("role", "validation.required"));
        }
        if (organization != null && store.hasPartner(projectId, organization.id())) {
            violations.add(new Violation("organization", "projects.project.error.partnerTwice", organization.name()));
        }
        if (command.role() == PartnerRole.LEAD && store.hasLead(projectId)) {
            violations.add(new Violation("role", "projects.project.error.oneLead"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        UUID id = store.insertPartner(projectId, organization.id(), organization.name(), organization.country(), command.role());
        changed(projectId, Change.PARTNER_ADDED, organization.name(), actor);
        return id;
    }

    /** Removes a partner with its team; one that reported expenditure stays (its lines would lose their partner). */
    public void removePartner(UUID projectId, UUID partnerId) {
        store.lock(projectId).orElseThrow(() -> new NotFoundException("project"));
        String name = store.partnerName(projectId, partnerId).orElseThrow(() -> new NotFoundException("partner"));
        if (store.partnerHasExpenditure(partnerId)) {
            throw new InvalidInputException("partner", "projects.project.error.partnerHasExpenditure", name);
        }
        store.deletePartner(partnerId);
        changed(projectId, Change.PARTNER_REMOVED, name, currentActor.get());
    }

    public UUID addMember(UUID projectId, MemberCommand command) {
        return addMember(projectId, command, currentActor.get());
    }

    public UUID addMember(UUID projectId, MemberCommand command, Actor actor) {
        store.lock(projectId).orElseThrow(() -> new NotFoundException("project"));
        List<Violation> violations = new ArrayList<>();
        if (command.partnerId() == null || store.partnerName(projectId, command.partnerId()).isEmpty()) {
            violations.add(new Violation("partnerId", "projects.project.error.partner"));
        }
        String name = TextInput.checkLine(command.name(), "name", NAME_MAX, true, violations);
        String email = TextInput.trim(command.email());
        if (email != null && (email.length() > EMAIL_MAX || !EmailAddress.isValid(email))) {
            violations.add(new Violation("email", "validation.email"));
        }
        String orcid = TextInput.trim(command.orcid());
        if (orcid != null) {
            if (OrcidId.isValid(orcid)) {
                orcid = OrcidId.parse(orcid).value();
            } else {
                violations.add(new Violation("orcid", "projects.project.error.orcid"));
            }
        }
        if (command.role() == null) {
            violations.add(new Violation("role", "validation.required"));
        } else if (command.role() == MemberRole.PRINCIPAL_INVESTIGATOR && store.hasPrincipalInvestigator(projectId)) {
            violations.add(new Violation("role", "projects.project.error.onePi"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String normalizedEmail = email == null ? null : email.toLowerCase(Locale.ROOT);
        UUID personId = command.personId() != null ? command.personId()
                : normalizedEmail == null ? null : accounts.idOf(normalizedEmail).orElse(null);
        UUID id = store.insertMember(projectId, command.partnerId(), personId, name, email, orcid, command.role());
        changed(projectId, Change.MEMBER_ADDED, name, actor);
        return id;
    }

    public void removeMember(UUID projectId, UUID memberId) {
        store.lock(projectId).orElseThrow(() -> new NotFoundException("project"));
        String name = store.memberName(projectId, memberId).orElseThrow(() -> new NotFoundException("member"));
        store.deleteMember(memberId);
        changed(projectId, Change.MEMBER_REMOVED, name, currentActor.get());
    }

    private void changed(UUID projectId, Change change, String name, Actor actor) {
        store.touch(projectId, actor.at());
        events.publishEvent(new ProjectTeamChanged(projectId, change, name, actor));
        events.publishEvent(new RecordChanged(ProjectQueries.ref(projectId)));
    }
}
