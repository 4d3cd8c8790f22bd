package org.ansoplatform.projects;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.projects.core.CheckedProject;
import org.ansoplatform.projects.core.ProjectInput;
import org.ansoplatform.projects.core.ProjectLifecycle;
import org.ansoplatform.projects.core.ProjectStore;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.RecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that changes a project's details and status. Each command checks all of its input before it writes
 * and refuses with every violation at once; every status a project has is recorded with who set it and why.
 * Partners and teams are {@link org.ansoplatform.projects.core.ProjectTeams}'; money is
 * {@link org.ansoplatform.projects.money.ProjectMoney}'s.
 */
@Service
@Transactional
public class ProjectManagement {

    /** The reason recorded for the status a project is entered with, when none is given. */
    public static final String ENTERED = "Entered directly";

    private final ProjectStore store;
    private final ProjectInput input;
    private final ApplicationEventPublisher events;
    private final CurrentActor currentActor;

    ProjectManagement(ProjectStore store, ProjectInput input, ApplicationEventPublisher events, CurrentActor currentActor) {
        this.store = store;
        this.input = input;
        this.events = events;
        this.currentActor = currentActor;
    }

    /** Enters a project directly (one funded before the platform existed), as the signed-in person; returns its id. */
    public UUID create(ProjectCommand command) {
        return create(UUID.randomUUID(), command, null, null, ENTERED, currentActor.get());
    }

    /**
     * Enters a project directly under an id the caller chose, with the reason and moment of the status it is entered
     * with: the demo derives the id from the project's code, so a project written again after it was removed is the
     * same record to search and to every link, and dates its history as the sources do. The caller makes sure no
     * project has the id yet.
     */
    public UUID create(UUID id, ProjectCommand command, String reason, Actor actor) {
        return create(id, command, null, null, reason == null || reason.isBlank() ? ENTERED : reason.strip(), actor);
    }

    /**
     * Creates the project an accepted award funds, once per application: empty when the application already has
     * its project (a second delivery of the award changes nothing).
     */
    public Optional<UUID> createAwarded(ProjectCommand command, UUID callId, UUID applicationId, String reason, Actor actor) {
        if (store.byApplication(applicationId).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(create(UUID.randomUUID(), command, callId, applicationId, reason, actor));
    }

    private UUID create(UUID id, ProjectCommand command, UUID callId, UUID applicationId, String reason, Actor actor) {
        CheckedProject project = input.check(command, null);
        store.insert(id, project, callId, applicationId, actor.at());
        store.appendStatus(id, null, project.status(), reason, actor);
        events.publishEvent(new ProjectCreated(id, project.code(), actor));
        events.publishEvent(new RecordChanged(ProjectQueries.ref(id)));
        return id;
    }

    /**
     * Changes a project's details (never its status). The money already entered holds it: the currency stays
     * once there is any, the granted amount covers the budget lines, and the dates cover their years.
     */
    public void update(UUID id, ProjectCommand command) {
        store.lock(id).orElseThrow(() -> new NotFoundException("project"));
        CheckedProject project = input.check(command, id);
        ProjectStore.MoneyBounds money = store.moneyBounds(id);
        List<Violation> violations = new ArrayList<>();
        if (money.anyEntry() && !money.currency().equals(project.granted().currency())) {
            violations.add(new Violation("currency", "projects.money.error.currencyFixed", money.currency()));
        } else if (project.granted().amount().compareTo(money.budgetTotal()) < 0) {
            violations.add(new Violation("grantedAmount", "projects.money.error.grantedBelowBudget",
                    money.budgetTotal().toPlainString(), money.currency()));
        }
        if (money.firstYear() != null && (money.firstYear() < project.startDate().getYear()
                || money.lastYear() > project.endDate().getYear())) {
            violations.add(new Violation("startDate", "projects.money.error.datesExcludeLines", String.valueOf(money.firstYear()),
                    String.valueOf(money.lastYear())));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Actor actor = currentActor.get();
        store.update(id, project, actor.at());
        events.publishEvent(new ProjectUpdated(id, project.code(), actor));
        events.publishEvent(new RecordChanged(ProjectQueries.ref(id)));
    }

    /** Moves a project to another status for a reason; a wrong move or a missing reason changes nothing. */
    public void changeStatus(UUID id, ProjectStatus status, String reason) {
        changeStatus(id, status, reason, null, currentActor.get());
    }

    /**
     * Moves a project to another status for a reason; an extension names the new end date, later than the current
     * one (and only an extension names one). Every problem is refused at once and nothing changes.
     */
    public void changeStatus(UUID id, ProjectStatus status, String reason, LocalDate newEnd) {
        changeStatus(id, status, reason, newEnd, currentActor.get());
    }

    public void changeStatus(UUID id, ProjectStatus status, String reason, Actor actor) {
        changeStatus(id, status, reason, null, actor);
    }

    public void changeStatus(UUID id, ProjectStatus status, String reason, LocalDate newEnd, Actor actor) {
        ProjectStatus current = store.lock(id).orElseThrow(() -> new NotFoundException("project"));
        List<Violation> violations = new ArrayList<>();
        ProjectLifecycle.Move move = null;
        try {
            move = new ProjectLifecycle(current).to(status, reason);
        } catch (InvalidInputException refused) {
            violations.addAll(refused.violations());
        }
        LocalDate end = store.endDate(id);
        if (status == ProjectStatus.EXTENDED && newEnd == null) {
            violations.add(new Violation("newEnd", "projects.project.error.newEndRequired"));
        } else if (status == ProjectStatus.EXTENDED && !newEnd.isAfter(end)) {
            violations.add(new Violation("newEnd", "projects.project.error.newEndNotLater", end.toString()));
        } else if (status != ProjectStatus.EXTENDED && newEnd != null) {
            violations.add(new Violation("newEnd", "projects.project.error.newEndOnlyWhenExtended"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        store.setStatus(id, move.to(), actor.at());
        if (newEnd != null) {
            store.setEndDate(id, newEnd, actor.at());
        }
        store.appendStatus(id, move.from(), move.to(), move.reason(), actor);
        events.publishEvent(new ProjectStatusChanged(id, store.code(id), move.from(), move.to(), move.reason(), actor));
        events.publishEvent(new RecordChanged(ProjectQueries.ref(id)));
    }
}
