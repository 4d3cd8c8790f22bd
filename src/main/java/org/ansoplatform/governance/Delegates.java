package org.ansoplatform.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who speaks and votes for a member organization: a person appointed by the Secretariat as its delegate.
 * A person represents at most one organization at a time; an appointment is ended, never deleted.
 */
@Service
@Transactional
public class Delegates {

    public record DelegateView(UUID id, UUID personId, String personName, String email, UUID organizationId,
            String organizationName, LocalDate since) {
    }

    private final JdbcClient jdbc;
    private final AccountQueries accounts;
    private final OrganizationQueries organizations;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;

    Delegates(JdbcClient jdbc, AccountQueries accounts, OrganizationQueries organizations, CurrentActor currentActor,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.organizations = organizations;
        this.currentActor = currentActor;
        this.events = events;
    }

    /** Appoints the person with this email as delegate of the organization, ending any earlier appointment. */
    public UUID appoint(String email, UUID organizationId) {
        UUID personId = accounts.idOf(email == null ? "" : email.strip())
                .orElseThrow(() -> new InvalidInputException("email", "governance.error.unknownPerson"));
        return appoint(personId, organizationId, currentActor.get());
    }

    UUID appoint(UUID personId, UUID organizationId, Actor actor) {
        if (organizations.byId(organizationId).isEmpty()) {
            throw new InvalidInputException("organizationId", "governance.error.unknownOrganization");
        }
        LocalDate today = LocalDate.ofInstant(actor.at(), java.time.ZoneOffset.UTC);
        jdbc.sql("update governance.delegate set until = :today where person_id = :person and until is null")
                .param("today", today).param("person", personId).update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into governance.delegate (id, person_id, organization_id, since)
                        values (:id, :person, :organization, :since)""")
                .param("id", id).param("person", personId).param("organization", organizationId).param("since", today)
                .update();
        events.publishEvent(new GovernanceChanged("governance.delegateAppointed", "organization",
                organizationId.toString(), personId.toString(), actor));
        return id;
    }

    public void end(UUID delegateId) {
        Actor actor = currentActor.get();
        int ended = jdbc.sql("update governance.delegate set until = :today where id = :id and until is null")
                .param("today", LocalDate.ofInstant(actor.at(), java.time.ZoneOffset.UTC)).param("id", delegateId)
                .update();
        if (ended == 0) {
            throw new NotFoundException("delegate");
        }
        events.publishEvent(new GovernanceChanged("governance.delegateEnded", "delegate", delegateId.toString(), "",
                actor));
    }

    /** The organization this person represents now, if any. */
    @Transactional(readOnly = true)
    public Optional<UUID> organizationOf(UUID personId) {
        if (personId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select organization_id from governance.delegate where person_id = :person and until is null")
                .param("person", personId).query(UUID.class).optional();
    }

    @Transactional(readOnly = true)
    public List<DelegateView> current() {
        return jdbc.sql("select id, person_id, organization_id, since from governance.delegate where until is null order by since, id")
                .query((rs, row) -> {
                    UUID personId = rs.getObject("person_id", UUID.class);
                    UUID organizationId = rs.getObject("organization_id", UUID.class);
                    var person = accounts.person(personId);
                    return new DelegateView(rs.getObject("id", UUID.class), personId,
                            person.map(AccountQueries.PersonView::displayName).orElse("?"),
                            person.map(AccountQueries.PersonView::email).orElse("?"), organizationId,
                            organizations.byId(organizationId).map(o -> o.name()).orElse("?"),
                            rs.getObject("since", LocalDate.class));
                }).list();
    }
}
