package org.ansoplatform.calls.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.Track;
import org.ansoplatform.calls.definition.CallStore;
import org.ansoplatform.calls.eligibility.Eligibility;
import org.ansoplatform.calls.eligibility.Evaluation;
import org.ansoplatform.calls.eligibility.Rule;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.intake.ApplicationScreening;
import org.ansoplatform.calls.intake.CallSubjectSource;
import org.ansoplatform.calls.selection.SelectionQueries;
import org.ansoplatform.calls.selection.SelectionRunner;
import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.StoredFile;
import org.ansoplatform.platform.DemoHistoryStep;
import org.ansoplatform.platform.DemoReviewRequested;
import org.ansoplatform.platform.LinkSecrets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 2021 Visiting Fellowship's history (issue 24; Annual Report 2021: “29 candidates were selected”, at the eight
 * facilities, “from both developed countries like the U.S. UK, Italy and developing countries like Argentina, India,
 * Pakistan, Russia, Ukraine and so on”): {@link #APPLICATIONS} illustrative applications, holders of a doctorate,
 * from the countries the report names and others, spread evenly over the facilities (the call's tracks); calibrated
 * scores in bulk, the first applicant of each named country scored highest so that every named country is among the
 * fellows; the selection runner's run under the facilities' quotas (29 in all, at most 3 per country); the 29
 * fellows' offers accepted and taken up at their facility. The stored run is the marker.
 */
@Component
class DemoFellowship2021 implements DemoHistoryStep {

    static final String CODE = "visiting-fellowship-2021";
    static final int APPLICATIONS = 120;
    /** The report's eight named countries first, then others. */
    static final List<String> COUNTRIES = List.of("US", "GB", "IT", "AR", "IN", "PK", "RU", "UA", "DE", "FR", "BR", "EG", "KZ", "TH",
            "IR", "NG");
    private static final UUID DEMO_OWNER = UUID.nameUUIDFromBytes("anso-demo-applicants".getBytes(StandardCharsets.UTF_8));
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final CallStore calls;
    private final SelectionQueries selections;
    private final SelectionRunner runner;
    private final DemoApplicantStore applicants;
    private final DemoHistoryStore store;
    private final FileStorage files;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    DemoFellowship2021(CallStore calls, SelectionQueries selections, SelectionRunner runner, DemoApplicantStore applicants,
            DemoHistoryStore store, FileStorage files, ApplicationEventPublisher events, TransactionTemplate transactions, JsonMapper json,
            Clock clock) {
        this.calls = calls;
        this.selections = selections;
        this.runner = runner;
        this.applicants = applicants;
        this.store = store;
        this.files = files;
        this.events = events;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public void run() {
        CallView call = calls.findByCode(CODE).orElse(null);
        if (call == null || selections.latest(call.id()).isPresent()) {
            return;
        }
        StoredFile document = document();
        transactions.executeWithoutResult(status -> {
            if (applicants.submitted(call.id()) == 0) {
                insert(call, document);
            }
            store.markIllustrative(call.id());
            List<DemoReviewRequested.Subject> subjects = new ArrayList<>();
            Random random = new Random(20210630L);
            java.util.Set<String> firsts = new java.util.HashSet<>();
            for (DemoHistoryStore.Eligible application : store.eligible(call.id())) {
                boolean named = COUNTRIES.indexOf(application.country()) < 8 && firsts.add(application.country());
                double score = named ? 4.9 : 2 + 2.5 * random.nextDouble();
                subjects.add(new DemoReviewRequested.Subject(application.id(), Math.round(score * 100) / 100.0));
            }
            events.publishEvent(new DemoReviewRequested(CallSubjectSource.SCOPE, call.id(), "calibrated", subjects));
            SelectionRunner.RunSummary run = runner.run(call.id());
            // a fellow is hosted by the facility of the track chosen: the form asks no ranking of hosts
            List<DemoHistoryStore.Selected> fellows = store.selected(run.runId()).stream()
                    .map(s -> s.hostCode() != null ? s : new DemoHistoryStore.Selected(s.applicationId(), s.applicantId(), s.track(), s.track()))
                    .toList();
            store.enrolled(call.id(), run.runId(), fellows, at(2021, 9, 20), at(2021, 9, 30), at(2021, 11, 1));
        });
    }

    /** The applications, one batch: the synthetic generator's people, made holders of a doctorate of the given country and facility. */
    private void insert(CallView call, StoredFile document) {
        List<Rule> rules = Eligibility.fromJson(call.definition().eligibility());
        List<Track> tracks = call.definition().tracks();
        List<Long> numbers = applicants.referenceNumbers(call.definition().referencePrefix(), APPLICATIONS);
        List<DemoApplicantStore.ApplicationRow> rows = new ArrayList<>();
        List<DemoApplicantStore.Document> documents = new ArrayList<>();
        List<DemoApplicantStore.RefereeRow> referees = new ArrayList<>();
        Random random = new Random(20210426L);
        for (int i = 0; i < APPLICATIONS; i++) {
            ApplicationView drawn = SyntheticApplicants.synthetic(random, call, document, null, null, null, true, clock.instant()).view();
            String country = COUNTRIES.get(i % COUNTRIES.size());
            String track = tracks.get(i % tracks.size()).code();
            String name = SyntheticPeople.COUNTRIES.stream().filter(c -> c.code().equals(country)).findFirst()
                    .map(c -> SyntheticPeople.name(random, c)).orElse(drawn.applicantName());
            Map<String, Object> answers = new LinkedHashMap<>(drawn.answers());
            answers.put(ApplicationScreening.NATIONALITY, country);
            answers.put(ApplicationIntake.TRACK, track);
            answers.put(ApplicationScreening.HIGHEST_DEGREE, "DOCTORATE");
            answers.put(ApplicationScreening.DEGREE_DATE, LocalDate.of(2004 + i % 16, 6, 30).toString());
            ApplicationView view = new ApplicationView(drawn.id(), drawn.callId(), drawn.applicantId(), name,
                    SyntheticPeople.email(name, i, "fellows.example.org"), drawn.status(), null, track, country, answers, List.of(),
                    drawn.createdAt(), drawn.updatedAt(), drawn.submittedAt(), null, drawn.documents(), drawn.referees(), drawn.screening(), 0);
            Evaluation evaluation = Eligibility.evaluate(rules, ApplicationScreening.facts(view));
            rows.add(new DemoApplicantStore.ApplicationRow(view.id(), view.callId(), view.applicantId(), name, view.applicantEmail(),
                    view.status(), call.definition().referencePrefix() + "-" + String.format("%06d", numbers.get(i)), track, country,
                    json.writeValueAsString(answers), "[]", view.createdAt(), view.updatedAt(), view.submittedAt(),
                    json.writeValueAsString(ApplicationIntake.snapshot(view)),
                    json.writeValueAsString(ApplicationScreening.failures(evaluation)), evaluation.eligible(), view.submittedAt()));
            view.documents().forEach(d -> documents.add(new DemoApplicantStore.Document(view.id(), d)));
            view.referees().forEach(r -> referees.add(new DemoApplicantStore.RefereeRow(r.id(), view.id(), r.name(), r.email(),
                    r.institution(), r.receivedAt() == null ? LinkSecrets.hash(LinkSecrets.newSecret()) : null, r.expiresAt(), r.invitedAt(),
                    r.receivedAt() == null ? null : document.id(), r.receivedAt())));
        }
        applicants.insert(rows, documents, referees);
    }

    /** The one small PDF the demo's synthetic documents point at (the generator stores it; found again, or stored). */
    private StoredFile document() {
        return files.ownedBy(DEMO_OWNER).stream().filter(file -> file.originalName().equals("synthetic-demo-document.pdf")).findFirst()
                .orElseGet(() -> files.store(DEMO_OWNER, "synthetic-demo-document.pdf", new ByteArrayInputStream(SyntheticPdf.bytes()),
                        Set.of("application/pdf")));
    }

    private static java.time.Instant at(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(10, 0).atZone(ZONE).toInstant();
    }
}
