package org.ansoplatform.governance;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.governance.membership.DelegateStore;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who speaks and votes for a member organization: a person appointed by the Secretariat as its delegate.
 * A person represents at most one organization at a time; an appointment is ended, never deleted. The
 * appointment carries the role voting needs: appointing grants it, ending the appointment takes it back, so
 * the Secretariat never has to ask an administrator.
 */
@Service
@Transactional
public class DelegateManagement {

    private final DelegateStore store;
    private final AccountQueries accounts;
    private final AccountManagement accountManagement;
    private final OrganizationQueries organizations;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;

    DelegateManagement(DelegateStore store, AccountQueries accounts, AccountManagement accountManagement,
            OrganizationQueries organizations, CurrentActor currentActor, ApplicationEventPublisher events) {
        this.store = store;
        this.accounts = accounts;
        this.accountManagement = accountManagement;
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

    /** Appoints a known person on behalf of {@code actor} (the demo data, tests). */
    public UUID appoint(UUID personId, UUID organizationId, Actor actor) {
        if (organizationId == null || organizations.byId(organizationId).isEmpty()) {
            throw new InvalidInputException("organizationId", "governance.error.unknownOrganization");
        }
        UUID id = UUID.randomUUID();
        store.appoint(id, personId, organizationId, LocalDate.ofInstant(actor.at(), ZoneOffset.UTC));
        if (accounts.person(personId).isPresent()) {
            accountManagement.grant(personId, Role.MEMBER_REPRESENTATIVE);
        }
        events.publishEvent(new DelegateAppointed(id, personId, organizationId, actor));
        return id;
    }

    public void end(UUID delegateId) {
        Actor actor = currentActor.get();
        UUID personId = store.personOf(delegateId).orElseThrow(() -> new NotFoundException("delegate"));
        if (!store.end(delegateId, LocalDate.ofInstant(actor.at(), ZoneOffset.UTC))) {
            throw new NotFoundException("delegate");
        }
        if (store.organizationOf(personId).isEmpty() && accounts.person(personId).isPresent()) {
            accountManagement.revoke(personId, Role.MEMBER_REPRESENTATIVE);
        }
        events.publishEvent(new DelegateEnded(delegateId, actor));
    }
}
