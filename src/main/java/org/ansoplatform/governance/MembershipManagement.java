package org.ansoplatform.governance;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.files.FileAccess;
import org.ansoplatform.governance.membership.MembershipApplicationStore;
import org.ansoplatform.governance.membership.MembershipApplicationStore.DecisionColumn;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;
import org.ansoplatform.shared.CountryCode;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.WebAddress;
import org.ansoplatform.platform.TextInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Membership applications: an organization applies; the Secretariat checks completeness (may ask for more,
 * the applicant answers); the Governing Board endorses or not; the General Assembly approves or rejects.
 * Board and Assembly decisions reach an application only through {@link SessionManagement#recordDecision}.
 * Approval makes the organization a member in the directory, with the decisions as the basis of its new status.
 */
@Service
@Transactional
public class MembershipManagement {

    private final MembershipApplicationStore store;
    private final MembershipQueries queries;
    private final SessionQueries sessions;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final FileAccess files;
    private final OrganizationManagement organizationManagement;
    private final OrganizationQueries organizations;

    MembershipManagement(MembershipApplicationStore store, MembershipQueries queries, SessionQueries sessions,
            CurrentActor currentActor, ApplicationEventPublisher events, FileAccess files,
            OrganizationManagement organizationManagement, OrganizationQueries organizations) {
        this.store = store;
        this.queries = queries;
        this.sessions = sessions;
        this.currentActor = currentActor;
        this.events = events;
        this.files = files;
        this.organizationManagement = organizationManagement;
        this.organizations = organizations;
    }

    /** The signed-in person applies on behalf of an organization; returns the application's id. */
    public UUID submit(ApplicationCommand command) {
        Actor actor = currentActor.get();
        if (actor.personId() == null) {
            throw new NotFoundException("person");
        }
        List<Violation> violations = new ArrayList<>();
        String legalName = TextInput.checkLine(command.legalName(), "legalName", 300, true, violations);
        String originalName = TextInput.checkLine(command.originalName(), "originalName", 300, false, violations);
        String country = TextInput.trim(command.country());
        if (country == null) {
            violations.add(new Violation("country", "validation.required"));
        } else if (!CountryCode.isValid(country.toUpperCase(Locale.ROOT))) {
            violations.add(new Violation("country", "validation.country"));
        } else {
            country = CountryCode.parse(country).code();
        }
        if (command.type() == null) {
            violations.add(new Violation("type", "validation.required"));
        }
        String website = TextInput.checkLine(command.website(), "website", 500, false, violations);
        if (website != null && !WebAddress.isValid(website)) {
            violations.add(new Violation("website", "validation.url"));
        }
        String contactName = TextInput.checkLine(command.contactName(), "contactName", 200, true, violations);
        String contactEmail = TextInput.checkLine(command.contactEmail(), "contactEmail", 320, true, violations);
        if (contactEmail != null && !contactEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            violations.add(new Violation("contactEmail", "governance.error.email"));
        }
        String motivation = TextInput.check(command.motivation(), "motivation", 8000, true, violations);
        List<UUID> fileIds = command.fileIds() == null ? List.of() : List.copyOf(command.fileIds());
        checkFiles(fileIds, actor, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        UUID id = UUID.randomUUID();
        store.insert(new ApplicationView(id, actor.personId(), legalName, originalName, country, command.type(), website,
                contactName, contactEmail, motivation, fileIds, ApplicationState.SUBMITTED, null, null, null, null,
                actor.at(), actor.at()));
        step(id, actor, "SUBMITTED", ApplicationState.SUBMITTED, null, null, new MembershipApplicationSubmitted(id, actor));
        return id;
    }

    /** The Secretariat asks the applicant for more. */
    public void requestInformation(UUID id, String note) {
        Actor actor = currentActor.get();
        ApplicationView application = queries.byId(id);
        String text = TextInput.trim(note);
        if (text == null) {
            throw new InvalidInputException("note", "validation.required");
        }
        requireState(application, "note", ApplicationState.SUBMITTED);
        move(application, ApplicationState.INFORMATION_REQUESTED, actor);
        step(id, actor, "INFORMATION_REQUESTED", ApplicationState.INFORMATION_REQUESTED, text, null,
                new MembershipInformationRequested(id, actor));
    }

    /** The applicant answers a request, with text and possibly more documents; own applications only. */
    public void answer(UUID id, String note, List<UUID> moreFiles) {
        Actor actor = currentActor.get();
        ApplicationView application = queries.own(id, actor.personId());
        String text = TextInput.trim(note);
        List<Violation> violations = new ArrayList<>();
        if (text == null) {
            violations.add(new Violation("note", "validation.required"));
        }
        List<UUID> added = moreFiles == null ? List.of() : moreFiles;
        checkFiles(added, actor, violations);
        if (application.state() != ApplicationState.INFORMATION_REQUESTED) {
            violations.add(new Violation("note", "governance.error.state", application.state().name()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<UUID> all = new ArrayList<>(application.fileIds());
        added.stream().filter(f -> !all.contains(f)).forEach(all::add);
        store.setFiles(id, all);
        move(application, ApplicationState.SUBMITTED, actor);
        step(id, actor, "ANSWERED", ApplicationState.SUBMITTED, text, null, new MembershipApplicationAnswered(id, actor));
    }

    /**
     * The Secretariat finds the application complete: it goes to the Board, and the organization enters the
     * directory as an applicant (or, when the directory already holds that name, is linked to it).
     */
    public void confirmComplete(UUID id, String note) {
        Actor actor = currentActor.get();
        ApplicationView application = queries.byId(id);
        requireState(application, "note", ApplicationState.SUBMITTED);
        UUID organizationId = application.organizationId();
        if (organizationId == null) {
            organizationId = existing(application.legalName()).map(OrganizationView::id).orElse(null);
        }
        if (organizationId == null) {
            organizationId = organizationManagement.create(new OrganizationCommand(application.legalName(),
                    application.originalName(), application.country(), application.type(), OrganizationStatus.APPLICANT,
                    LocalDate.ofInstant(actor.at(), ZoneOffset.UTC), application.website(), null));
        }
        store.setOrganization(id, organizationId);
        move(application, ApplicationState.COMPLETE, actor);
        step(id, actor, "COMPLETE", ApplicationState.COMPLETE, TextInput.trim(note), null,
                new MembershipApplicationChecked(id, organizationId, actor));
    }

    /** Applies a decision of the Board (endorsement) or the Assembly (approval) to the application it names. */
    void apply(DecisionView decision, Actor actor) {
        ApplicationView application = queries.find(decision.subjectId())
                .orElseThrow(() -> new InvalidInputException("subjectId", "governance.error.unknownApplication"));
        UUID id = application.id();
        if (decision.body() == Body.BOARD) {
            requireState(application, "subjectId", ApplicationState.COMPLETE);
            if (decision.outcome().adopted()) {
                store.setDecision(id, DecisionColumn.ENDORSED_BY, decision.id());
                move(application, ApplicationState.ENDORSED, actor);
                step(id, actor, "ENDORSED", ApplicationState.ENDORSED, decision.text(), decision.id(),
                        new MembershipEndorsed(id, decision.id(), actor));
            } else {
                decided(application, decision, actor);
            }
            return;
        }
        if (application.state() != ApplicationState.ENDORSED) {
            throw new InvalidInputException("subjectId", "governance.error.notEndorsed");
        }
        if (!decision.outcome().adopted()) {
            decided(application, decision, actor);
            return;
        }
        if (decision.motionId() == null) {
            // the Assembly approves by vote: the decision follows a published motion about this application
            throw new InvalidInputException("motionId", "governance.error.approvalNeedsVote");
        }
        store.setDecision(id, DecisionColumn.APPROVED_BY, decision.id());
        move(application, ApplicationState.APPROVED, actor);
        step(id, actor, "APPROVED", ApplicationState.APPROVED, decision.text(), decision.id(),
                new MembershipApproved(id, application.organizationId(), decision.id(), actor));
        String endorsement = sessions.decision(application.endorsedBy())
                .map(d -> d.sessionTitle() + " (" + d.date() + ")").orElse("?");
        organizationManagement.changeStatus(application.organizationId(), OrganizationStatus.MEMBER, decision.date(),
                "Endorsed by the Governing Board: " + endorsement + "; approved by the General Assembly: "
                        + decision.sessionTitle() + " (" + decision.date() + ")");
    }

    private void decided(ApplicationView application, DecisionView decision, Actor actor) {
        UUID id = application.id();
        if (decision.outcome() == Outcome.POSTPONED) {
            step(id, actor, "POSTPONED_" + decision.body(), application.state(), decision.text(), decision.id(),
                    new MembershipDecisionPostponed(id, decision.body(), application.state(), decision.id(), actor));
            return;
        }
        store.setDecision(id, DecisionColumn.REJECTED_BY, decision.id());
        move(application, ApplicationState.REJECTED, actor);
        step(id, actor, "REJECTED_" + decision.body(), ApplicationState.REJECTED, decision.text(), decision.id(),
                new MembershipRejected(id, decision.body(), decision.id(), actor));
    }

    private Optional<OrganizationView> existing(String name) {
        return organizations.search(new OrganizationQueries.Filter(name, null, null, null), new PageRequest(0, 100))
                .items().stream().filter(o -> o.name().equalsIgnoreCase(name)).findFirst();
    }

    private void move(ApplicationView application, ApplicationState to, Actor actor) {
        if (!store.move(application.id(), application.state(), to, actor.at())) {
            throw new InvalidInputException(null, "governance.error.concurrentChange");
        }
    }

    private void step(UUID id, Actor actor, String kind, ApplicationState state, String note, UUID decisionId,
            AuditedEvent event) {
        store.addStep(id, new ApplicationStep(actor.at(), actor.personId(), kind, state, note, decisionId));
        events.publishEvent(event);
        // the platform's own steps (the demo's record of 2021) tell no one; every person's step is told
        if (actor.personId() != null) {
            queries.find(id).ifPresent(a -> events.publishEvent(new MembershipStepNotice(id, a.applicantId(),
                    a.legalName(), kind, note, "/membership/applications/" + id,
                    "/secretariat/governance/applications/" + id, "/board/applications/" + id)));
        }
    }

    private static void requireState(ApplicationView application, String field, ApplicationState expected) {
        if (application.state() != expected) {
            String key = expected == ApplicationState.COMPLETE ? "governance.error.notComplete" : "governance.error.state";
            throw new InvalidInputException(field, key, application.state().name());
        }
    }

    private void checkFiles(List<UUID> fileIds, Actor actor, List<Violation> violations) {
        if (fileIds.size() > 20) {
            violations.add(new Violation("files", "governance.error.tooManyFiles", 20));
            return;
        }
        for (UUID fileId : fileIds) {
            if (actor.personId() != null && files.readable(actor.personId(), fileId).isEmpty()) {
                violations.add(new Violation("files", "governance.error.file"));
                return;
            }
        }
    }
}
