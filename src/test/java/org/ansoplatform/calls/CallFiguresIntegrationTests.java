package org.ansoplatform.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.intake.NominationManagement;
import org.ansoplatform.calls.offers.OfferManagement;
import org.ansoplatform.calls.selection.SelectionQueries;
import org.ansoplatform.calls.selection.SelectionRunner;
import org.ansoplatform.figures.FigureQueries;
import org.ansoplatform.governance.DelegateManagement;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.platform.Records;
import org.ansoplatform.review.ReviewOutcomesFixture;
import org.ansoplatform.shared.Figure;
import org.ansoplatform.shared.PageRequest;
import org.ansoplatform.shared.Reader;
import org.ansoplatform.shared.RecordRef;
import org.ansoplatform.shared.RecordView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The calls module's figures of a year, built here through the module's own services: a call closing in the
 * year with applications from three countries (one ineligible by nationality), two nominated, a selection run,
 * offers, one accepted and one declined. Every figure is compared with what was built (the other tests' calls of
 * the same year are left out by keeping to this call's records), and the records are described per reader.
 */
class CallFiguresIntegrationTests extends IntegrationTest {

    @Autowired
    CallManagement calls;

    @Autowired
    ApplicationIntake applications;

    @Autowired
    NominationManagement nominations;

    @Autowired
    DelegateManagement delegates;

    @Autowired
    OrganizationQueries organizations;

    @Autowired
    SelectionRunner runner;

    @Autowired
    SelectionQueries selections;

    @Autowired
    OfferManagement offers;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FigureQueries figures;

    @Autowired
    Records records;

    UUID callId;
    int year;
    Map<String, Someone> people = new LinkedHashMap<>();
    Map<String, UUID> ids = new LinkedHashMap<>();
    Map<String, String> references = new LinkedHashMap<>();
    Map<UUID, double[]> scores = new LinkedHashMap<>();
    long applicationsBefore;

    @BeforeEach
    void build() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        CallDefinition definition = CallTestData.call(CallTestData.code("figures"), now.minusDays(1), now.plusDays(10), 0);
        year = definition.closesAt().atZone(ZoneOffset.UTC).getYear();
        applicationsBefore = figure(figures.ofYear(year), "calls.applications").count();
        callId = calls.create(definition);
        apply("A", "GH", "PHD", 4.5);
        apply("B", "KE", "PHD", 3.0);
        apply("C", "GH", "MASTER", 4.0);
        apply("D", "CN", "PHD", 0); // the call excludes Chinese nationals: submitted, not eligible
        var member = organizations.search(new OrganizationQueries.Filter(null, null, null, OrganizationStatus.MEMBER), new PageRequest(0, 1))
                .items().get(0);
        Someone delegate = Someone.register(accounts, "Figures Delegate", "MEMBER_REPRESENTATIVE");
        delegates.appoint(delegate.email(), member.id());
        for (String name : List.of("A", "B")) {
            ApplicationView application = applications.view(ids.get(name), people.get(name));
            nominations.nominate(application.reference(), nominations.codeFor(application, people.get(name).id()).orElseThrow(), delegate);
        }
        clock.advance(Duration.ofDays(11));
        scores.remove(ids.get("D"));
        new ReviewOutcomesFixture(jdbc).closedPanel(callId, scores);
        runner.run(callId);
        offers.send(callId, true);
        offers.accept(offers.ofApplication(ids.get("A")).orElseThrow().id(), people.get("A"));
        offers.decline(offers.ofApplication(ids.get("C")).orElseThrow().id(), "Another offer.", people.get("C"));
    }

    void apply(String name, String nationality, String track, double score) {
        Someone applicant = Someone.register(accounts, "Figures Candidate " + name, "APPLICANT");
        UUID id = CallTestData.completeDraft(applications, callId, applicant, nationality, 0);
        applications.saveDraft(id, Map.of("track", track, "hosts", List.of("UCAS", "USTC")), applicant);
        references.put(name, applications.submit(id, null, applicant).reference());
        people.put(name, applicant);
        ids.put(name, id);
        scores.put(id, new double[] {score, score});
    }

    @Test
    void theYearsFiguresCountWhatBecameOfTheCallsApplications() {
        List<FigureQueries.ModuleFigures> ofYear = figures.ofYear(year);
        Set<UUID> selected = new java.util.HashSet<>();
        selections.latest(callId).orElseThrow().decisions().stream()
                .filter(decision -> decision.outcome() == org.ansoplatform.calls.selection.Decision.Outcome.SELECTED)
                .forEach(decision -> selected.add(decision.applicationId()));
        assertThat(selected).as("the run selected the eligible ones the quotas allow").isNotEmpty();

        assertThat(figure(ofYear, "calls.calls").records()).contains(RecordRef.of("calls", "call", callId));
        Figure submitted = figure(ofYear, "calls.applications");
        assertThat(mine(submitted.records())).containsExactlyInAnyOrder("A", "B", "C", "D");
        assertThat(submitted.count()).isEqualTo(applicationsBefore + 4).isEqualTo(submitted.records().size());

        Figure countries = figure(ofYear, "calls.countries");
        assertThat(countries.count()).isEqualTo(countries.parts().size());
        assertThat(countries.parts()).allSatisfy(part -> assertThat(part.kind()).isEqualTo(Figure.Part.Kind.COUNTRY));
        assertThat(mine(part(countries, "GH").records())).containsExactlyInAnyOrder("A", "C");
        assertThat(mine(part(countries, "KE").records())).containsExactly("B");
        assertThat(mine(part(countries, "CN").records())).containsExactly("D");

        assertThat(mine(figure(ofYear, "calls.eligible").records())).containsExactlyInAnyOrder("A", "B", "C");
        assertThat(mine(figure(ofYear, "calls.selected").records())).containsExactlyInAnyOrderElementsOf(names(selected));

        Figure awardees = figure(ofYear, "calls.awardees");
        assertThat(mine(awardees.records())).containsExactly("A");
        assertThat(mine(part(awardees, "PHD").records())).containsExactly("A");
        assertThat(part(awardees, "PHD").label().in(Locale.ENGLISH)).isEqualTo("PhD");
        assertThat(awardees.parts()).filteredOn(part -> part.code().equals("MASTER"))
                .allSatisfy(part -> assertThat(mine(part.records())).isEmpty());

        assertThat(mine(figure(ofYear, "calls.nominations").records())).containsExactlyInAnyOrder("A", "B");
        assertThat(mine(figure(ofYear, "calls.nominationsSelected").records()))
                .containsExactlyInAnyOrderElementsOf(names(selected).stream().filter(name -> Set.of("A", "B").contains(name)).toList());
    }

    @Test
    void aReaderSeesTheApplicationsTheCallsPagesShowThemAndOnlyCountsTheRest() {
        List<RecordRef> mine = ids.values().stream().map(id -> RecordRef.of("calls", "application", id)).toList();
        assertThat(records.describe(mine, Reader.person(UUID.randomUUID(), Set.of()), Locale.ENGLISH))
                .noneMatch(RecordView::visible).allSatisfy(view -> assertThat(view.title()).isNull());
        assertThat(records.describe(mine, Reader.anonymous(), Locale.ENGLISH)).noneMatch(RecordView::visible);

        List<RecordView> asApplicantA = records.describe(mine, Reader.person(people.get("A").id(), Set.of("APPLICANT")), Locale.ENGLISH);
        assertThat(asApplicantA).filteredOn(RecordView::visible).singleElement().satisfies(view -> {
            assertThat(view.ref().id()).isEqualTo(ids.get("A"));
            assertThat(view.title()).isEqualTo(references.get("A"));
            assertThat(view.path()).isEqualTo("/applications/" + ids.get("A"));
        });

        List<RecordView> asSecretariat = records.describe(mine, Reader.person(UUID.randomUUID(), Set.of("SECRETARIAT")), Locale.ENGLISH);
        assertThat(asSecretariat).allMatch(RecordView::visible);
        assertThat(asSecretariat.get(0).title()).isEqualTo(references.get("A") + " — Figures Candidate A");

        RecordView call = records.describe(RecordRef.of("calls", "call", callId), Reader.anonymous(), Locale.ENGLISH);
        assertThat(call.visible()).isTrue();
        assertThat(call.path()).isEqualTo("/calls/" + callId);

        // the figure's own records through the figures module: a reader without a role sees counts only
        FigureQueries.RecordPage page = figures.records("calls.applications", year, null, Reader.person(UUID.randomUUID(), Set.of()),
                Locale.ENGLISH, new PageRequest(0, 10));
        assertThat(page.visible().total()).isZero();
        assertThat(page.visible().items()).isEmpty();
        assertThat(page.hidden()).isEqualTo(page.figure().records().size()).isGreaterThanOrEqualTo(4);
        FigureQueries.RecordPage ghana = figures.records("calls.countries", year, "GH", Reader.person(people.get("C").id(), Set.of("APPLICANT")),
                Locale.ENGLISH, new PageRequest(0, 10));
        assertThat(ghana.visible().items()).extracting(RecordView::title).containsExactly(references.get("C"));
        assertThat(ghana.hidden()).isEqualTo(ghana.part().records().size() - 1);
    }

    static Figure figure(List<FigureQueries.ModuleFigures> ofYear, String key) {
        return ofYear.stream().flatMap(module -> module.figures().stream()).filter(figure -> figure.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + key));
    }

    static Figure.Part part(Figure figure, String code) {
        return figure.parts().stream().filter(part -> part.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no part " + code + " in " + figure.key()));
    }

    /** The names of this test's applications among the records, leaving other tests' records of the year out. */
    List<String> mine(List<RecordRef> refs) {
        return ids.entrySet().stream().filter(entry -> refs.contains(RecordRef.of("calls", "application", entry.getValue())))
                .map(Map.Entry::getKey).toList();
    }

    List<String> names(Set<UUID> applications) {
        return ids.entrySet().stream().filter(entry -> applications.contains(entry.getValue())).map(Map.Entry::getKey).toList();
    }
}
