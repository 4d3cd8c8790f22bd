package org.ansoplatform.calls;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.ansoplatform.calls.definition.CallSearchSource;
import org.ansoplatform.calls.definition.AnsweredKeyQueries;
import org.ansoplatform.calls.definition.CallStore;
import org.ansoplatform.calls.definition.FormCompatibility;
import org.ansoplatform.calls.definition.NextRound;
import org.ansoplatform.calls.definition.TrackChoice;
import org.ansoplatform.calls.eligibility.Eligibility;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.shared.RecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Secretariat creates, edits and clones calls; every problem of a definition is reported together. */
@Service
public class CallManagement {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,79}");
    private static final Pattern PREFIX = Pattern.compile("[A-Z0-9]{2,12}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,59}");

    private final CallStore store;
    private final ApplicationEventPublisher events;
    private final CurrentActor actor;
    private final Clock clock;
    private final AnsweredKeyQueries answered;

    CallManagement(CallStore store, ApplicationEventPublisher events, CurrentActor actor, Clock clock, AnsweredKeyQueries answered) {
        this.store = store;
        this.answered = answered;
        this.events = events;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * What a save did beyond what was asked, for the page to say: the track question follows the tracks
     * ({@code offered}, {@code withdrawn}) and drafts lose answers ({@code losses}).
     */
    public record Notices(List<Track> offered, List<String> withdrawn, List<FormCompatibility.Loss> losses) {

        static final Notices NONE = new Notices(List.of(), List.of(), List.of());

        public boolean any() {
            return !offered.isEmpty() || !withdrawn.isEmpty() || !losses.isEmpty();
        }
    }

    @Transactional
    public UUID create(CallDefinition call) {
        return createWithNotices(call).id();
    }

    /** A new call and what the save adjusted. */
    public record Created(UUID id, Notices notices) {
    }

    @Transactional
    public Created createWithNotices(CallDefinition requested) {
        TrackChoice.Result tracks = TrackChoice.apply(requested);
        CallDefinition call = tracks.definition();
        check(call, null);
        UUID id = UUID.randomUUID();
        store.insert(id, store.programme(call.programmeCode(), call.title()), call, null, clock.instant());
        events.publishEvent(new CallChanged(id, call.code(), "created", actor.get()));
        events.publishEvent(new RecordChanged(CallSearchSource.ref(id)));
        return new Created(id, new Notices(tracks.offered(), tracks.withdrawn(), List.of()));
    }

    /**
     * Saves a new version of the call, refused when someone saved it meanwhile ({@code version}), when it removes
     * a track applications chose, or removes or retypes a question submitted applications answered.
     */
    @Transactional
    public Notices update(UUID id, CallDefinition requested, int version) {
        CallView current = store.find(id).orElseThrow(() -> new NotFoundException("call " + id));
        TrackChoice.Result tracks = TrackChoice.apply(requested);
        CallDefinition call = tracks.definition();
        AnsweredKeyQueries.Counts counts = answered.of(id);
        List<Violation> problems = new ArrayList<>(FormCompatibility.refusals(current.definition().form(), call.form(), counts));
        current.definition().tracks().stream().map(Track::code)
                .filter(code -> counts.chose(code) > 0 && call.tracks().stream().noneMatch(track -> track.code().equals(code)))
                .findFirst().ifPresent(code -> problems.add(new Violation("tracks", "callbuilder.tracks.chosen", code, counts.chose(code))));
        check(call, id, problems);
        if (!store.update(id, store.programme(call.programmeCode(), call.title()), call, version)) {
            throw new InvalidInputException("version", "calls.call.changedMeanwhile");
        }
        events.publishEvent(new CallChanged(id, call.code(), "updated", actor.get()));
        events.publishEvent(new RecordChanged(CallSearchSource.ref(id)));
        return new Notices(tracks.offered(), tracks.withdrawn(), FormCompatibility.losses(current.definition().form(), call.form(), counts));
    }

    /**
     * Next year's round as {@link NextRound} proposes it (code, prefix, dates, title, description and eligibility dates a
     * year on), unconfirmed; for callers without a proposal page.
     */
    @Transactional
    public UUID cloneAsNextRound(UUID id) {
        CallView source = store.find(id).orElseThrow(() -> new NotFoundException("call " + id));
        return cloneAsNextRound(id, NextRound.propose(source.definition(), code -> store.codeTaken(code, null)));
    }

    /**
     * Next year's round as the Secretariat confirmed it: the call with the proposal's code, prefix, title, description,
     * dates and eligibility rules, as a draft; tracks, hosts, form, selection rules and award terms (a year later) are
     * copied, nothing of the applications. Every problem of the proposal is reported together, as for any call.
     */
    @Transactional
    public UUID cloneAsNextRound(UUID id, NextRound.Proposal proposal) {
        CallView source = store.find(id).orElseThrow(() -> new NotFoundException("call " + id));
        CallDefinition old = source.definition();
        CallDefinition copy = new CallDefinition(old.programmeCode(), proposal.code(), proposal.referencePrefix(), proposal.title(),
                proposal.description(), old.zone(), proposal.opens(), proposal.closes(), CallStatus.DRAFT, old.refereeCount(),
                old.nominationQuota(), old.tracks(), old.hosts(), old.form(), proposal.eligibility(), old.reopenBeforeDeadline());
        check(copy, null);
        UUID cloneId = UUID.randomUUID();
        store.insert(cloneId, store.programme(copy.programmeCode(), copy.title()), copy, id, clock.instant());
        store.copySelectionRules(id, cloneId);
        store.copyAwardTerms(id, cloneId);
        events.publishEvent(new CallChanged(cloneId, copy.code(), "cloned", actor.get()));
        events.publishEvent(new RecordChanged(CallSearchSource.ref(cloneId)));
        return cloneId;
    }

    /** Every problem of a definition, reported together. */
    private void check(CallDefinition call, UUID id) {
        check(call, id, new ArrayList<>());
    }

    private void check(CallDefinition call, UUID id, List<Violation> problems) {
        if (call.programmeCode() == null || !CODE.matcher(call.programmeCode()).matches()) {
            problems.add(new Violation("programmeCode", "calls.call.badCode"));
        }
        if (call.code() == null || !CODE.matcher(call.code()).matches()) {
            problems.add(new Violation("code", "calls.call.badCode"));
        } else if (store.codeTaken(call.code(), id)) {
            problems.add(new Violation("code", "calls.call.codeTaken", call.code()));
        }
        if (call.referencePrefix() == null || !PREFIX.matcher(call.referencePrefix()).matches()) {
            problems.add(new Violation("referencePrefix", "calls.call.badPrefix"));
        }
        if (call.title() == null || call.title().isEmpty()) {
            problems.add(new Violation("title", "calls.call.titleRequired"));
        }
        if (call.zone() == null || call.opens() == null || call.closes() == null) {
            problems.add(new Violation("closes", "calls.call.datesRequired"));
        } else if (!call.closesAt().isAfter(call.opensAt())) {
            problems.add(new Violation("closes", "calls.call.closesBeforeOpens"));
        }
        if (call.status() == null) {
            problems.add(new Violation("status", "calls.call.statusRequired"));
        }
        if (call.refereeCount() < 0 || call.refereeCount() > 5) {
            problems.add(new Violation("refereeCount", "calls.call.refereeCount"));
        }
        if (call.nominationQuota() < 0) {
            problems.add(new Violation("nominationQuota", "calls.call.negative"));
        }
        checkCodes(call.tracks().stream().map(Track::code).toList(), "tracks", problems);
        checkCodes(call.hosts().stream().map(Host::code).toList(), "hosts", problems);
        if (call.tracks().stream().anyMatch(track -> track.awardQuota() < 0 || track.name() == null || track.name().isEmpty())
                || call.hosts().stream().anyMatch(host -> host.capacity() < 0 || host.kind() == null || host.name() == null || host.name().isEmpty())) {
            problems.add(new Violation("tracks", "calls.call.badTrackOrHost"));
        }
        FormDefinitionRules.check(call.form(), KEY, problems);
        try {
            Eligibility.fromJson(call.eligibility());
        } catch (InvalidInputException e) {
            e.violations().forEach(violation -> problems.add(new Violation("eligibility", violation.messageKey(), violation.args())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void checkCodes(List<String> codes, String field, List<Violation> problems) {
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            if (code == null || !KEY.matcher(code).matches() || !seen.add(code)) {
                problems.add(new Violation(field, "calls.call.badTrackOrHost"));
                return;
            }
        }
    }
}
