package org.ansoplatform.calls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationView.DocumentView;
import org.ansoplatform.calls.ApplicationView.RefereeView;
import org.ansoplatform.calls.ApplicationView.Screening;
import org.ansoplatform.calls.eligibility.Eligibility;
import org.ansoplatform.calls.eligibility.Evaluation;
import org.ansoplatform.calls.eligibility.Rule;
import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.DataDirectory;
import org.ansoplatform.platform.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * In demo mode, synthetic applicants at the seeds' scale. With {@code --demo-applicants=N} (or
 * {@code anso.demo.applicants}) the open scholarship round holds N submitted applications, screened by the
 * call's rules like a real submission; only the missing ones are added, so a restart adds nothing. With
 * {@code anso.demo.load-applicants=N} each of the N load-test accounts (created by the accounts module with
 * the same ids) gets one complete draft, listed in {@code <data-dir>/load-applications.csv} for the deadline
 * surge benchmark. Rows are written with batched JDBC; every document points at one small PDF stored once.
 * A fixed seed makes the data the same on every machine.
 */
@Component
class DemoApplicants {

    static final String LOAD_APPLICATIONS_FILE = "load-applications.csv";
    static final long SEED = 20210430L;
    private static final UUID DEMO_OWNER = UUID.nameUUIDFromBytes("anso-demo-applicants".getBytes(StandardCharsets.UTF_8));
    private static final String DOCUMENT_NAME = "synthetic-demo-document.pdf";
    private static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(DemoApplicants.class);

    private final Calls calls;
    private final FileStorage files;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final DemoMode demoMode;
    private final DataDirectory dataDirectory;
    private final TransactionTemplate transactions;
    private final Environment environment;
    private final Clock clock;

    DemoApplicants(Calls calls, FileStorage files, JdbcTemplate jdbc, JsonMapper json, DemoMode demoMode,
            DataDirectory dataDirectory, TransactionTemplate transactions, Environment environment, Clock clock) {
        this.calls = calls;
        this.files = files;
        this.jdbc = jdbc;
        this.json = json;
        this.demoMode = demoMode;
        this.dataDirectory = dataDirectory;
        this.transactions = transactions;
        this.environment = environment;
        this.clock = clock;
    }

