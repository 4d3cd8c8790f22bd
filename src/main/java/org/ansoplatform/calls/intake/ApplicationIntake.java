package org.ansoplatform.calls.intake;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ansoplatform.calls.ApplicationAccessRefused;
import org.ansoplatform.calls.ApplicationStarted;
import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.calls.ApplicationSubmitted;
import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.ApplicationView.DocumentView;
import org.ansoplatform.calls.ApplicationView.Screening;
import org.ansoplatform.calls.ApplicationWithdrawn;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.CallsPaths;
import org.ansoplatform.calls.FieldType;
import org.ansoplatform.calls.FormField;
import org.ansoplatform.calls.Host;
import org.ansoplatform.calls.RefereeInvited;
import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.CurrentActor;
import org.ansoplatform.platform.LinkSecrets;
import org.ansoplatform.platform.RateLimits;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.SignedInPerson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The applicant's side of a call: a draft saved as it is typed, documents, referees, submission (once,
 * before the deadline by the server's clock, screened by the call's rules), withdrawal.
 * Every method that takes a viewer checks that the application is theirs or that they are the
 * Secretariat; anyone else gets a 404 and the attempt is recorded.
 */
@Service
public class ApplicationIntake {

    /** The answer that names the track, when the form has no question of that key. */
    public static final String TRACK = "track";

    private final ApplicationStore store;
    private final ApplicationScreening screening;
    private final CallQueries calls;
    private final FileStorage files;
    private final ApplicationEventPublisher events;
    private final CurrentActor actor;
    private final TransactionTemplate transactions;
    /** For refusals: the caller's transaction rolls back with the refusal, its audit entry must not. */
    private final TransactionTemplate separately;
    private final Clock clock;
    private final RateLimits rateLimits;
    private final ApplicationChecklist checklist;
    private final OrganizationDirectory directory;

