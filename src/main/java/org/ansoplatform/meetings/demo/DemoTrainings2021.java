package org.ansoplatform.meetings.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ansoplatform.meetings.MeetingKind;
import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.meetings.importing.MeetingImport;
import org.ansoplatform.platform.DemoHistoryStep;
import org.ansoplatform.shared.Actor;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's 2021 history of trainings (issue 24), which the meetings list of the Annual Report 2021 leaves out and its
 * “ANSO Training 2021” names ({@code demo/meetings-history-2021.csv}, through the CSV import): the Second
 * International Training Course on Industrial Synthetic Biotechnology (TIB, 20-30 December 2021) with its 78 confirmed
 * trainees from 17 developing countries (illustrative people, written in one batch), and ANSO-RWIT's Advanced Training
 * Program, whose date the report does not give (the meeting is illustrative). The course's trainees are the marker.
 */
@Component
class DemoTrainings2021 implements DemoHistoryStep {

    static final String RESOURCE = "demo/meetings-history-2021.csv";
    static final String COURSE = "The Second International Training Course on Industrial Synthetic Biotechnology";
    static final String RWIT = "Advanced Training Program for Agricultural Technology Innovation Transfer on \"Belt and Road\" Rice";
    static final int TRAINEES = 78;
    /** Seventeen developing countries; the first {@code 78 % 17} send five trainees, the others four. */
    static final List<String> COUNTRIES = List.of("PK", "BD", "NP", "LK", "TH", "VN", "ID", "MY", "KZ", "UZ", "EG", "NG", "KE",
            "ET", "GH", "BR", "MN");

    private final MeetingImport importer;
    private final MeetingQueries meetings;
    private final DemoTraineeStore store;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoTrainings2021(MeetingImport importer, MeetingQueries meetings, DemoTraineeStore store, TransactionTemplate transactions,
            Clock clock) {
        this.importer = importer;
        this.meetings = meetings;
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void run() {
        try (InputStream csv = new ClassPathResource(RESOURCE).getInputStream()) {
            importer.importCsv(csv, Actor.system(clock.instant()), true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        transactions.executeWithoutResult(status -> {
            find(RWIT).ifPresent(rwit -> store.markMeetingIllustrative(rwit.id()));
            find(COURSE).filter(course -> store.trainees(course.id()) == 0).ifPresent(course -> store.insert(course.id(), trainees(course)));
        });
    }

    private List<DemoTraineeStore.Trainee> trainees(MeetingView course) {
        List<DemoTraineeStore.Trainee> trainees = new ArrayList<>();
        java.time.Instant registered = course.startDate().minusDays(30).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
        for (int i = 0; i < TRAINEES; i++) {
            String country = COUNTRIES.get(i % COUNTRIES.size());
            trainees.add(new DemoTraineeStore.Trainee(String.format("Trainee %02d (illustrative)", i + 1),
                    String.format("synbio-trainee-%02d@trainees.example.org", i + 1), country, i % 2 == 0 ? "FEMALE" : "MALE",
                    registered.plusSeconds(3_600L * i)));
        }
        return trainees;
    }

    private Optional<MeetingView> find(String title) {
        return meetings.all(new MeetingQueries.Filter(2021, MeetingKind.TRAINING_COURSE, null, null, null, true)).stream()
                .filter(meeting -> title.equals(meeting.title().get("en"))).findFirst();
    }
}
