package org.ansoplatform.calls;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ansoplatform.calls.ApplicationView.DocumentView;
import org.ansoplatform.calls.ApplicationView.Screening;
import org.ansoplatform.calls.eligibility.ApplicantFacts;
import org.ansoplatform.calls.eligibility.Degree;
import org.ansoplatform.calls.eligibility.Eligibility;
import org.ansoplatform.calls.eligibility.Evaluation;
import org.ansoplatform.calls.eligibility.Rule;
import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.CurrentActor;
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
 * before the deadline by the server's clock), withdrawal; and the screening the Secretariat reviews.
 * Every method that takes a viewer checks that the application is theirs or that they are the
 * Secretariat; anyone else gets a 404 and the attempt is recorded.
 */
@Service
public class Applications {

    /** Answers the eligibility rules read, by the keys a call's form gives them. */
    public static final String BIRTH_DATE = "birthDate", NATIONALITY = "nationality", HIGHEST_DEGREE = "highestDegree",
            DEGREE_DATE = "degreeDate", LANGUAGE_CERTIFICATE = "languageCertificate", TRACK = "track";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApplicationStore store;
    private final Calls calls;
    private final FileStorage files;
    private final ApplicationEventPublisher events;
    private final CurrentActor actor;
    private final TransactionTemplate transactions;
    /** For refusals: the caller's transaction rolls back with the refusal, its audit entry must not. */
    private final TransactionTemplate separately;
    private final Clock clock;
    private final Map<UUID, Map.Entry<Integer, List<Rule>>> parsedRules = new java.util.concurrent.ConcurrentHashMap<>();

