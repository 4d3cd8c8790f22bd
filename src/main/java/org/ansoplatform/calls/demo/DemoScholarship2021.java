package org.ansoplatform.calls.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.Host;
import org.ansoplatform.calls.definition.CallStore;
import org.ansoplatform.calls.intake.CallSubjectSource;
import org.ansoplatform.calls.selection.SelectionQueries;
import org.ansoplatform.calls.selection.SelectionRunner;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.platform.DemoHistoryStep;
import org.ansoplatform.platform.DemoReviewRequested;
import org.ansoplatform.shared.PageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 2021 scholarship's history (issue 24; Annual Report 2021: “over 6000 applicants from more than 110 countries”,
 * “300 PhD awardees and 200 Master's awardees”, “13 of the 20 recommended candidates were selected”): {@link #APPLICATIONS}
 * synthetic applications submitted between the call's opening and closing (the demo generator, screened by the call's
 * rules; all illustrative), each ranking all three hosts; 20 nominations by the Board's member organizations; a closed
 * panel whose calibrated scores review's demo writes in bulk (seeded, with the 13 nominations the report counts as
 * selected at the top and the other 7 at the bottom); the selection runner's real run under the call's quotas and the
 * demo's caps; and the 500 selected enrolled in September 2021 (offers written in bulk, no letters). The stored run is
 * the marker; a step stopped half-way resumes, since the generator adds only the applications missing.
 */
@Component
class DemoScholarship2021 implements DemoHistoryStep {

    static final String CODE = "scholarship-2021";
    static final int APPLICATIONS = 6_042;
    static final int NOMINATIONS = 20;
    static final int NOMINATIONS_SELECTED = 13;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final UUID DELEGATE = UUID.nameUUIDFromBytes("anso-demo-nominating-delegate".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    private static final Logger log = LoggerFactory.getLogger(DemoScholarship2021.class);

    private final CallStore calls;
    private final SelectionQueries selections;
    private final SelectionRunner runner;
    private final DemoApplicants generator;
    private final DemoHistoryStore store;
    private final OrganizationQueries organizations;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    DemoScholarship2021(CallStore calls, SelectionQueries selections, SelectionRunner runner, DemoApplicants generator,
            DemoHistoryStore store, OrganizationQueries organizations, ApplicationEventPublisher events, TransactionTemplate transactions,
            JsonMapper json) {
        this.calls = calls;
        this.selections = selections;
        this.runner = runner;
        this.generator = generator;
        this.store = store;
        this.organizations = organizations;
        this.events = events;
        this.transactions = transactions;
        this.json = json;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void run() {
        CallView call = calls.findByCode(CODE).orElse(null);
        if (call == null || selections.latest(call.id()).isPresent()) {
            return;
        }
        UUID callId = call.id();
        long started = System.nanoTime();
        generator.generate(callId, APPLICATIONS);
        long generated = System.nanoTime();
        transactions.executeWithoutResult(status -> {
            store.markIllustrative(callId);
            store.rankAllHosts(callId, json.writeValueAsString(call.definition().hosts().stream().map(Host::code).toList()));
            review(call);
            SelectionRunner.RunSummary run = runner.run(callId);
            store.enrolled(callId, run.runId(), store.selected(run.runId()), at(2021, 6, 15), at(2021, 6, 28), at(2021, 9, 1));
            log.info("Demo history: {} ({} ms generating, {} ms nominating, scoring, selecting and enrolling): {} candidates, selected {}",
                    CODE, (generated - started) / 1_000_000, (System.nanoTime() - generated) / 1_000_000, run.candidates(), run.selected());
        });
    }

    /** Nominations and calibrated scores: the nominated the report counts as selected on top, the others at the bottom. */
    private void review(CallView call) {
        List<DemoHistoryStore.Eligible> eligible = store.eligible(call.id());
        List<UUID> members = organizations.search(new OrganizationQueries.Filter(null, null, null, OrganizationStatus.MEMBER),
                new PageRequest(0, 50)).items().stream().map(OrganizationView::id).sorted().toList();
        Random random = new Random(20210430L);
        Set<String> nominatedCountries = new LinkedHashSet<>();
        List<DemoHistoryStore.Nomination> nominations = new ArrayList<>();
        List<DemoReviewRequested.Subject> subjects = new ArrayList<>();
        for (DemoHistoryStore.Eligible application : eligible) {
            double score = Math.max(1, Math.min(5, 3 + random.nextGaussian()));
            // one nomination per country, so that the country caps never stand between a nominee and the report's count
            if (!members.isEmpty() && nominations.size() < NOMINATIONS && nominatedCountries.add(application.country())) {
                int index = nominations.size();
                nominations.add(new DemoHistoryStore.Nomination(application.id(), members.get(index % members.size()),
                        call.definition().opensAt().plusSeconds(86_400L * (30 + index))));
                score = index < NOMINATIONS_SELECTED ? 4.99 - 0.001 * index : 1.01 + 0.001 * index;
            }
            subjects.add(new DemoReviewRequested.Subject(application.id(), Math.round(score * 100) / 100.0));
        }
        store.nominate(call.id(), DELEGATE, nominations);
        events.publishEvent(new DemoReviewRequested(CallSubjectSource.SCOPE, call.id(), "calibrated", subjects));
    }

    private static java.time.Instant at(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(10, 0).atZone(ZONE).toInstant();
    }
}
