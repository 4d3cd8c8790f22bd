package org.ansoplatform.calls.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.ApplicationView.RefereeView;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.demo.SyntheticApplicants.Synthetic;
import org.ansoplatform.calls.eligibility.Eligibility;
import org.ansoplatform.calls.eligibility.Evaluation;
import org.ansoplatform.calls.eligibility.Rule;
import org.ansoplatform.calls.intake.ApplicationScreening;
import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.DataDirectory;
import org.ansoplatform.platform.DemoApplicantsCreated;
import org.ansoplatform.platform.DemoMode;
import org.ansoplatform.platform.LinkSecrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
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
public class DemoApplicants {

    public static final String LOAD_APPLICATIONS_FILE = "load-applications.csv";
    static final long SEED = 20210430L;
    private static final UUID DEMO_OWNER = UUID.nameUUIDFromBytes("anso-demo-applicants".getBytes(StandardCharsets.UTF_8));
    private static final String DOCUMENT_NAME = "synthetic-demo-document.pdf";
    private static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(DemoApplicants.class);

    private final CallQueries calls;
    private final DemoApplicantStore store;
    private final FileStorage files;
    private final JsonMapper json;
    private final DemoMode demoMode;
    private final DataDirectory dataDirectory;
    private final TransactionTemplate transactions;
    private final Environment environment;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DemoApplicants(CallQueries calls, DemoApplicantStore store, FileStorage files, JsonMapper json, DemoMode demoMode,
            DataDirectory dataDirectory, TransactionTemplate transactions, Environment environment, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.calls = calls;
        this.store = store;
        this.files = files;
        this.json = json;
        this.demoMode = demoMode;
        this.dataDirectory = dataDirectory;
        this.transactions = transactions;
        this.environment = environment;
        this.clock = clock;
    }

    /** The id of load-test account number {@code serial} (from 1); the accounts module derives the same. */
    public static UUID loadApplicantId(int serial) {
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
    public int generate(UUID callId, int count) {
        CallView call = calls.any(callId);
        int missing = count - store.submitted(callId);
        if (missing <= 0) {
            return 0;
        }
        StoredFile document = document();
        List<Rule> rules = Eligibility.fromJson(call.definition().eligibility());
        Random random = new Random(SEED ^ call.definition().code().hashCode());
        List<Synthetic> batch = new ArrayList<>();
        int added = 0;
        for (int i = 0; i < count; i++) {
            Synthetic applicant = SyntheticApplicants.synthetic(random, call, document, null, null, null, true, clock.instant());
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
    public int loadDrafts(UUID callId, int count) {
        CallView call = calls.any(callId);
        Set<UUID> present = store.loadApplicants(callId);
        StoredFile document = document();
        Random random = new Random(SEED + 1);
        List<Synthetic> batch = new ArrayList<>();
        int added = 0;
        for (int serial = 1; serial <= count; serial++) {
            UUID applicantId = loadApplicantId(serial);
            Synthetic draft = SyntheticApplicants.synthetic(random, call, document, applicantId, String.format("Load applicant %05d", serial),
                    String.format("load-applicant-%05d@load.example.org", serial), false, clock.instant());
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
            for (DemoApplicantStore.LoadDraft draft : store.loadDrafts(callId)) {
                out.write(draft.applicantId() + "," + draft.applicationId() + "\n");
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

    /** Writes a batch: submitted ones get a reference and the same screening a submission gets. */
    private void insert(CallView call, List<Synthetic> rows, List<Rule> rules) {
        List<DemoApplicantStore.ApplicationRow> applications = new ArrayList<>();
        List<DemoApplicantStore.Document> documents = new ArrayList<>();
        List<DemoApplicantStore.RefereeRow> referees = new ArrayList<>();
        List<Long> numbers = rows.stream().anyMatch(Synthetic::submitted) ? store.referenceNumbers(call.definition().referencePrefix(), rows.size()) : List.of();
        for (int i = 0; i < rows.size(); i++) {
            Synthetic row = rows.get(i);
            ApplicationView view = row.view();
            String reference = null;
            String failures = null;
            Boolean eligible = null;
            if (row.submitted()) {
                reference = call.definition().referencePrefix() + "-" + String.format("%06d", numbers.get(i));
                // the same evaluation as ApplicationScreening on submission
                Evaluation evaluation = Eligibility.evaluate(rules, ApplicationScreening.facts(view));
                failures = json.writeValueAsString(ApplicationScreening.failures(evaluation));
                eligible = evaluation.eligible();
            }
            applications.add(new DemoApplicantStore.ApplicationRow(view.id(), view.callId(), view.applicantId(), view.applicantName(),
                    view.applicantEmail(), view.status(), reference, view.trackCode(), view.country(), json.writeValueAsString(view.answers()),
                    json.writeValueAsString(view.hostChoices()), view.createdAt(), view.updatedAt(), view.submittedAt(),
                    row.snapshot() == null ? null : json.writeValueAsString(row.snapshot()), failures, eligible,
                    row.submitted() ? view.submittedAt() : null));
            view.documents().forEach(document -> documents.add(new DemoApplicantStore.Document(view.id(), document)));
            UUID letter = view.documents().isEmpty() ? null : view.documents().get(0).fileId();
            for (RefereeView referee : view.referees()) {
                boolean received = referee.receivedAt() != null;
                referees.add(new DemoApplicantStore.RefereeRow(referee.id(), view.id(), referee.name(), referee.email(),
                        referee.institution(), received ? null : LinkSecrets.hash(LinkSecrets.newSecret()), referee.expiresAt(),
                        referee.invitedAt(), received ? letter : null, referee.receivedAt()));
            }
        }
        store.insert(applications, documents, referees);
        // accounts for the synthetic applicants (not the load-test drafts, whose accounts exist): in the demo they sign in
        List<DemoApplicantsCreated.Applicant> people = rows.stream().filter(Synthetic::submitted).map(Synthetic::view)
                .map(view -> new DemoApplicantsCreated.Applicant(view.applicantId(), view.applicantEmail(), view.applicantName())).toList();
        if (!people.isEmpty()) {
            events.publishEvent(new DemoApplicantsCreated(people));
        }
    }
}