    Applications(ApplicationStore store, Calls calls, FileStorage files, ApplicationEventPublisher events, CurrentActor actor,
            TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.calls = calls;
        this.files = files;
        this.events = events;
        this.actor = actor;
        this.transactions = transactions;
        this.separately = new TransactionTemplate(transactions.getTransactionManager());
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Starts a draft, or returns the person's existing application to this call. */
    @Transactional
    public UUID start(UUID callId, SignedInPerson applicant) {
        CallView call = calls.get(callId);
        requireAccepting(call);
        UUID id = store.insertDraft(callId, applicant.id(), applicant.displayName(), applicant.email(), clock.instant());
        events.publishEvent(new ApplicationStarted(id, callId, applicant.id(), actor.get()));
        return id;
    }

    @Transactional(readOnly = true)
    public List<ApplicationView> mine(UUID applicantId) {
        return store.ofApplicant(applicantId);
    }

    /** The application, to its owner or the Secretariat. */
    public ApplicationView view(UUID id, SignedInPerson viewer) {
        ApplicationView application = transactions.execute(status -> store.find(id)).orElseThrow(() -> new NotFoundException("application " + id));
        if (!mayRead(application, viewer)) {
            refuse(id, "application");
        }
        return application;
    }

    public static boolean mayRead(ApplicationView application, SignedInPerson viewer) {
        return viewer != null && (application.applicantId().equals(viewer.id()) || viewer.hasRole("SECRETARIAT"));
    }

    /** Records the refusal in its own transaction (the caller's is rolled back by the 404) and answers 404. */
    void refuse(UUID id, String what) {
        separately.executeWithoutResult(status -> events.publishEvent(new ApplicationAccessRefused(id, what, actor.get())));
        throw new NotFoundException("application " + id);
    }

    /**
     * Saves answers to a draft; a null or empty answer clears it. All malformed answers are reported
     * together and nothing is saved.
     */
    @Transactional
    public ApplicationView saveDraft(UUID id, Map<String, ?> changes, SignedInPerson applicant) {
        ApplicationView application = ownDraft(id, applicant);
        CallView call = calls.get(application.callId());
        requireAccepting(call);
        List<Violation> violations = new ArrayList<>();
        Map<String, Object> incoming = new LinkedHashMap<>(changes);
        String track = application.trackCode();
        if (incoming.containsKey(TRACK) && call.definition().form().field(TRACK).isEmpty()) {
            Object value = incoming.remove(TRACK);
            track = value == null || value.toString().isBlank() ? null : value.toString();
            if (track != null && call.track(track).isEmpty()) {
                violations.add(new Violation(TRACK, "calls.form.notATrack"));
            }
        }
        Set<String> hostCodes = call.definition().hosts().stream().map(Host::code).collect(Collectors.toSet());
        Map<String, Object> clean = call.definition().form().checkDraft(incoming, hostCodes, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Map<String, Object> answers = new LinkedHashMap<>(application.answers());
        clean.forEach((key, value) -> {
            if (value == null) {
                answers.remove(key);
            } else {
                answers.put(key, value);
            }
        });
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
        Object country = answers.get(NATIONALITY);
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
        String token = newToken();
        UUID refereeId = UUID.randomUUID();
        String cleanInstitution = institution == null ? "" : institution.strip();
        store.insertReferee(refereeId, id, cleanName, cleanEmail, cleanInstitution.length() > 300 ? cleanInstitution.substring(0, 300)
                : cleanInstitution, hash(token), call.definition().closesAt(), clock.instant());
        events.publishEvent(new RefereeInvited(id, refereeId, cleanName, cleanEmail, token, application.applicantName(),
                call.definition().title(), call.definition().closesAt(), false, actor.get()));
        return refereeId;
    }

    /**
     * Submits the draft once. A second submission of the same application (double click, retry, same or
     * other idempotency key) returns the first one unchanged. Refused after the deadline, or with all
     * missing answers, documents and referees listed together.
     */
    @Transactional
    public ApplicationView submit(UUID id, String idempotencyKey, SignedInPerson applicant) {
        ApplicationView application = store.lock(id).orElseThrow(() -> new NotFoundException("application " + id));
        if (!application.applicantId().equals(applicant.id())) {
            refuse(id, "submission");
        }
        if (application.status() == ApplicationStatus.SUBMITTED) {
            return application;
        }
        if (application.status() == ApplicationStatus.WITHDRAWN) {
            throw new InvalidInputException("status", "calls.application.withdrawn");
        }
        CallView call = calls.get(application.callId());
        requireAccepting(call);
        Set<String> uploaded = application.documents().stream().map(DocumentView::type).collect(Collectors.toSet());
        List<Violation> missing = new ArrayList<>(call.definition().form().checkComplete(application.answers(), uploaded));
        if (!call.definition().tracks().isEmpty() && application.trackCode() == null
                && missing.stream().noneMatch(violation -> violation.field().equals(TRACK))) {
            missing.add(new Violation(TRACK, "calls.form.required"));
        }
        if (application.referees().size() < call.definition().refereeCount()) {
            missing.add(new Violation("referees", "calls.referee.tooFew", call.definition().refereeCount()));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        Instant now = clock.instant();
        String reference = store.nextReference(call.definition().referencePrefix());
        Screening screening = evaluate(application, call, now);
        // one row version for the submission and its screening: the surge writes enough
        store.submit(id, reference, idempotencyKey, snapshot(application), screening, now);
        events.publishEvent(new ApplicationSubmitted(id, call.id(), applicant.id(), reference, actor.get()));
        // the row as just written, without reading it again (a submission surge reads enough)
        return new ApplicationView(id, application.callId(), application.applicantId(), application.applicantName(),
                application.applicantEmail(), ApplicationStatus.SUBMITTED, reference, application.trackCode(),
                application.country(), application.answers(), application.hostChoices(), application.createdAt(), now, now,
                null, application.documents(), application.referees(), screening, application.version() + 1);
    }

    /** Exactly what was submitted, for the receipt PDF: answers, track, hosts, documents and referees. */
    static Map<String, Object> snapshot(ApplicationView application) {
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
            return application;
        }
        store.withdraw(id, clock.instant());
        events.publishEvent(new ApplicationWithdrawn(id, applicant.id(), application.reference(), actor.get()));
        return store.find(id).orElseThrow();
    }

    /** What was submitted, for an application the caller has already read through {@link #view}. */
    Map<String, Object> submitted(ApplicationView application, SignedInPerson viewer) {
        if (application.submittedAt() == null || !mayRead(application, viewer)) {
            throw new NotFoundException("application " + application.id());
        }
        return transactions.execute(status -> store.submitted(application.id()));
    }

    // screening

    private Screening screen(ApplicationView application, CallView call, Instant now) {
        Screening screening = evaluate(application, call, now);
        store.screen(application.id(), screening.eligible(), screening.failures(), now);
        return screening;
    }

    /** The rules' verdict as of now, keeping a Secretariat's override; stores nothing. */
    private Screening evaluate(ApplicationView application, CallView call, Instant now) {
        Evaluation evaluation = Eligibility.evaluate(rules(call), facts(application));
        List<Screening.Failure> failures = evaluation.failures().stream()
                .flatMap(outcome -> outcome.reasons().stream()
                        .map(reason -> new Screening.Failure(outcome.ruleId(), reason.messageKey(), reason.args())))
                .toList();
        Screening previous = application.screening();
        return new Screening(evaluation.eligible(), failures, now, previous == null ? null : previous.overrideEligible(),
                previous == null ? null : previous.overrideReason(), previous == null ? null : previous.overrideAt());
    }

    /** The call's rules, parsed once per version of the call: every submission evaluates them. */
    private List<Rule> rules(CallView call) {
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

    /** The Secretariat sets the verdict against the rules; the reason is required and recorded in the audit trail. */
    @Transactional
    public void override(UUID id, boolean eligible, String reason) {
        ApplicationView application = store.lock(id).orElseThrow(() -> new NotFoundException("application " + id));
        String clean = reason == null ? "" : reason.strip();
        if (clean.length() < 5) {
            throw new InvalidInputException("reason", "calls.screening.reasonRequired");
        }
        if (clean.length() > 2000) {
            throw new InvalidInputException("reason", "calls.screening.reasonTooLong");
        }
        if (application.status() != ApplicationStatus.SUBMITTED) {
            throw new InvalidInputException("reason", "calls.screening.notSubmitted");
        }
        store.override(id, eligible, clean, actor.personId(), clock.instant());
        events.publishEvent(new EligibilityOverridden(id, eligible, clean, actor.get()));
    }

    /** The same override for several applications of one call, all or none. */
    @Transactional
    public void overrideAll(UUID callId, List<UUID> ids, boolean eligible, String reason) {
        if (ids.isEmpty()) {
            throw new InvalidInputException("selected", "calls.screening.noneSelected");
        }
        for (UUID id : ids) {
            ApplicationView application = store.find(id).orElseThrow(() -> new NotFoundException("application " + id));
            if (!application.callId().equals(callId)) {
                throw new NotFoundException("application " + id);
            }
            override(id, eligible, reason);
        }
    }

    /** Writes to the applicants of the selected applications of one call; each gets their own email. */
    @Transactional
    public int message(UUID callId, List<UUID> ids, String subject, String body) {
        List<Violation> problems = new ArrayList<>();
        String cleanSubject = subject == null ? "" : subject.strip();
        String cleanBody = body == null ? "" : body.strip();
        if (ids.isEmpty()) {
            problems.add(new Violation("selected", "calls.screening.noneSelected"));
        }
        if (cleanSubject.isEmpty() || cleanSubject.length() > 200) {
            problems.add(new Violation("subject", "calls.message.subject"));
        }
        if (cleanBody.isEmpty() || cleanBody.length() > 10_000) {
            problems.add(new Violation("body", "calls.message.body"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        for (UUID id : ids) {
            ApplicationView application = store.find(id).filter(found -> found.callId().equals(callId))
                    .orElseThrow(() -> new NotFoundException("application " + id));
            events.publishEvent(new ApplicantMessaged(id, application.applicantId(), cleanSubject, cleanBody, actor.get()));
        }
        return ids.size();
    }

    static ApplicantFacts facts(ApplicationView application) {
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

    // helpers

    private ApplicationView ownDraft(UUID id, SignedInPerson applicant) {
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
            java.time.ZoneId zone = call.definition().zone();
            boolean early = now.isBefore(call.definition().opensAt());
            java.time.Instant when = early ? call.definition().opensAt() : call.definition().closesAt();
            throw new InvalidInputException("call", early ? "calls.call.notYetOpen" : "calls.call.closed",
                    java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(when.atZone(zone)) + " (" + zone.getId() + ")");
        }
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
