package org.ansoplatform.partnerships;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.partnerships.technology.RepresentativeStore;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who speaks for an organization on the Technology Transfer Platform: any signed-in person asks to represent an
 * organization of the directory, the Secretariat confirms or refuses with a reason and may end a confirmation. Only a
 * confirmed representative acts for the organization ({@link #require}); roles are not involved.
 */
@Service
@Transactional
public class TechnologyRepresentativeManagement {

    public static final int LINE_MAX = 200, REASON_MAX = 1000;

    private final RepresentativeStore store;
    private final OrganizationQueries organizations;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;

    TechnologyRepresentativeManagement(RepresentativeStore store, OrganizationQueries organizations,
            CurrentActor currentActor, ApplicationEventPublisher events) {
        this.store = store;
        this.organizations = organizations;
        this.currentActor = currentActor;
        this.events = events;
    }

    public UUID request(UUID organizationId, String position, String phone) {
        return request(organizationId, position, phone, currentActor.get());
    }

    /** The person asks to represent the organization; refused while a request or a confirmation is open. */
    public UUID request(UUID organizationId, String position, String phone, Actor actor) {
        List<Violation> v = new ArrayList<>();
        if (actor.personId() == null) {
            v.add(new Violation(null, "technology.error.signIn"));
        }
        if (organizationId == null) {
            v.add(new Violation("organizationId", "validation.required"));
        } else if (organizations.byId(organizationId).isEmpty()) {
            v.add(new Violation("organizationId", "technology.error.organization"));
        } else if (actor.personId() != null && store.open(actor.personId(), organizationId)) {
            v.add(new Violation("organizationId", "technology.error.alreadyRepresentative"));
        }
        String cleanPosition = TextInput.checkLine(position, "position", LINE_MAX, false, v);
        String cleanPhone = TextInput.checkLine(phone, "phone", LINE_MAX, false, v);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        UUID id = UUID.randomUUID();
        store.insert(id, actor.personId(), organizationId, cleanPosition == null ? "" : cleanPosition,
                cleanPhone == null ? "" : cleanPhone, actor.at());
        audit(actor, "technology.representative.requested", id, organizationId.toString());
        return id;
    }

    public void confirm(UUID id) {
        confirm(id, currentActor.get());
    }

    public void confirm(UUID id, Actor actor) {
        decide(id, RepresentativeStatus.REQUESTED, RepresentativeStatus.CONFIRMED, "", false, actor);
    }

    /** The Secretariat refuses a request, with the reason the person reads. */
    public void refuse(UUID id, String reason) {
        decide(id, RepresentativeStatus.REQUESTED, RepresentativeStatus.REFUSED, reason, true, currentActor.get());
    }

    /** The Secretariat ends a confirmation, with its reason; the person no longer acts for the organization. */
    public void end(UUID id, String reason) {
        decide(id, RepresentativeStatus.CONFIRMED, RepresentativeStatus.ENDED, reason, true, currentActor.get());
    }

    /** Refuses unless the person is a confirmed representative of the organization. */
    public void require(UUID personId, UUID organizationId, String field) {
        if (!represents(personId, organizationId)) {
            throw new InvalidInputException(field, "technology.error.notRepresentative");
        }
    }

    /** Whether the person is a confirmed representative of the organization. */
    @Transactional(readOnly = true)
    public boolean represents(UUID personId, UUID organizationId) {
        return personId != null && organizationId != null && store.confirmed(organizationId).stream()
                .anyMatch(r -> r.personId().equals(personId));
    }

    private void decide(UUID id, RepresentativeStatus from, RepresentativeStatus to, String reason, boolean reasonRequired,
            Actor actor) {
        List<Violation> v = new ArrayList<>();
        String cleanReason = TextInput.check(reason, "reason", REASON_MAX, reasonRequired, v);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        RepresentativeView row = store.lock(id).orElseThrow(() -> new InvalidInputException(null, "technology.error.unknown"));
        if (row.status() != from) {
            throw new InvalidInputException(null, "technology.error.representativeStep", row.status().name(), to.name());
        }
        store.decide(id, to, cleanReason == null ? "" : cleanReason, actor.personId(), actor.at());
        audit(actor, "technology.representative." + to.name().toLowerCase(java.util.Locale.ROOT), id,
                row.organizationId().toString());
    }

    private void audit(Actor actor, String action, UUID id, String detail) {
        events.publishEvent(new TechnologyChanged(actor, action, TechnologyChanged.REPRESENTATIVE, id.toString(), detail));
    }
}