    /** The id of load-test account number {@code serial} (from 1); the accounts module derives the same. */
    static UUID loadApplicantId(int serial) {
        return UUID.nameUUIDFromBytes(("anso-load-applicant-" + serial).getBytes(StandardCharsets.UTF_8));
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(40)
    void onReady() {
        if (!demoMode.enabled()) {
            return;
        }
        int applicants = environment.getProperty("demo-applicants", Integer.class,
                environment.getProperty("anso.demo.applicants", Integer.class, 0));
        int load = environment.getProperty("anso.demo.load-applicants", Integer.class, 0);
        if (applicants <= 0 && load <= 0) {
            return;
        }
        Instant now = clock.instant();
        CallView round = calls.all().stream()
                .filter(call -> call.definition().code().startsWith("scholarship-") && call.accepting(now))
                .findFirst().orElse(null);
        if (round == null) {
            log.warn("Demo applicants: no open scholarship round to apply to");
            return;
        }
        if (applicants > 0) {
            long started = System.nanoTime();
            int added = generate(round.id(), applicants);
            log.info("Demo applicants: {} submitted application(s) added to {} ({} now) in {} ms", added, round.definition().code(),
                    applicants, (System.nanoTime() - started) / 1_000_000);
        }
        if (load > 0) {
            long started = System.nanoTime();
            int added = loadDrafts(round.id(), load);
            Path list = writeLoadApplications(round.id());
            log.info("Demo applicants: {} load-test draft(s) added to {} in {} ms, listed in {}", added, round.definition().code(),
                    (System.nanoTime() - started) / 1_000_000, list);
        }
    }

    /**
     * Makes the call hold {@code count} submitted applications, adding only the missing ones; returns how
     * many were added. The same seed gives the same applicants, so the missing ones are those a complete
     * run would have added last.
     */
    int generate(UUID callId, int count) {
        CallView call = calls.any(callId);
        Integer existing = jdbc.queryForObject("select count(*) from calls.application where call_id = ? and status = 'SUBMITTED'",
                Integer.class, callId);
        int missing = count - (existing == null ? 0 : existing);
        if (missing <= 0) {
            return 0;
        }
        StoredFile document = document();
        List<Rule> rules = Eligibility.fromJson(call.definition().eligibility());
        Random random = new Random(SEED ^ call.definition().code().hashCode());
        List<Synthetic> batch = new ArrayList<>();
        int added = 0;
        for (int i = 0; i < count; i++) {
            Synthetic applicant = synthetic(random, call, document, null, null, null, true);
            if (i < count - missing) {
                continue;
            }
            batch.add(applicant);
            if (batch.size() == BATCH || i == count - 1) {
                List<Synthetic> rows = List.copyOf(batch);
                transactions.executeWithoutResult(status -> insert(call, rows, rules));
                added += rows.size();
                batch.clear();
            }
        }
        return added;
    }

    /** One complete draft for each of the first {@code count} load-test accounts that has none in this call. */
    int loadDrafts(UUID callId, int count) {
        CallView call = calls.any(callId);
        Set<UUID> present = new HashSet<>(jdbc.queryForList(
                "select applicant_id from calls.application where call_id = ? and applicant_email like 'load-applicant-%'", UUID.class,
                callId));
        StoredFile document = document();
        Random random = new Random(SEED + 1);
        List<Synthetic> batch = new ArrayList<>();
        int added = 0;
        for (int serial = 1; serial <= count; serial++) {
            UUID applicantId = loadApplicantId(serial);
            Synthetic draft = synthetic(random, call, document, applicantId, String.format("Load applicant %05d", serial),
                    String.format("load-applicant-%05d@load.example.org", serial), false);
            if (!present.contains(applicantId)) {
                batch.add(draft);
            }
            if (batch.size() == BATCH || (serial == count && !batch.isEmpty())) {
                List<Synthetic> rows = List.copyOf(batch);
                transactions.executeWithoutResult(status -> insert(call, rows, List.of()));
                added += rows.size();
                batch.clear();
            }
        }
        return added;
    }

    /** applicant id and application id of every load-test draft of the call, written whole or not at all. */
    private Path writeLoadApplications(UUID callId) {
        Path target = dataDirectory.resolve(LOAD_APPLICATIONS_FILE);
        Path temporary = dataDirectory.resolve(LOAD_APPLICATIONS_FILE + ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            out.write("applicant_id,application_id\n");
            for (Map<String, Object> row : jdbc.queryForList("""
                    select applicant_id, id from calls.application
                    where call_id = ? and applicant_email like 'load-applicant-%' and status = 'DRAFT' order by applicant_email""", callId)) {
                out.write(row.get("applicant_id") + "," + row.get("id") + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** The one small PDF every synthetic document points at, stored once (content-addressed) and found again on restart. */
    private StoredFile document() {
        return files.ownedBy(DEMO_OWNER).stream().filter(file -> file.originalName().equals(DOCUMENT_NAME)).findFirst()
                .orElseGet(() -> files.store(DEMO_OWNER, DOCUMENT_NAME, new ByteArrayInputStream(SyntheticPdf.bytes()),
                        Set.of("application/pdf")));
    }

    // one applicant

    record Synthetic(ApplicationView view, Map<String, Object> snapshot, boolean submitted) {
    }

    private static final String[] CERTIFICATES = {"IELTS", "IELTS", "IELTS", "TOEFL", "TOEFL", "ENGLISH_MEDIUM_DEGREE",
            "ENGLISH_MEDIUM_DEGREE", "ENGLISH_MEDIUM_DEGREE"};
    private static final Set<String> ENGLISH_SPEAKING = Set.of("NG", "GH", "KE", "UG", "ZA", "ZW", "SL", "LR", "GM", "GB", "US", "AU",
            "CA", "IE", "NZ", "JM", "TT", "GY", "BW", "NA");
    private static final String[] FIELD_WEIGHTS = {"engineering", "engineering", "engineering", "engineering", "engineering",
            "engineering", "natural-sciences", "natural-sciences", "natural-sciences", "natural-sciences", "natural-sciences",
            "agricultural", "agricultural", "agricultural", "medical", "medical", "medical", "social-sciences", "social-sciences",
            "humanities"};
    private static final String[] INSTITUTIONS = {"Department of Chemistry", "Faculty of Engineering", "School of Agriculture",
            "Department of Physics", "Institute of Public Health", "Department of Computer Science", "Faculty of Science",
            "Department of Environmental Sciences"};

    /**
     * An applicant drawn from the seeded random: everything a complete application holds. Submitted ones
     * get dates within the call's window up to now; drafts are dated now.
     */
    private Synthetic synthetic(Random random, CallView call, StoredFile document, UUID applicantId, String fixedName,
            String fixedEmail, boolean submitted) {
        CallDefinition definition = call.definition();
        SyntheticPeople.Country country = SyntheticPeople.country(random);
        String name = SyntheticPeople.name(random, country);
        String applicantName = fixedName != null ? fixedName : name;
        int serial = random.nextInt(1_000_000);
        String email = fixedEmail != null ? fixedEmail : SyntheticPeople.email(name, serial, "applicants.example.org");
        Instant now = clock.instant();
        Instant opens = definition.opensAt();
        Instant last = definition.closesAt().isBefore(now) ? definition.closesAt() : now;
        // more submissions as the deadline nears: the square root skews the spread towards its end
        long window = Math.max(1, Duration.between(opens, last).getSeconds());
        Instant submittedAt = submitted ? opens.plusSeconds((long) (Math.sqrt(random.nextDouble()) * window)) : null;
        Instant createdAt = submitted ? submittedAt.minusSeconds((long) (random.nextDouble() * Math.min(window, 30L * 86_400)))
                : now;
        if (createdAt.isBefore(opens)) {
            createdAt = opens;
        }
        ZoneId zone = definition.zone();
        LocalDate closes = definition.closesAt().atZone(zone).toLocalDate();

        boolean phd = definition.tracks().stream().anyMatch(track -> track.code().equals("PHD")) ? random.nextInt(10) < 6 : false;
        String track = definition.tracks().isEmpty() ? null
                : phd ? "PHD" : definition.tracks().stream().anyMatch(t -> t.code().equals("MASTER")) ? "MASTER"
                : SyntheticPeople.pick(random, definition.tracks()).code();
        int roll = random.nextInt(1000);
        int age = roll < 30 ? 36 + random.nextInt(5) : (phd ? 24 : 21) + random.nextInt(phd ? 11 : 9);
        LocalDate birthDate = closes.minusYears(age).minusDays(random.nextInt(365));
        String degree = phd ? (random.nextInt(100) < 85 ? "MASTER" : "BACHELOR") : "BACHELOR";
        int degreeRoll = random.nextInt(1000);
        LocalDate degreeDate = degreeRoll < 15 ? closes.plusMonths(8 + random.nextInt(10))
                : degreeRoll < 200 ? closes.plusDays(random.nextInt(90)) : closes.minusDays(60 + random.nextInt(2500));
        String field = SyntheticPeople.pick(random, FIELD_WEIGHTS);
        String certificate = ENGLISH_SPEAKING.contains(country.code()) && random.nextBoolean() ? "NATIVE_ENGLISH"
                : SyntheticPeople.pick(random, CERTIFICATES);
        String university = SyntheticPeople.university(random, country.code());

        Map<String, Object> answers = new LinkedHashMap<>();
        List<String> hostChoices = List.of();
        List<DocumentView> documents = new ArrayList<>();
        boolean missingPassport = submitted && random.nextInt(1000) < 8;
        for (FormField question : definition.form().fields()) {
            if (question.isFile()) {
                // the English rule wants the certificate uploaded: a few forget it; other optional documents often missing
                boolean skip = question.key().equals("passport") ? missingPassport
                        : !question.required() && random.nextInt(100) < (question.key().equals("language-certificate") ? 2 : 40);
                if (!skip) {
                    Instant uploaded = createdAt.plusSeconds(random.nextInt(3600 * 24));
                    if (submittedAt != null && uploaded.isAfter(submittedAt)) {
                        uploaded = submittedAt;
                    }
                    documents.add(new DocumentView(question.key(), document.id(), question.key() + ".pdf", document.size(),
                            document.mediaType(), uploaded));
                }
                continue;
            }
            Object answer = switch (question.key()) {
                case Applications.BIRTH_DATE -> birthDate.toString();
                case Applications.NATIONALITY -> country.code();
                case Applications.TRACK -> track;
                case Applications.HIGHEST_DEGREE -> degree;
                case Applications.DEGREE_DATE -> degreeDate.toString();
                case Applications.LANGUAGE_CERTIFICATE -> certificate;
                case "university" -> university;
                case "fieldOfStudy" -> field;
                case "discipline" -> SyntheticPeople.discipline(serial, field);
                case "phone" -> random.nextInt(10) < 7 ? "+" + (20 + random.nextInt(960)) + " " + (100_000_000 + random.nextInt(899_999_999)) : null;
                case "supervisor" -> random.nextInt(10) < 4 ? "Prof. " + SyntheticPeople.name(random, SyntheticPeople.COUNTRIES.get(
                        SyntheticPeople.COUNTRIES.size() - 1)) : null;
                case "motivation" -> random.nextInt(10) < 6 ? SyntheticPeople.proposal(random, field, 60 + random.nextInt(140)) : null;
                default -> byType(random, question, definition, field);
            };
            answer = fit(random, question, answer, definition);
            if (answer != null) {
                answers.put(question.key(), answer);
                if (question.type() == FieldType.HOST_RANKING && hostChoices.isEmpty()) {
                    @SuppressWarnings("unchecked")
                    List<String> ranked = (List<String>) answer;
                    hostChoices = ranked;
                }
            }
        }
        if (definition.form().field(Applications.TRACK).isEmpty() && track != null) {
            answers.remove(Applications.TRACK);
        }

        List<RefereeView> referees = new ArrayList<>();
        for (int r = 0; r < definition.refereeCount(); r++) {
            SyntheticPeople.Country where = random.nextInt(10) < 7 ? country : SyntheticPeople.country(random);
            String refereeName = SyntheticPeople.name(random, where);
            Instant invited = createdAt.plusSeconds(random.nextInt(3600 * 24 * 3));
            if (submittedAt != null && invited.isAfter(submittedAt)) {
                invited = submittedAt;
            }
            Instant received = submitted && random.nextInt(100) < 85
                    ? invited.plusSeconds(random.nextInt(3600 * 24 * 14)) : null;
            if (received != null && received.isAfter(now)) {
                received = now;
            }
            referees.add(new RefereeView(UUID.nameUUIDFromBytes(uuidBytes(random)), "Prof. " + refereeName,
                    SyntheticPeople.email(refereeName, random.nextInt(1_000_000), "referees.example.net"),
                    SyntheticPeople.pick(random, INSTITUTIONS) + ", " + SyntheticPeople.university(random, where.code()), invited, received,
                    definition.closesAt()));
        }
        UUID id = submitted ? UUID.nameUUIDFromBytes(uuidBytes(random))
                : UUID.nameUUIDFromBytes(("anso-load-application-" + call.id() + applicantId).getBytes(StandardCharsets.UTF_8));
        UUID applicant = submitted ? UUID.nameUUIDFromBytes(uuidBytes(random)) : applicantId;
        Screening noScreening = new Screening(null, List.of(), null, null, null, null);
        ApplicationView view = new ApplicationView(id, call.id(), applicant, applicantName, email,
                submitted ? ApplicationStatus.SUBMITTED : ApplicationStatus.DRAFT, null, track, country.code(), answers, hostChoices,
                createdAt, submitted ? submittedAt : now, submittedAt, null, documents, referees, noScreening, 0);
        return new Synthetic(view, submitted ? Applications.snapshot(view) : null, submitted);
    }

    private static byte[] uuidBytes(Random random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return bytes;
    }

    /** An answer to a question the scholarship form does not have, by its type. */
    private static Object byType(Random random, FormField question, CallDefinition definition, String field) {
        return switch (question.type()) {
            case LONG_TEXT -> SyntheticPeople.proposal(random, field, 180 + random.nextInt(320));
            case HOST_RANKING -> {
                List<String> codes = new ArrayList<>(definition.hosts().stream().map(Host::code).toList());
                java.util.Collections.shuffle(codes, random);
                yield codes.isEmpty() ? null : List.copyOf(codes.subList(0, 1 + random.nextInt(codes.size())));
            }
            case SINGLE_CHOICE -> question.options().isEmpty() ? null : SyntheticPeople.pick(random, question.options()).value();
            case MULTIPLE_CHOICE -> question.options().isEmpty() ? null : List.of(SyntheticPeople.pick(random, question.options()).value());
            case DATE -> LocalDate.of(1990, 1, 1).plusDays(random.nextInt(10_000)).toString();
            case NUMBER -> Integer.toString(random.nextInt(100));
            case EMAIL -> "someone" + random.nextInt(100_000) + "@example.org";
            case COUNTRY -> SyntheticPeople.country(random).code();
            case TEXT -> question.required() ? "Synthetic answer" : null;
            case FILE -> null;
        };
    }

    /** The answer made valid for the question: a known option, a host ranking of the call's hosts, the word limit. */
    private static Object fit(Random random, FormField question, Object answer, CallDefinition definition) {
        if (answer == null) {
            return question.required() ? byType(random, question, definition, "natural-sciences") : null;
        }
        switch (question.type()) {
            case SINGLE_CHOICE:
                return question.hasOption(answer.toString()) || question.options().isEmpty() ? answer
                        : SyntheticPeople.pick(random, question.options()).value();
            case LONG_TEXT:
                if (question.maxWords() != null && ApplicationForm.words(answer.toString()) > question.maxWords()) {
                    String[] words = answer.toString().split("\\s+");
                    return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, question.maxWords())));
                }
                return answer;
            case HOST_RANKING:
                return answer instanceof List<?> ? answer : byType(random, question, definition, "");
            default:
                return answer;
        }
    }

    // batched rows

    private static final int[] APPLICATION_TYPES = {Types.OTHER, Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.CHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP,
            Types.TIMESTAMP, Types.TIMESTAMP, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN,
            Types.TIMESTAMP};

    private void insert(CallView call, List<Synthetic> rows, List<Rule> rules) {
        List<Object[]> applications = new ArrayList<>();
        List<Object[]> documents = new ArrayList<>();
        List<Object[]> referees = new ArrayList<>();
        List<Long> numbers = rows.stream().anyMatch(Synthetic::submitted)
                ? jdbc.queryForList("select nextval('calls.reference_number') from generate_series(1, ?)", Long.class, rows.size())
                : List.of();
        Instant now = clock.instant();
        for (int i = 0; i < rows.size(); i++) {
            Synthetic row = rows.get(i);
            ApplicationView view = row.view();
            String reference = null;
            String failures = null;
            Boolean eligible = null;
            Timestamp evaluatedAt = null;
            if (row.submitted()) {
                reference = call.definition().referencePrefix() + "-" + String.format("%06d", numbers.get(i));
                // the same evaluation as Applications.screen on submission
                Evaluation evaluation = Eligibility.evaluate(rules, Applications.facts(view));
                failures = json.writeValueAsString(evaluation.failures().stream()
                        .flatMap(outcome -> outcome.reasons().stream()
                                .map(reason -> new Screening.Failure(outcome.ruleId(), reason.messageKey(), reason.args())))
                        .toList());
                eligible = evaluation.eligible();
                evaluatedAt = Timestamp.from(view.submittedAt());
            }
            applications.add(new Object[] {view.id(), view.callId(), view.applicantId(), view.applicantName(), view.applicantEmail(),
                    view.status().name(), reference, view.trackCode(), view.country(), json.writeValueAsString(view.answers()),
                    json.writeValueAsString(view.hostChoices()), Timestamp.from(view.createdAt()), Timestamp.from(view.updatedAt()),
                    view.submittedAt() == null ? null : Timestamp.from(view.submittedAt()),
                    row.snapshot() == null ? null : json.writeValueAsString(row.snapshot()), failures, eligible, evaluatedAt});
            for (DocumentView document : view.documents()) {
                documents.add(new Object[] {view.id(), document.type(), document.fileId(), document.fileName(), document.sizeBytes(),
                        document.contentType(), Timestamp.from(document.uploadedAt())});
            }
            for (RefereeView referee : view.referees()) {
                referees.add(new Object[] {referee.id(), view.id(), referee.name(), referee.email(), referee.institution(),
                        referee.receivedAt() == null ? Applications.hash(Applications.newToken()) : null,
                        Timestamp.from(referee.expiresAt()), Timestamp.from(referee.invitedAt()),
                        referee.receivedAt() == null ? null : row.view().documents().isEmpty() ? null : row.view().documents().get(0).fileId(),
                        referee.receivedAt() == null ? null : Timestamp.from(referee.receivedAt())});
            }
        }
        jdbc.batchUpdate("""
                insert into calls.application (id, call_id, applicant_id, applicant_name, applicant_email, status, reference, track_code,
                    country, answers, host_choices, created_at, updated_at, submitted_at, submitted, eligibility, eligible, evaluated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)
                on conflict do nothing""", applications, APPLICATION_TYPES);
        jdbc.batchUpdate("""
                insert into calls.application_document (application_id, document_type, file_id, file_name, size_bytes, content_type, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", documents,
                new int[] {Types.OTHER, Types.VARCHAR, Types.OTHER, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP});
        jdbc.batchUpdate("""
                insert into calls.referee (id, application_id, name, email, institution, token_hash, expires_at, invited_at, letter_file_id,
                    received_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", referees,
                new int[] {Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.CHAR, Types.TIMESTAMP,
                        Types.TIMESTAMP, Types.OTHER, Types.TIMESTAMP});
    }
}
