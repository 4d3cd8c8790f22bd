package org.ansoplatform.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.meetings.MeetingManagement;
import org.ansoplatform.meetings.TestMeetings;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.projects.TestProjectStore.TestProject;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Reader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Outputs linked rather than retyped, refused when they are wrong, and the figures of what projects produced. */
class OutputsTests extends IntegrationTest {

    @Autowired
    OutputManagement outputs;
    @Autowired
    ReportManagement reports;
    @Autowired
    ReportQueries queries;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    AccountManagement accounts;
    @Autowired
    JdbcClient jdbc;

    Someone pi;
    TestProject project;
    ReportView report;

    @BeforeEach
    void project() {
        pi = Someone.register(accounts, "Output Investigator");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        project = new TestProjectStore(jdbc).create(today.minusMonths(6), today.plusMonths(30), ReportSchedule.ANNUAL, pi.id());
        reports.plan(project.id());
        report = queries.reports(project.id()).get(0);
    }

    static OutputCommand output(OutputKind kind, String title, UUID meeting, String ref, String doi,
            List<OutputCommand.Trainees> trainees, Integer beneficiaries, Integer places) {
        return new OutputCommand(kind, title == null ? null : LocalizedText.of(Map.of("en", title)), null, null, null, null,
                meeting, ref, doi, null, beneficiaries, places, trainees, List.of(), true);
    }

    static String key(InvalidInputException refusal) {
        return refusal.violations().get(0).messageKey();
    }

    @Test
    void aTrainingLinkedToAMeetingIsStoredAsItsReferenceAndShownWithTheMeetingsTitle() {
        UUID course = meetings.create(TestMeetings.course("Hydrology field course", null, null, false, List.of()));
        outputs.add(project.id(), report.id(), pi.id(), output(OutputKind.TRAINING, null, course, null, null, List.of(
                new OutputCommand.Trainees("kg", Gender.FEMALE, 12), new OutputCommand.Trainees("KG", Gender.MALE, 8),
                new OutputCommand.Trainees("CN", null, 5)), null, null));

        Integer stored = jdbc.sql("select count(*) from projects.output where record_ref = :ref")
                .param("ref", "meetings:meeting:" + course).query(Integer.class).single();
        assertThat(stored).isEqualTo(1);
        OutputView view = queries.outputsOfReport(report.id(), Reader.anonymous(), Locale.ENGLISH).get(0);
        assertThat(view.title()).isEqualTo("Hydrology field course");
        assertThat(view.linked().visible()).isTrue();
        assertThat(view.linked().path()).isEqualTo("/meetings/" + course);
        assertThat(view.trainees()).containsExactly(new TraineeCount("CN", Gender.UNKNOWN, 5),
                new TraineeCount("KG", Gender.FEMALE, 12), new TraineeCount("KG", Gender.MALE, 8));
        assertThat(view.periodStart()).isEqualTo(report.periodStart());
    }

    @Test
    void aDatasetIsLinkedByDoiOrByRecordReferenceAndShownWithItsOwnTitleWhereTheRecordCannotBeSeen() {
        outputs.add(project.id(), report.id(), pi.id(),
                output(OutputKind.DATASET, "Naryn river gauges", null, null, "https://doi.org/10.5281/zenodo.4242", List.of(), null, null));
        UUID dataset = UUID.randomUUID();
        outputs.add(project.id(), report.id(), pi.id(),
                output(OutputKind.DATASET, "Station records", null, "datasets:dataset:" + dataset, null, List.of(), null, null));
        List<OutputView> views = queries.outputsOfReport(report.id(), Reader.anonymous(), Locale.ENGLISH);
        assertThat(views).extracting(OutputView::doi).containsExactly("10.5281/zenodo.4242", null);
        assertThat(views.get(1).linked().ref().toString()).isEqualTo("datasets:dataset:" + dataset);
        assertThat(views.get(1).title()).isEqualTo("Station records");
    }