    ApplicationIntake(OrganizationDirectory directory, ApplicationStore store, ApplicationScreening screening, CallQueries calls, FileStorage files, ApplicationEventPublisher events, CurrentActor actor,
            TransactionTemplate transactions, Clock clock, RateLimits rateLimits, ApplicationChecklist checklist) {
        this.directory = directory;
        this.rateLimits = rateLimits;
        this.checklist = checklist;
        this.store = store;
        this.screening = screening;
        this.calls = calls;
        this.files = files;
        this.events = events;
        this.actor = actor;
        this.transactions = transactions;
        this.separately = new TransactionTemplate(transactions.getTransactionManager());
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Starts a draft, or returns the person's application to this call that is not withdrawn. After a
     * withdrawal this is a new application, with its own reference once submitted.
     */
    @Transactional
    public UUID start(UUID callId, SignedInPerson applicant) {
        CallView call = calls.get(callId);
        requireAccepting(call);
        UUID id = store.insertDraft(callId, applicant.id(), applicant.displayName(), applicant.email(), call.impliedTrack(), clock.instant());
        events.publishEvent(new ApplicationStarted(id, callId, applicant.id(), actor.get()));
        return id;
    }

    @Transactional(readOnly = true)
    public List<ApplicationView> mine(UUID applicantId) {
        return store.ofApplicant(applicantId).stream().map(ApplicationView::forApplicant).toList();
    }

    /** The application, to its owner or the Secretariat. */
    public ApplicationView view(UUID id, SignedInPerson viewer) {
        ApplicationView application = transactions.execute(status -> store.find(id)).orElseThrow(() -> new NotFoundException("application " + id));
        if (!mayRead(application, viewer)) {
            refuse(id, "application");
        }
        // the Secretariat's reason for an override is an internal note: the applicant sees the outcome only
        return viewer.hasRole("SECRETARIAT") ? application : application.forApplicant();
    }

    public static boolean mayRead(ApplicationView application, SignedInPerson viewer) {
        return viewer != null && (application.applicantId().equals(viewer.id()) || viewer.hasRole("SECRETARIAT"));
    }

    /** Records the refusal in its own transaction (the caller's is rolled back by the 404) and answers 404. */
    void refuse(UUID id, String what) {
        separately.executeWithoutResult(status -> events.publishEvent(new ApplicationAccessRefused(id, what, actor.get())));
        throw new NotFoundException("application " + id);
    }

    @Transactional
    public ApplicationView saveDraft(UUID id, Map<String, ?> changes, SignedInPerson applicant) {
        return saveDraft(id, changes, null, applicant);
    }

    /**
     * Saves answers to a draft; a null or empty answer clears it. All malformed answers are reported
     * together and nothing is saved. Answers a page showed at {@code seenVersion} (null: any) that differ
     * from what another tab saved since are refused: saving them would silently undo the other change.
     */
    @Transactional
    public ApplicationView saveDraft(UUID id, Map<String, ?> changes, Integer seenVersion, SignedInPerson applicant) {
        store.lock(id);
        ApplicationView application = ownDraft(id, applicant);
        CallView call = calls.get(application.callId());
        requireAccepting(call);
        List<Violation> violations = new ArrayList<>();
        Map<String, Object> incoming = new LinkedHashMap<>(changes);
        String track = application.trackCode() == null ? call.impliedTrack() : application.trackCode();
        if (incoming.containsKey(TRACK) && call.definition().form().field(TRACK).isEmpty()) {
            Object value = incoming.remove(TRACK);
            track = value == null || value.toString().isBlank() ? null : value.toString();
            if (track != null && call.track(track).isEmpty()) {
                violations.add(new Violation(TRACK, "calls.form.notATrack"));
            }
        }
        Set<String> hostCodes = call.definition().hosts().stream().map(Host::code).collect(Collectors.toSet());
        Map<String, Object> clean = call.definition().form().checkDraft(incoming, hostCodes, directory, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Map<String, Object> merged = new LinkedHashMap<>(application.answers());
        clean.forEach((key, value) -> {
            if (value == null) {
                merged.remove(key);
            } else {
                merged.put(key, value);
            }
        });
        Map<String, Object> answers = call.definition().form().withoutOrphans(merged);
        List<String> hostChoices = call.definition().form().fields().stream()
                .filter(field -> field.type() == FieldType.HOST_RANKING)
                .map(field -> answers.get(field.key())).filter(List.class::isInstance)
                .findFirst().map(value -> ((List<?>) value).stream().map(Object::toString).toList()).orElse(List.of());
        if (call.definition().form().field(TRACK).isPresent()) {
            Object chosen = answers.get(TRACK);
            track = chosen == null ? null : chosen.toString();
            if (track != null && call.track(track).isEmpty()) {
                throw new InvalidInputException(TRACK, "calls.form.notATrack");
            }
        }
        if (answers.equals(application.answers()) && java.util.Objects.equals(track, application.trackCode())) {
            return application; // no new version: the same answers saved twice at once (autosave and a button) are no other tab
        }
        if (seenVersion != null && seenVersion != application.version()) {
            throw new InvalidInputException("version", "calls.application.stale");
        }
        Object country = answers.get(ApplicationScreening.NATIONALITY);
        store.saveAnswers(id, answers, track, country == null ? null : country.toString(), hostChoices, clock.instant());
        return store.find(id).orElseThrow();
    }

    /** Uploads (or replaces) the document a FILE question asks for, within that question's type and size rules. */
    public ApplicationView upload(UUID id, String type, String fileName, InputStream content, SignedInPerson applicant) {
        ApplicationView application = transactions.execute(status -> ownDraft(id, applicant));
        CallView call = calls.get(application.callId());
        requireAccepting(call);
        FormField field = call.definition().form().field(type).filter(FormField::isFile)
                .orElseThrow(() -> new InvalidInputException("file", "calls.document.unknownType", type));
        Set<String> accepted = field.contentTypes().isEmpty() ? FileStorage.DOCUMENT_TYPES : field.contentTypes();
        long limit = field.maxBytes() == null ? files.maxSize().toBytes() : Math.min(field.maxBytes(), files.maxSize().toBytes());
        StoredFile stored = files.store(applicant.id(), fileName, content, accepted, limit);
        return transactions.execute(status -> {
            ownDraft(id, applicant);
            store.saveDocument(id, new DocumentView(type, stored.id(), stored.originalName(), stored.size(), stored.mediaType(),
                    clock.instant()));
            return store.find(id).orElseThrow();
        });
    }

    /** Asks a referee for a letter; the email with the single-use link goes out after commit. */
    @Transactional
    public UUID inviteReferee(UUID id, String name, String email, String institution, SignedInPerson applicant) {
        ApplicationView application = ownDraft(id, applicant);
        CallView call = calls.get(application.callId());
        requireAccepting(call);
        List<Violation> violations = new ArrayList<>();
        String cleanName = name == null ? "" : name.strip();
        String cleanEmail = email == null ? "" : email.strip();
        if (cleanName.isEmpty() || cleanName.length() > 200) {
            violations.add(new Violation("name", "calls.referee.nameRequired"));
        }
        if (!cleanEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || cleanEmail.length() > 320) {
            violations.add(new Violation("email", "calls.referee.badEmail"));
        } else if (cleanEmail.equalsIgnoreCase(applicant.email())) {
            violations.add(new Violation("email", "calls.referee.notYourself"));
        } else if (application.referees().stream().anyMatch(referee -> referee.email().equalsIgnoreCase(cleanEmail))) {
            violations.add(new Violation("email", "calls.referee.alreadyInvited"));
        }
        if (application.referees().size() >= call.definition().refereeCount()) {
            violations.add(new Violation("email", "calls.referee.enough", call.definition().refereeCount()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        rateLimits.check(RateLimits.Action.REFEREE_INVITATION, cleanEmail);
        String token = LinkSecrets.newSecret();
        UUID refereeId = UUID.randomUUID();
        String cleanInstitution = institution == null ? "" : institution.strip();
        store.insertReferee(refereeId, id, cleanName, cleanEmail, cleanInstitution.length() > 300 ? cleanInstitution.substring(0, 300)
                : cleanInstitution, LinkSecrets.hash(token), call.definition().closesAt(), clock.instant());
        events.publishEvent(new RefereeInvited(id, refereeId, cleanName, cleanEmail, token, CallsPaths.referee(token),
                application.applicantName(),
                call.definition().title(), call.definition().closesAt(), call.definition().zone(), false, actor.get()));
        return refereeId;
    }

    /**
     * Submits the draft once. A second submission of the same application (double click, retry, same or
     * other idempotency key) returns the first one unchanged. Refused after the deadline, or with all
     * missing answers, documents and referees listed together.
     */
    @Transactional
    public ApplicationView submit(UUID id, String idempotencyKey, SignedInPerson applicant) {
        return submit(id, idempotencyKey, null, applicant);
    }

    /** As a page showed it at {@code seenVersion} (null: any): a stale tab never submits other than it shows. */
    @Transactional
    public ApplicationView submit(UUID id, String idempotencyKey, Integer seenVersion, SignedInPerson applicant) {
        ApplicationView application = store.lock(id).orElseThrow(() -> new NotFoundException("application " + id));
        if (!application.applicantId().equals(applicant.id())) {
            refuse(id, "submission");
        }
        if (application.status() == ApplicationStatus.SUBMITTED) {
            return application.forApplicant();
        }
        if (application.status() == ApplicationStatus.WITHDRAWN) {
            throw new InvalidInputException("status", "calls.application.withdrawn");
        }
        CallView call = calls.get(application.callId());
        requireAccepting(call);
        if (seenVersion != null && seenVersion != application.version()) {
            throw new InvalidInputException("version", "calls.application.stale");
        }
        List<Violation> missing = checklist.of(application, call).missing();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        Instant now = clock.instant();
        // a reopened application keeps the reference it was first submitted with
        String reference = application.reference() != null ? application.reference() : store.nextReference(call.definition().referencePrefix());
        Screening verdict = screening.evaluate(application, call, now);
        // one row version for the submission and its screening: the surge writes enough
        store.submit(id, reference, idempotencyKey, snapshot(application), verdict, now);
        events.publishEvent(new ApplicationSubmitted(id, call.id(), applicant.id(), reference, CallsPaths.application(id),
                CallsPaths.receipt(id), actor.get()));
        // the row as just written, without reading it again (a submission surge reads enough)
        return new ApplicationView(id, application.callId(), application.applicantId(), application.applicantName(),
                application.applicantEmail(), ApplicationStatus.SUBMITTED, reference, application.trackCode(),
                application.country(), application.answers(), application.hostChoices(), application.createdAt(), now, now,
                null, application.documents(), application.referees(), verdict, application.version() + 1);
    }

    /** Exactly what was submitted, for the receipt PDF: answers, track, hosts, documents and referees. */
    public static Map<String, Object> snapshot(ApplicationView application) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("answers", application.answers());
        snapshot.put("track", application.trackCode());
        snapshot.put("hostChoices", application.hostChoices());
        snapshot.put("documents", application.documents().stream().map(document -> Map.of("type", document.type(),
                "fileName", document.fileName(), "sizeBytes", document.sizeBytes())).toList());
        snapshot.put("referees", application.referees().stream().map(referee -> Map.of("name", referee.name(),
                "email", referee.email(), "institution", referee.institution())).toList());
        return snapshot;
    }

    @Transactional
    public ApplicationView withdraw(UUID id, SignedInPerson applicant) {
        ApplicationView application = store.lock(id).orElseThrow(() -> new NotFoundException("application " + id));
        if (!application.applicantId().equals(applicant.id())) {
            refuse(id, "withdrawal");
        }
        if (application.status() == ApplicationStatus.WITHDRAWN) {
            throw new InvalidInputException("status", "calls.application.alreadyWithdrawn");
        }
        store.withdraw(id, clock.instant());
        events.publishEvent(new ApplicationWithdrawn(id, applicant.id(), application.reference(), actor.get()));
        return store.find(id).orElseThrow().forApplicant();
    }

    /** What was submitted, for an application the caller has already read through {@link #view}. */
    Map<String, Object> submitted(ApplicationView application, SignedInPerson viewer) {
        if (application.submittedAt() == null || !mayRead(application, viewer)) {
            throw new NotFoundException("application " + application.id());
        }
        return transactions.execute(status -> store.submitted(application.id()));
    }

    // helpers

    ApplicationView ownDraft(UUID id, SignedInPerson applicant) {
        ApplicationView application = store.find(id).orElseThrow(() -> new NotFoundException("application " + id));
        if (!application.applicantId().equals(applicant.id())) {
            refuse(id, "draft");
        }
        if (application.status() != ApplicationStatus.DRAFT) {
            throw new InvalidInputException("status", application.status() == ApplicationStatus.SUBMITTED
                    ? "calls.application.alreadySubmitted" : "calls.application.withdrawn");
        }
        return application;
    }

    private void requireAccepting(CallView call) {
        Instant now = clock.instant();
        if (!call.accepting(now)) {
            ZoneId zone = call.definition().zone();
            boolean early = now.isBefore(call.definition().opensAt());
            Instant when = early ? call.definition().opensAt() : call.definition().closesAt();
            throw new InvalidInputException("call", early ? "calls.call.notYetOpen" : "calls.call.closed",
                    DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(when.atZone(zone)) + " (" + zone.getId() + ")");
        }
    }
}
