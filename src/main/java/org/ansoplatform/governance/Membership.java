package org.ansoplatform.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.files.FileAccess;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.CountryCode;
import org.ansoplatform.shared.PageRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Membership applications: an organization applies; the Secretariat checks completeness (may ask for more,
 * the applicant answers); the Governing Board endorses or not; the General Assembly approves or rejects.
 * Board and Assembly decisions reach an application only through {@link Sessions#recordDecision}. Approval
 * makes the organization a member in the directory, with the decisions as the basis of its new status.
 */
@Service
@Transactional
public class Membership {

    public enum State { SUBMITTED, INFORMATION_REQUESTED, COMPLETE, ENDORSED, APPROVED, REJECTED }

    public record ApplicationCommand(String legalName, String originalName, String country, OrganizationType type,
            String website, String contactName, String contactEmail, String motivation, List<UUID> fileIds) {
    }

    public record ApplicationView(UUID id, UUID applicantId, String legalName, String originalName, String country,
            OrganizationType type, String website, String contactName, String contactEmail, String motivation,
            List<UUID> fileIds, State state, UUID organizationId, UUID endorsedBy, UUID approvedBy, UUID rejectedBy,
            Instant submittedAt, Instant updatedAt) {

        public String countryName(Locale locale) {
            return new CountryCode(country).displayName(locale);
        }
    }

    public record StepView(Instant at, UUID by, String kind, State state, String note, UUID decisionId) {
    }

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final FileAccess files;
    private final OrganizationManagement organizationManagement;
    private final OrganizationQueries organizations;

    Membership(JdbcClient jdbc, CurrentActor currentActor, ApplicationEventPublisher events, FileAccess files,
            OrganizationManagement organizationManagement, OrganizationQueries organizations) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.events = events;
        this.files = files;
        this.organizationManagement = organizationManagement;
        this.organizations = organizations;
    }

    /** The signed-in person applies on behalf of an organization; returns the application's id. */
    public UUID submit(ApplicationCommand command) {
        return submit(command, currentActor.get());
    }

    UUID submit(ApplicationCommand command, Actor actor) {
        if (actor.personId() == null) {
            throw new NotFoundException("person");
        }
        List<Violation> violations = new ArrayList<>();
        String legalName = required(command.legalName(), "legalName", 300, violations);
        String originalName = optional(command.originalName(), "originalName", 300, violations);
        String country = Values.trim(command.country());
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
        String website = optional(command.website(), "website", 500, violations);
        if (website != null && !org.ansoplatform.shared.WebAddress.isValid(website)) {
            violations.add(new Violation("website", "validation.url"));
        }
        String contactName = required(command.contactName(), "contactName", 200, violations);
        String contactEmail = required(command.contactEmail(), "contactEmail", 320, violations);
        if (contactEmail != null && !contactEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            violations.add(new Violation("contactEmail", "governance.error.email"));
        }
        String motivation = required(command.motivation(), "motivation", 8000, violations);
        List<UUID> fileIds = command.fileIds() == null ? List.of() : List.copyOf(command.fileIds());
        checkFiles(fileIds, actor, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into governance.application (id, applicant_id, legal_name, original_name, country, type, website,
                            contact_name, contact_email, motivation, file_ids, state, submitted_at, updated_at)
                        values (:id, :applicant, :legalName, :originalName, :country, :type, :website, :contactName,
                            :contactEmail, :motivation, cast(:files as uuid[]), 'SUBMITTED', :at, :at)""")
                .param("id", id).param("applicant", actor.personId()).param("legalName", legalName)
                .param("originalName", originalName).param("country", country).param("type", command.type().name())
                .param("website", website).param("contactName", contactName).param("contactEmail", contactEmail)
                .param("motivation", motivation).param("files", Values.array(fileIds))
                .param("at", Values.timestamp(actor.at()))
                .update();
        step(id, actor, "SUBMITTED", State.SUBMITTED, null, null);
        return id;
    }

    /** The Secretariat asks the applicant for more. */
    public void requestInformation(UUID id, String note) {
        Actor actor = currentActor.get();
        ApplicationView application = byId(id);
        String text = Values.trim(note);
        if (text == null) {
            throw new InvalidInputException("note", "validation.required");
        }
        requireState(application, "note", State.SUBMITTED);
        move(application, State.INFORMATION_REQUESTED, actor);
        step(id, actor, "INFORMATION_REQUESTED", State.INFORMATION_REQUESTED, text, null);
    }

    /** The applicant answers a request, with text and possibly more documents; own applications only. */
    public void answer(UUID id, String note, List<UUID> moreFiles) {
        Actor actor = currentActor.get();
        ApplicationView application = own(id, actor.personId());
        String text = Values.trim(note);
        List<Violation> violations = new ArrayList<>();
        if (text == null) {
            violations.add(new Violation("note", "validation.required"));
        }
        List<UUID> added = moreFiles == null ? List.of() : moreFiles;
        checkFiles(added, actor, violations);
        if (application.state() != State.INFORMATION_REQUESTED) {
            violations.add(new Violation("note", "governance.error.state", application.state().name()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<UUID> all = new ArrayList<>(application.fileIds());
        added.stream().filter(f -> !all.contains(f)).forEach(all::add);
        jdbc.sql("update governance.application set file_ids = cast(:files as uuid[]) where id = :id")
                .param("files", Values.array(all)).param("id", id).update();
        move(application, State.SUBMITTED, actor);
        step(id, actor, "ANSWERED", State.SUBMITTED, text, null);
    }

    /**
     * The Secretariat finds the application complete: it goes to the Board, and the organization enters the
     * directory as an applicant (or, when the directory already holds that name, is linked to it).
     */
    public void confirmComplete(UUID id, String note) {
        Actor actor = currentActor.get();
        ApplicationView application = byId(id);
        requireState(application, "note", State.SUBMITTED);
        UUID organizationId = application.organizationId();
        if (organizationId == null) {
            organizationId = existing(application.legalName()).map(OrganizationView::id).orElse(null);
        }
        if (organizationId == null) {
            organizationId = organizationManagement.create(new OrganizationCommand(application.legalName(),
                    application.originalName(), application.country(), application.type(), OrganizationStatus.APPLICANT,
                    java.time.LocalDate.ofInstant(actor.at(), java.time.ZoneOffset.UTC), application.website(), null));
        }
        jdbc.sql("update governance.application set organization_id = :organization where id = :id")
                .param("organization", organizationId).param("id", id).update();
        move(application, State.COMPLETE, actor);
        step(id, actor, "COMPLETE", State.COMPLETE, Values.trim(note), null);
    }

    /** Applies a decision of the Board (endorsement) or the Assembly (approval) to the application it names. */
    void apply(Sessions.DecisionView decision, Actor actor) {
        ApplicationView application = find(decision.subjectId())
                .orElseThrow(() -> new InvalidInputException("subjectId", "governance.error.unknownApplication"));
        if (decision.body() == Body.BOARD) {
            requireState(application, "subjectId", State.COMPLETE);
            if (decision.outcome().adopted()) {
                jdbc.sql("update governance.application set endorsed_by = :d where id = :id")
                        .param("d", decision.id()).param("id", application.id()).update();
                move(application, State.ENDORSED, actor);
                step(application.id(), actor, "ENDORSED", State.ENDORSED, decision.text(), decision.id());
            } else {
                decided(application, decision, actor);
            }
            return;
        }
        if (application.state() != State.ENDORSED) {
            throw new InvalidInputException("subjectId", "governance.error.notEndorsed");
        }
        if (decision.outcome().adopted() && decision.motionId() == null) {
            // the Assembly approves by vote: the decision follows a published motion about this application
            throw new InvalidInputException("motionId", "governance.error.approvalNeedsVote");
        }
        if (decision.outcome().adopted()) {
            jdbc.sql("update governance.application set approved_by = :d where id = :id")
                    .param("d", decision.id()).param("id", application.id()).update();
            move(application, State.APPROVED, actor);
            step(application.id(), actor, "APPROVED", State.APPROVED, decision.text(), decision.id());
            String endorsement = jdbc.sql("""
                            select s.title || ' (' || cast(s.starts_at as date) || ')' from governance.decision d
                            join governance.session s on s.id = d.session_id where d.id = :id""")
                    .param("id", application.endorsedBy()).query(String.class).optional().orElse("?");
            organizationManagement.changeStatus(application.organizationId(), OrganizationStatus.MEMBER, decision.date(),
                    "Endorsed by the Governing Board: " + endorsement + "; approved by the General Assembly: "
                            + decision.sessionTitle() + " (" + decision.date() + ")");
        } else {
            decided(application, decision, actor);
        }
    }

    private void decided(ApplicationView application, Sessions.DecisionView decision, Actor actor) {
        if (decision.outcome() == Outcome.POSTPONED) {
            step(application.id(), actor, "POSTPONED_" + decision.body(), application.state(), decision.text(), decision.id());
            return;
        }
        jdbc.sql("update governance.application set rejected_by = :d where id = :id")
                .param("d", decision.id()).param("id", application.id()).update();
        move(application, State.REJECTED, actor);
        step(application.id(), actor, "REJECTED_" + decision.body(), State.REJECTED, decision.text(), decision.id());
    }

    @Transactional(readOnly = true)
    public ApplicationView byId(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("application"));
    }

    /** The application, if the person submitted it; 404 otherwise, like a missing one. */
    @Transactional(readOnly = true)
    public ApplicationView own(UUID id, UUID personId) {
        return find(id).filter(a -> a.applicantId().equals(personId)).orElseThrow(() -> new NotFoundException("application"));
    }

    @Transactional(readOnly = true)
    public Optional<ApplicationView> find(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("select * from governance.application where id = :id").param("id", id)
                .query(Membership::view).optional();
    }

    @Transactional(readOnly = true)
    public List<ApplicationView> ofApplicant(UUID personId) {
        return jdbc.sql("select * from governance.application where applicant_id = :p order by submitted_at desc")
                .param("p", personId).query(Membership::view).list();
    }

    /** Every application, or those in one state, oldest first. */
    @Transactional(readOnly = true)
    public List<ApplicationView> list(State state) {
        return jdbc.sql("select * from governance.application where (cast(:state as varchar) is null or state = :state) order by submitted_at, id")
                .param("state", state == null ? null : state.name()).query(Membership::view).list();
    }

    @Transactional(readOnly = true)
    public List<StepView> history(UUID id) {
        return jdbc.sql("select * from governance.application_step where application_id = :id order by at, kind")
                .param("id", id)
                .query((rs, row) -> new StepView(Values.instant(rs, "at"), rs.getObject("by_person", UUID.class),
                        rs.getString("kind"), State.valueOf(rs.getString("state")), rs.getString("note"),
                        rs.getObject("decision_id", UUID.class)))
                .list();
    }

    /** Whether the person may read this file because it belongs to an application they may see. */
    boolean fileOfApplicationVisibleTo(UUID fileId, UUID personId, boolean staff) {
        return jdbc.sql("""
                        select exists (select 1 from governance.application
                                       where :file = any(file_ids) and (:staff or applicant_id = :person))""")
                .param("file", fileId).param("staff", staff).param("person", personId).query(Boolean.class).single();
    }

    /** Links a demo application to its directory entry with the given state. */
    void link(UUID id, UUID organizationId) {
        jdbc.sql("update governance.application set organization_id = :o where id = :id").param("o", organizationId)
                .param("id", id).update();
    }

    private Optional<OrganizationView> existing(String name) {
        return organizations.search(new OrganizationQueries.Filter(name, null, null, null), new PageRequest(0, 100))
                .items().stream().filter(o -> o.name().equalsIgnoreCase(name)).findFirst();
    }

    private void move(ApplicationView application, State to, Actor actor) {
        int moved = jdbc.sql("update governance.application set state = :to, updated_at = :at where id = :id and state = :from")
                .param("to", to.name()).param("at", Values.timestamp(actor.at())).param("id", application.id())
                .param("from", application.state().name()).update();
        if (moved == 0) {
            throw new InvalidInputException(null, "governance.error.concurrentChange");
        }
    }

    private void step(UUID id, Actor actor, String kind, State state, String note, UUID decisionId) {
        jdbc.sql("""
                        insert into governance.application_step (id, application_id, at, by_person, kind, state, note, decision_id)
                        values (:id, :application, :at, :by, :kind, :state, :note, :decision)""")
                .param("id", UUID.randomUUID()).param("application", id).param("at", Values.timestamp(actor.at()))
                .param("by", actor.personId()).param("kind", kind).param("state", state.name()).param("note", note)
                .param("decision", decisionId)
                .update();
        events.publishEvent(new GovernanceChanged("governance.application." + kind, "application", id.toString(),
                state.name(), actor));
    }

    private static void requireState(ApplicationView application, String field, State expected) {
        if (application.state() != expected) {
            String key = expected == State.COMPLETE ? "governance.error.notComplete" : "governance.error.state";
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

    private static String required(String text, String field, int max, List<Violation> violations) {
        String value = Values.trim(text);
        if (value == null) {
            violations.add(new Violation(field, "validation.required"));
        } else if (value.length() > max) {
            violations.add(new Violation(field, "validation.tooLong", max));
        }
        return value;
    }

    private static String optional(String text, String field, int max, List<Violation> violations) {
        String value = Values.trim(text);
        if (value != null && value.length() > max) {
            violations.add(new Violation(field, "validation.tooLong", max));
        }
        return value;
    }

    private static ApplicationView view(ResultSet rs, int row) throws SQLException {
        return new ApplicationView(rs.getObject("id", UUID.class), rs.getObject("applicant_id", UUID.class),
                rs.getString("legal_name"), rs.getString("original_name"), rs.getString("country").strip(),
                OrganizationType.valueOf(rs.getString("type")), rs.getString("website"), rs.getString("contact_name"),
                rs.getString("contact_email"), rs.getString("motivation"), Values.uuids(rs, "file_ids"),
                State.valueOf(rs.getString("state")), rs.getObject("organization_id", UUID.class),
                rs.getObject("endorsed_by", UUID.class), rs.getObject("approved_by", UUID.class),
                rs.getObject("rejected_by", UUID.class), Values.instant(rs, "submitted_at"),
                Values.instant(rs, "updated_at"));
    }
}
