package org.ansoplatform.organizations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.CountryCode;
import org.ansoplatform.shared.RecordChanged;
import org.ansoplatform.shared.RorId;
import org.ansoplatform.platform.TextInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that changes the directory. Each command checks all of its input before it writes anything and
 * refuses with every violation at once; a status change is appended to the history, which is never edited.
 */
@Service
@Transactional
public class OrganizationManagement {

    public static final int NAME_MAX = 300;
    public static final int WEBSITE_MAX = 500;

    /** Input that passed every check, trimmed and normalized. */
    record Checked(String name, String originalName, String country, OrganizationType type, OrganizationStatus status,
            LocalDate statusSince, String website, String rorId) {
    }

    private final Organizations organizations;
    private final OrganizationStore store;
    private final ApplicationEventPublisher events;
    private final CurrentActor currentActor;
    private final Clock clock;

    OrganizationManagement(Organizations organizations, OrganizationStore store, ApplicationEventPublisher events,
            CurrentActor currentActor, Clock clock) {
        this.organizations = organizations;
        this.store = store;
        this.events = events;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /**
     * Registers an organization with its initial status, as the signed-in person; returns its id. It cannot
     * start as a member: membership comes only from a governance decision (decision 23).
     */
    public UUID create(OrganizationCommand command) {
        Checked input = check(command, null, Membership.FIXED, null);
        return register(input, currentActor.get());
    }

    /** Registers on behalf of the given actor: the demo loader uses the system actor, and members of the demo's history. */
    UUID register(OrganizationCommand command, Actor actor) {
        return register(check(command, null, Membership.FREE, null), actor);
    }

    private UUID register(Checked input, Actor actor) {
        Organization organization = Organization.register(input, actor.at());
        save(organization);
        appendStatus(organization.id(), organization.status(), organization.statusSince(), actor);
        events.publishEvent(new OrganizationRegistered(organization.id(), organization.name(), organization.status(),
                actor));
        events.publishEvent(new RecordChanged(OrganizationSearchSource.ref(organization.id())));
        return organization.id();
    }

    /**
     * Changes an organization. When the status changes but its date is left empty or as it was, the new status
     * holds since today: an old date would misdate the history.
     */
    public void update(UUID id, OrganizationCommand command) {
        Organization organization = organizations.findById(id).orElseThrow(() -> new NotFoundException("organization"));
        OrganizationStatus previous = organization.status();
        LocalDate previousSince = organization.statusSince();
        Checked input = check(command, id, Membership.FIXED, previous);
        Actor actor = currentActor.get();
        boolean statusChanged = previous != input.status();
        LocalDate since = input.statusSince();
        if (statusChanged && (since == null || since.equals(organization.statusSince()))) {
            since = LocalDate.now(clock);
        }
        if (!organization.change(input, since, actor.at())) {
            return;
        }
        boolean sinceChanged = !statusChanged && since != null && !since.equals(previousSince);
        save(organization);
        if (statusChanged) {
            appendStatus(id, input.status(), since, actor);
            events.publishEvent(new OrganizationStatusChanged(id, previous, input.status(), since, actor));
        } else if (sinceChanged) {
            // the history is never edited: a corrected date is a row of its own, so the history shows the date
            // that the directory shows
            appendStatus(id, input.status(), since, actor);
        }
        events.publishEvent(new OrganizationUpdated(id, organization.name(), actor));
        events.publishEvent(new RecordChanged(OrganizationSearchSource.ref(id)));
    }

    /**
     * Gives an organization a new status on the basis of decisions taken elsewhere (such as the General
     * Assembly approving a membership application), appending the basis to its status history. Nothing
     * happens when it already holds that status.
     */
    public void changeStatus(UUID id, OrganizationStatus status, LocalDate since, String basis) {
        Organization organization = organizations.findById(id).orElseThrow(() -> new NotFoundException("organization"));
        OrganizationStatus previous = organization.status();
        if (previous == status) {
            return;
        }
        Actor actor = currentActor.get();
        LocalDate date = since == null ? LocalDate.now(clock) : since;
        Checked input = new Checked(organization.name(), organization.originalName(), organization.country(),
                organization.type(), status, date, organization.website(), organization.rorId());
        organization.change(input, date, actor.at());
        save(organization);
        appendStatus(id, status, date, actor, basis == null || basis.length() <= 1000 ? basis : basis.substring(0, 1000));
        events.publishEvent(new OrganizationStatusChanged(id, previous, status, date, actor));
        events.publishEvent(new OrganizationUpdated(id, organization.name(), actor));
        events.publishEvent(new RecordChanged(OrganizationSearchSource.ref(id)));
    }

    /** Whether an organization other than {@code except} (may be null) already has this name, in any case. */
    boolean nameTaken(String name, UUID except) {
        return store.nameTaken(name, except);
    }

    /** Whether a command may make or unmake a member: only the demo's history may, the directory's forms never. */
    private enum Membership {
        FREE, FIXED
    }

    private Checked check(OrganizationCommand command, UUID self, Membership membership, OrganizationStatus previous) {
        List<Violation> violations = new ArrayList<>();

        String name = tidy(TextInput.checkLine(command.name(), "name", NAME_MAX, true, violations));
        if (name != null && violations.isEmpty() && store.nameTaken(name, self)) {
            violations.add(new Violation("name", "organizations.error.duplicateName"));
        }

        String originalName = tidy(TextInput.checkLine(command.originalName(), "originalName", NAME_MAX, false, violations));

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
        if (command.status() == null) {
            violations.add(new Violation("status", "validation.required"));
        } else if (membership == Membership.FIXED
                && (command.status() == OrganizationStatus.MEMBER) != (previous == OrganizationStatus.MEMBER)) {
            // who is a member decides who votes in the Assembly: only a governance decision changes it (changeStatus)
            violations.add(new Violation("status", "organizations.error.membershipByDecision"));
        }

        String website = TextInput.trim(command.website());
        if (website != null && website.length() > WEBSITE_MAX) {
            violations.add(new Violation("website", "validation.tooLong", WEBSITE_MAX));
        } else if (website != null && !org.ansoplatform.shared.WebAddress.isValid(website)) {
            violations.add(new Violation("website", "validation.url"));
        }

        String rorId = TextInput.trim(command.rorId());
        if (rorId != null) {
            if (RorId.isValid(rorId)) {
                rorId = RorId.parse(rorId).value();
            } else {
                violations.add(new Violation("rorId", "validation.ror"));
            }
        }

        if (!violations.isEmpty()) {
            // a name already in the directory is a conflict (409 in the API) only when nothing else is wrong
            throw violations.stream().allMatch(v -> v.messageKey().equals("organizations.error.duplicateName"))
                    ? new org.ansoplatform.platform.ConflictException(violations) : new InvalidInputException(violations);
        }
        return new Checked(name, originalName, country, command.type(), command.status(), command.statusSince(),
                website, rorId);
    }

    /**
     * A name as the directory shows it: runs of spaces made one, and none before a comma, semicolon, colon or
     * closing parenthesis (a full stop is left alone: it may begin a word, as in .NET). Also makes two spellings
     * of one name the same name for the duplicate check.
     */
    static String tidy(String name) {
        return name == null ? null : name.replaceAll("\\s+", " ").replaceAll(" ([,;:)])", "$1").replaceAll("\\( ", "(");
    }

    private void save(Organization organization) {
        try {
            organizations.save(organization);
        } catch (RuntimeException e) {
            // two saves of one name at the same moment: the unique index decides, the loser is told
            if (causedBy(e, DuplicateKeyException.class)) {
                throw new org.ansoplatform.platform.ConflictException("name", "organizations.error.duplicateName");
            }
            throw e;
        }
    }

    private void appendStatus(UUID organizationId, OrganizationStatus status, LocalDate since, Actor actor) {
        appendStatus(organizationId, status, since, actor, null);
    }

    private void appendStatus(UUID organizationId, OrganizationStatus status, LocalDate since, Actor actor, String basis) {
        store.appendStatus(organizationId, status, since, actor, basis);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