    @Test
    void aWrongDoiAnUnknownMeetingANegativeCountOrAPeriodOutsideTheProjectIsRefusedAndNothingIsStored() {
        assertRefused(output(OutputKind.PUBLICATION, "Paper", null, null, "10.12/x", List.of(), null, null),
                "projects.output.doiInvalid");
        assertRefused(output(OutputKind.PUBLICATION, "Paper", null, null, "10.1234/" + "x".repeat(300), List.of(), null, null),
                "projects.output.doiInvalid");
        assertRefused(output(OutputKind.MEETING, null, UUID.randomUUID(), null, null, List.of(), null, null),
                "projects.output.unknownMeeting");
        assertRefused(output(OutputKind.TRAINING, "Course", null, null, null,
                List.of(new OutputCommand.Trainees("KG", Gender.FEMALE, -3)), null, null), "projects.output.negativeCount");
        assertRefused(output(OutputKind.BENEFICIARIES, "Villages", null, null, null, List.of(), -15000, 11),
                "projects.output.negativeCount");
        assertRefused(output(OutputKind.DATASET, "Data", null, "not a reference", null, List.of(), null, null),
                "projects.output.recordRefInvalid");
        assertRefused(output(OutputKind.TRAINING, "Course", null, null, null,
                List.of(new OutputCommand.Trainees("XX", Gender.FEMALE, 3)), null, null), "projects.output.countryInvalid");
        assertRefused(new OutputCommand(OutputKind.MEDIA, LocalizedText.of(Map.of("en", "Interview")), null,
                project.start().minusDays(30), project.start().minusDays(1), null, null, null, null, "https://news.example.org/a",
                null, null, List.of(), List.of(), false), "projects.output.periodOutsideProject");
        assertRefused(output(OutputKind.MEDIA, "Interview", null, null, null, List.of(), null, null), "validation.required");
        assertThat(queries.outputsOfReport(report.id(), Reader.system(), Locale.ENGLISH)).isEmpty();
    }

    void assertRefused(OutputCommand command, String expected) {
        assertThatThrownBy(() -> outputs.add(project.id(), report.id(), pi.id(), command))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::messageKey).contains(expected));
    }

    @Test
    void outputsAreAddedOnlyWhileTheReportCanBeChanged() {
        reports.save(project.id(), report.id(), pi.id(), new ReportDraft("Done.", Map.of(), List.of()));
        reports.submit(project.id(), report.id(), pi.id());
        assertThatThrownBy(() -> outputs.add(project.id(), report.id(), pi.id(),
                output(OutputKind.OTHER, "Late", null, null, null, List.of(), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(key(e)).isEqualTo("projects.report.alreadySubmitted"));
    }

    @Test
    void figuresCountTheOutputsOfAcceptedReportsByKindTraineesBeneficiariesAndCountriesInAYearAndInTotal() {
        ReportFigures allBefore = queries.figures(null, null);
        UUID course = meetings.create(TestMeetings.course("Counted course", null, null, false, List.of()));
        outputs.add(project.id(), report.id(), pi.id(), output(OutputKind.TRAINING, null, course, null, null, List.of(
                new OutputCommand.Trainees("KG", Gender.FEMALE, 12), new OutputCommand.Trainees("TJ", Gender.MALE, 8)), null, null));
        outputs.add(project.id(), report.id(), pi.id(), new OutputCommand(OutputKind.BENEFICIARIES,
                LocalizedText.of(Map.of("en", "Clean water")), null, null, null, null, null, null, null, null, 15000, 11,
                List.of(), List.of("LK"), true));
        assertThat(queries.figures(project.id(), null).outputs()).as("not counted before the report is accepted").isZero();

        reports.save(project.id(), report.id(), pi.id(), new ReportDraft("Done.", Map.of(), List.of()));
        reports.submit(project.id(), report.id(), pi.id());
        reports.accept(project.id(), report.id());

        ReportFigures total = queries.figures(project.id(), null);
        assertThat(total.outputsByKind()).containsEntry(OutputKind.TRAINING, 1L).containsEntry(OutputKind.BENEFICIARIES, 1L);
        assertThat(total.trainees()).containsExactlyInAnyOrder(new TraineeCount("KG", Gender.FEMALE, 12),
                new TraineeCount("TJ", Gender.MALE, 8));
        assertThat(total.trained()).isEqualTo(20);
        assertThat(total.beneficiaries()).isEqualTo(15000);
        assertThat(total.places()).isEqualTo(11);
        assertThat(total.countriesReached()).containsExactly("KG", "LK", "TJ");

        int year = report.periodEnd().getYear();
        assertThat(queries.figures(project.id(), year).outputs()).isEqualTo(2);
        assertThat(queries.figures(project.id(), year - 5).outputs()).isZero();
        ReportFigures allAfter = queries.figures(null, null);
        assertThat(allAfter.outputs() - allBefore.outputs()).isEqualTo(2);
        assertThat(allAfter.beneficiaries() - allBefore.beneficiaries()).isEqualTo(15000);
    }
}
