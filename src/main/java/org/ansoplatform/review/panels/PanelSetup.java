package org.ansoplatform.review.panels;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.review.ReviewScope;
import org.ansoplatform.review.ReviewerInvited;
import org.ansoplatform.review.ReviewersReassigned;
import org.ansoplatform.review.ReviewingOpened;
import org.ansoplatform.review.SubjectSource;
import org.ansoplatform.review.SubjectSource.ScopeSummary;
import org.ansoplatform.review.panels.PanelQueries.MemberStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Panels: one per reviewed scope offered by a SubjectSource. The Secretariat sets a panel up (settings,
 * subjects loaded from the source, reviewers invited from the pool), reviewers accept or decline, and
 * reviewing opens once a verified assignment is stored. Conflicts are recomputed whenever subjects or
 * members change.
 */
@Service
@Transactional
public class PanelSetup {

    /** Where an invited reviewer answers, and where a reviewer finds the reviews they were given. */
    static final String INVITATIONS_PATH = "/reviewer/panels";
    static final String REVIEWS_PATH = "/reviewer/reviews";
    static final int MAX_KEYS = 50;
    static final int MAX_KEY_LENGTH = 100;

    private final PanelStore panels;
    private final SubjectStore subjects;
    private final MemberStore members;
    private final AssignmentStore assignments;
    private final ReviewerStore reviewers;
    private final PanelQueries queries;
    private final SubjectSourceLookup sources;
    private final ConflictRegister conflicts;
    private final AssignmentRunner runner;
    private final CurrentActor actor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PanelSetup(PanelStore panels, SubjectStore subjects, MemberStore members, AssignmentStore assignments, ReviewerStore reviewers,
            PanelQueries queries, SubjectSourceLookup sources, ConflictRegister conflicts, AssignmentRunner runner, CurrentActor actor,
            ApplicationEventPublisher events, Clock clock) {
        this.panels = panels;
        this.subjects = subjects;
        this.members = members;
        this.assignments = assignments;
        this.reviewers = reviewers;
        this.queries = queries;
        this.sources = sources;
        this.conflicts = conflicts;
        this.runner = runner;
        this.actor = actor;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param deadline the review deadline as a local date-time in {@code zone}, or null
     */
    public record Settings(int reviewersPerSubject, int minLoad, int maxLoad, double loadPenalty, boolean fairnessFloor,
            boolean conflictSameCountry, List<String> blindFields, List<String> conflictListFields, LocalDateTime deadline,
            String zone) {
    }

    /**
     * Opens a panel for a scope offered by a source; its title is the scope's. A scope that already has
     * a panel (a double click, two people at once) answers that panel's id.
     */
    public UUID open(String scopeType, UUID scopeId) {
        Optional<SubjectSource> source = scopeType == null ? Optional.empty() : sources.find(scopeType);
        ScopeSummary scope = source.isEmpty() || scopeId == null ? null : source.get().scope(scopeId).orElse(null);
        if (scope == null) {
            throw new InvalidInputException("scope", "review.panel.error.scope");
        }
        // personal data starts hidden: showing it to reviewers is the Secretariat's choice (the panel's blind fields)
        String[] personal = source.get().contentKeys(scopeId, Locale.ENGLISH).stream().filter(SubjectSource.ContentKey::personal)
                .map(SubjectSource.ContentKey::key).toArray(String[]::new);
        return panels.insertOnce(UUID.randomUUID(), new ReviewScope(scopeType, scopeId), scope.title(), personal, clock.instant());
    }

    public void configure(UUID panelId, Settings settings) {
        Panel panel = panels.lock(panelId);
        List<Violation> violations = new ArrayList<>();
        if (!panel.inSetup() && changesSetup(panel, settings)) {
            violations.add(new Violation(null, "review.panel.error.notSetup"));
        }
        if (settings.reviewersPerSubject() < 1 || settings.reviewersPerSubject() > 10) {
            violations.add(new Violation("reviewersPerSubject", "review.panel.error.k", 1, 10));
        }
        if (settings.minLoad() < 0) {
            violations.add(new Violation("minLoad", "review.panel.error.minLoad"));
        }
        if (settings.maxLoad() < 1 || settings.maxLoad() > 1000) {
            violations.add(new Violation("maxLoad", "review.panel.error.maxLoad", 1, 1000));
        } else if (settings.minLoad() > settings.maxLoad()) {
            violations.add(new Violation("minLoad", "review.panel.error.minAboveMax"));
        }
        if (!(settings.loadPenalty() >= 0 && settings.loadPenalty() <= 1)) {
            violations.add(new Violation("loadPenalty", "review.panel.error.penalty"));
        }
        ZoneId zone = null;
        try {
            zone = ZoneId.of(settings.zone() == null || settings.zone().isBlank() ? "Asia/Shanghai" : settings.zone().strip());
        } catch (DateTimeException e) {
            violations.add(new Violation("zone", "review.panel.error.zone"));
        }
        String[] blind = keys(settings.blindFields());
        String[] listed = keys(settings.conflictListFields());
        checkKeys(panel, "blindFields", blind, panel.blindFields(), violations);
        checkKeys(panel, "conflictListFields", listed, panel.conflictListFields(), violations);
        Instant deadline = settings.deadline() == null || zone == null ? null : settings.deadline().atZone(zone).toInstant();
        if (deadline != null && deadline.isBefore(clock.instant()) && !deadline.equals(panel.reviewDeadline())) {
            violations.add(new Violation("deadline", "review.panel.error.deadlinePast"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        panels.saveSettings(panelId, settings, blind, listed, deadline, zone.getId());
        if (settings.conflictSameCountry() != panel.conflictSameCountry()) {
            conflicts.recompute(panelId);
        }
    }

    /** The settings and whether the panel is double-blind (its reviewers see no applicant's name), stored together. */
    public void configure(UUID panelId, Settings settings, boolean doubleBlind) {
        configure(panelId, settings);
        panels.saveDoubleBlind(panelId, doubleBlind);
    }

    private static boolean changesSetup(Panel panel, Settings s) {
        return s.reviewersPerSubject() != panel.reviewersPerSubject() || s.minLoad() != panel.minLoad() || s.maxLoad() != panel.maxLoad()
                || s.loadPenalty() != panel.loadPenalty() || s.fairnessFloor() != panel.fairnessFloor()
                || s.conflictSameCountry() != panel.conflictSameCountry();
    }

    /**
     * Blind and conflict-list fields: at most {@link #MAX_KEYS} keys of at most {@link #MAX_KEY_LENGTH}
     * characters; once subjects are loaded only keys their content shows (or already stored ones).
     */
    private void checkKeys(Panel panel, String field, String[] keys, List<String> stored, List<Violation> violations) {
        if (keys.length > MAX_KEYS) {
            violations.add(new Violation(field, "review.panel.error.keyCount", MAX_KEYS));
            return;
        }
        for (String key : keys) {
            if (key.length() > MAX_KEY_LENGTH) {
                violations.add(new Violation(field, "review.panel.error.keyLength", MAX_KEY_LENGTH));
                return;
            }
        }
        if (keys.length == 0 || queries.get(panel.id()).subjects() == 0) {
            return;
        }
        Set<String> known = new HashSet<>(stored);
        queries.contentKeys(panel.id(), Locale.ENGLISH).forEach(key -> known.add(key.key()));
        for (String key : keys) {
            if (!known.contains(key)) {
                violations.add(new Violation(field, "review.panel.error.unknownKey", key));
            }
        }
    }

    private static String[] keys(List<String> keys) {
        return keys == null ? new String[0] : new LinkedHashSet<>(keys.stream().filter(k -> k != null && !k.isBlank())
                .map(String::strip).toList()).toArray(String[]::new);
    }

    /**
     * Loads (or refreshes, while in SETUP) the panel's subjects from their source: new ones are added,
     * changed facts updated, subjects no longer offered removed with their conflicts, pins and assignments.
     * Returns the number of subjects.
     */
    public int loadSubjects(UUID panelId) {
        Panel panel = panels.lock(panelId);
        panel.requireSetup();
        List<SubjectSource.SubjectFacts> facts = sources.get(panel.scope().type()).subjects(panel.scope().id());
        subjects.replace(panelId, facts, clock.instant());
        conflicts.recompute(panelId);
        return facts.size();
    }

    /** Invites reviewers of the pool (again, after a decline); those already invited or accepted are left alone. */
    public int invite(UUID panelId, List<UUID> reviewerIds) {
        Panel panel = panels.lock(panelId);
        panel.requireNotClosed();
        if (reviewerIds == null || reviewerIds.isEmpty()) {
            throw new InvalidInputException("reviewers", "review.panel.error.noReviewers");
        }
        int invited = 0;
        Instant now = clock.instant();
        for (UUID reviewerId : new LinkedHashSet<>(reviewerIds)) {
            UUID person = reviewers.activePerson(reviewerId)
                    .orElseThrow(() -> new InvalidInputException("reviewers", "review.panel.error.unknownReviewer"));
            if (members.invite(panelId, reviewerId, now)) {
                invited++;
                events.publishEvent(new ReviewerInvited(panelId, reviewerId, person, panel.title(), INVITATIONS_PATH, actor.get()));
            }
        }
        if (invited > 0) {
            conflicts.recompute(panelId);
        }
        return invited;
    }

    /** The invited reviewer accepts or declines; someone else's invitation answers 404. */
    public void answer(UUID personId, UUID panelId, boolean accept) {
        UUID reviewerId = queries.memberOf(personId, panelId).orElseThrow(() -> new NotFoundException("invitation"));
        Panel panel = panels.lock(panelId);
        MemberStatus status = members.status(panelId, reviewerId).orElseThrow(() -> new NotFoundException("invitation"));
        if (panel.closed() || status == MemberStatus.WITHDRAWN
                || (!accept && status == MemberStatus.ACCEPTED && assignments.assignedCount(panelId, reviewerId) > 0)) {
            throw new InvalidInputException(null, "review.invitation.error.tooLate");
        }
        members.answer(panelId, reviewerId, accept ? MemberStatus.ACCEPTED : MemberStatus.DECLINED, clock.instant());
    }

    /**
     * The Secretariat withdraws a reviewer who dropped out: the member becomes WITHDRAWN and, when an
     * assignment exists, only the subjects that lose them get new reviewers. While the panel is reviewing,
     * each reviewer who gained subjects is told by email (ReviewersReassigned). Returns the re-assignment,
     * if one was needed.
     */
    public Optional<RunSummary> withdraw(UUID panelId, UUID reviewerId) {
        Panel panel = panels.lock(panelId);
        panel.requireNotClosed();
        if (!members.withdraw(panelId, reviewerId, clock.instant())) {
            throw new NotFoundException("panel member");
        }
        if (assignments.assignedCount(panelId, reviewerId) == 0) {
            return Optional.empty();
        }
        RunSummary summary = runner.reassign(panelId, List.of(reviewerId));
        if (!summary.feasible()) {
            // nothing may change when the remaining reviewers cannot take over: the withdrawal is refused too
            throw new RunSummary.Infeasible(summary);
        }
        if (panel.reviewing()) {
            // the pairs the run added carry its id (kept pairs keep theirs): one email per reviewer who gained some
            List<ReviewingOpened.Assigned> gained = assignments.subjectsPerPersonOfRun(panelId, summary.runId());
            if (!gained.isEmpty()) {
                events.publishEvent(new ReviewersReassigned(panelId, summary.runId(), panel.scope(), panel.title(), gained,
                        panel.reviewDeadline(), panel.zone(), REVIEWS_PATH));
            }
        }
        return Optional.of(summary);
    }

    /**
     * SETUP to REVIEWING: needs a stored assignment that still holds after any change since it ran
     * (conflicts recomputed first): every subject has exactly k assigned reviewers, none conflicted, all
     * accepted members with loads within bounds. Tells every assigned reviewer.
     */
    public void openReviewing(UUID panelId) {
        Panel panel = panels.lock(panelId);
        panel.requireSetup();
        conflicts.recompute(panelId);
        if (assignments.pairCount(panelId) == 0) {
            throw new InvalidInputException(null, "review.panel.error.noAssignment");
        }
        int conflicted = assignments.conflictedAssignedPairs(panelId);
        if (conflicted > 0) {
            throw new InvalidInputException(null, "review.panel.error.conflictedAssignment", conflicted);
        }
        int incomplete = assignments.subjectsWithout(panelId, panel.reviewersPerSubject());
        if (incomplete > 0) {
            throw new InvalidInputException(null, "review.panel.error.staleSubjects", incomplete, panel.reviewersPerSubject());
        }
        int offBounds = assignments.membersOffBounds(panelId);
        if (offBounds > 0) {
            throw new InvalidInputException(null, "review.panel.error.staleLoads", offBounds);
        }
        if (panel.reviewDeadline() == null) {
            throw new InvalidInputException("deadline", "review.panel.error.noDeadline");
        }
        panels.saveStatus(panel.openReviewing());
        events.publishEvent(new ReviewingOpened(panelId, panel.scope(), panel.title(), assignments.subjectsPerPerson(panelId),
                panel.reviewDeadline(), panel.zone(), INVITATIONS_PATH, actor.get()));
    }
}
