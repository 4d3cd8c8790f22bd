package org.ansoplatform.governance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** ANSO's thematic associations: proposed (name, lead institution, aims, regions, countries), then approved by a decision. */
@Service
@Transactional
public class Associations {

    public enum State { PROPOSED, APPROVED }

    public record AssociationCommand(String acronym, String name, String leadInstitution, String aims, String regions,
            String countries, String coordinator, String members) {
    }

    public record AssociationView(UUID id, String acronym, String name, String leadInstitution, String aims,
            String regions, String countries, String coordinator, String members, State state, UUID approvedBy) {
    }

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;

    Associations(JdbcClient jdbc, CurrentActor currentActor, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.events = events;
    }

    public UUID propose(AssociationCommand command) {
        return create(command, State.PROPOSED, currentActor.get());
    }

    UUID create(AssociationCommand command, State state, Actor actor) {
        List<Violation> violations = new ArrayList<>();
        String acronym = check(command.acronym(), "acronym", 40, true, violations);
        String name = check(command.name(), "name", 300, true, violations);
        String lead = check(command.leadInstitution(), "leadInstitution", 300, true, violations);
        String aims = check(command.aims(), "aims", 4000, false, violations);
        String regions = check(command.regions(), "regions", 500, false, violations);
        String countries = check(command.countries(), "countries", 1000, false, violations);
        String coordinator = check(command.coordinator(), "coordinator", 200, false, violations);
        String members = check(command.members(), "members", 4000, false, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            insert into governance.association (id, acronym, name, lead_institution, aims, regions, countries,
                                coordinator, members, state, created_at)
                            values (:id, :acronym, :name, :lead, :aims, :regions, :countries, :coordinator, :members, :state, :at)""")
                    .param("id", id).param("acronym", acronym).param("name", name).param("lead", lead).param("aims", aims)
                    .param("regions", regions).param("countries", countries).param("coordinator", coordinator)
                    .param("members", members).param("state", state.name()).param("at", Values.timestamp(actor.at()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("acronym", "governance.error.duplicateAcronym");
        }
        events.publishEvent(new GovernanceChanged("governance.associationProposed", "association", id.toString(), acronym, actor));
        return id;
    }

    void apply(Sessions.DecisionView decision, Actor actor) {
        AssociationView association = find(decision.subjectId())
                .orElseThrow(() -> new InvalidInputException("subjectId", "governance.error.unknownAssociation"));
        if (!decision.outcome().adopted()) {
            return;
        }
        if (association.state() != State.PROPOSED) {
            throw new InvalidInputException("subjectId", "governance.error.state", association.state().name());
        }
        jdbc.sql("update governance.association set state = 'APPROVED', approved_by = :d where id = :id")
                .param("d", decision.id()).param("id", association.id()).update();
        events.publishEvent(new GovernanceChanged("governance.associationApproved", "association",
                association.id().toString(), association.acronym(), actor));
    }

    @Transactional(readOnly = true)
    public Optional<AssociationView> find(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("select * from governance.association where id = :id").param("id", id)
                .query(Associations::view).optional();
    }

    @Transactional(readOnly = true)
    public AssociationView byId(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("association"));
    }

    @Transactional(readOnly = true)
    public List<AssociationView> list() {
        return jdbc.sql("select * from governance.association order by state, acronym").query(Associations::view).list();
    }

    @Transactional(readOnly = true)
    boolean exists(String acronym) {
        return jdbc.sql("select exists (select 1 from governance.association where acronym = :a)").param("a", acronym)
                .query(Boolean.class).single();
    }

    private static String check(String text, String field, int max, boolean required, List<Violation> violations) {
        String value = Values.trim(text);
        if (value == null && required) {
            violations.add(new Violation(field, "validation.required"));
        } else if (value != null && value.length() > max) {
            violations.add(new Violation(field, "validation.tooLong", max));
        }
        return value;
    }

    private static AssociationView view(ResultSet rs, int row) throws SQLException {
        return new AssociationView(rs.getObject("id", UUID.class), rs.getString("acronym"), rs.getString("name"),
                rs.getString("lead_institution"), rs.getString("aims"), rs.getString("regions"), rs.getString("countries"),
                rs.getString("coordinator"), rs.getString("members"), State.valueOf(rs.getString("state")),
                rs.getObject("approved_by", UUID.class));
    }
}
