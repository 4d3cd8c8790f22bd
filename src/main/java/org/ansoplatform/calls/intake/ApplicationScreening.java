package org.ansoplatform.calls.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.ApplicationView.Screening;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.EligibilityOverridden;
import org.ansoplatform.calls.eligibility.ApplicantFacts;
import org.ansoplatform.calls.eligibility.Degree;
import org.ansoplatform.calls.eligibility.Eligibility;
import org.ansoplatform.calls.eligibility.Evaluation;
import org.ansoplatform.calls.eligibility.Rule;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening by the call's eligibility rules: on submission, again for a whole call when its rules change,
 * and the Secretariat's override of the rules' verdict with a recorded reason.
 */
@Service
public class ApplicationScreening {

    /** Answers the eligibility rules read, by the keys a call's form gives them. */
    public static final String BIRTH_DATE = "birthDate", NATIONALITY = "nationality", HIGHEST_DEGREE = "highestDegree",
            DEGREE_DATE = "degreeDate", LANGUAGE_CERTIFICATE = "languageCertificate";

    private final ApplicationStore store;
    private final CallQueries calls;
    private final ApplicationEventPublisher events;
    private final CurrentActor actor;
    private final Clock clock;
    private final Map<UUID, Map.Entry<Integer, List<Rule>>> parsedRules = new ConcurrentHashMap<>();

    ApplicationScreening(ApplicationStore store, CallQueries calls, ApplicationEventPublisher events, CurrentActor actor, Clock clock) {
        this.store = store;
        this.calls = calls;
        this.events = events;
        this.actor = actor;
        this.clock = clock;
    }

    private Screening screen(ApplicationView application, CallView call, Instant now) {
        Screening screening = evaluate(application, call, now);
        store.screen(application.id(), screening.eligible(), screening.failures(), now);
        return screening;
    }

    /** The rules' verdict as of now, keeping a Secretariat's override; stores nothing. */
    Screening evaluate(ApplicationView application, CallView call, Instant now) {
        Evaluation evaluation = Eligibility.evaluate(rules(call), facts(application));
        List<Screening.Failure> failures = failures(evaluation);
        Screening previous = application.screening();
        return new Screening(evaluation.eligible(), failures, now, previous == null ? null : previous.overrideEligible(),
                previous == null ? null : previous.overrideReason(), previous == null ? null : previous.applicantNote(),
                previous == null ? null : previous.overrideAt());
    }

    /** The call's rules, parsed once per version of the call: every submission evaluates them. */
    List<Rule> rules(CallView call) {
        Map.Entry<Integer, List<Rule>> known = parsedRules.get(call.id());
        if (known == null || known.getKey() != call.version()) {
            known = Map.entry(call.version(), Eligibility.fromJson(call.definition().eligibility()));
            parsedRules.put(call.id(), known);
        }
        return known.getValue();
    }

    /** Evaluates the call's rules again for every submitted application, as they stand now. */
    @Transactional
    public int rescreen(UUID callId) {
        CallView call = calls.any(callId);
        Instant now = clock.instant();
        int count = 0;
        for (UUID id : store.submittedIds(callId)) {
            screen(store.find(id).orElseThrow(), call, now);
            count++;
        }
        return count;
    }

    /**
     * The Secretariat sets the verdict against the rules; the reason is required, internal and recorded in the
     * audit trail. The note, optional, is what the applicant reads: it never shows the internal reason.
     */
    @Transactional
    public void override(UUID id, boolean eligible, String reason, String applicantNote) {
        ApplicationView application = store.lock(id).orElseThrow(() -> new NotFoundException("application " + id));
        String clean = reason == null ? "" : reason.strip();
        if (clean.length() < 5) {
            throw new InvalidInputException("reason", "calls.screening.reasonRequired");
        }
        if (clean.length() > 2000) {
            throw new InvalidInputException("reason", "calls.screening.reasonTooLong");
        }
        String note = applicantNote == null || applicantNote.isBlank() ? null : applicantNote.strip();
        if (note != null && note.length() > 2000) {
            throw new InvalidInputException("applicantNote", "calls.screening.reasonTooLong");
        }
        if (application.status() != ApplicationStatus.SUBMITTED) {
            throw new InvalidInputException("reason", "calls.screening.notSubmitted");
        }
        store.override(id, eligible, clean, note, actor.personId(), clock.instant());
        events.publishEvent(new EligibilityOverridden(id, eligible, clean, actor.get()));
    }

    /** The same override for several applications of one call, all or none. */
    @Transactional
    public void overrideAll(UUID callId, List<UUID> ids, boolean eligible, String reason, String applicantNote) {
        if (ids.isEmpty()) {
            throw new InvalidInputException("selected", "calls.screening.noneSelected");
        }
        for (UUID id : ids) {
            ApplicationView application = store.find(id).orElseThrow(() -> new NotFoundException("application " + id));
            if (!application.callId().equals(callId)) {
                throw new NotFoundException("application " + id);
            }
            override(id, eligible, reason, applicantNote);
        }
    }

    /** The failed rules' reasons, as stored with the application. */
    public static List<Screening.Failure> failures(Evaluation evaluation) {
        return evaluation.failures().stream()
                .flatMap(outcome -> outcome.reasons().stream()
                        .map(reason -> new Screening.Failure(outcome.ruleId(), reason.messageKey(), reason.args())))
                .toList();
    }

    /** What the rules read of an application: its answers under the agreed keys and its documents. */
    public static ApplicantFacts facts(ApplicationView application) {
        Set<String> documents = new HashSet<>();
        application.documents().forEach(document -> documents.add(document.type()));
        return new ApplicantFacts(date(application.answers().get(BIRTH_DATE)), text(application.answers().get(NATIONALITY)),
                degree(application.answers().get(HIGHEST_DEGREE)), date(application.answers().get(DEGREE_DATE)), documents,
                text(application.answers().get(LANGUAGE_CERTIFICATE)), false);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static LocalDate date(Object value) {
        try {
            return value == null ? null : LocalDate.parse(value.toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Degree degree(Object value) {
        try {
            return value == null ? null : Degree.valueOf(value.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
