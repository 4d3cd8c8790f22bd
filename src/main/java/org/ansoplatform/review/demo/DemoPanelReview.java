package org.ansoplatform.review.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.platform.DemoMode;
import org.ansoplatform.platform.DemoReviewRequested;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.review.ReviewOutcomes;
import org.ansoplatform.review.ReviewScope;
import org.ansoplatform.review.ReviewView;
import org.ansoplatform.review.Rubric;
import org.ansoplatform.review.panels.AssignmentRunner;
import org.ansoplatform.review.panels.PairingEditor;
import org.ansoplatform.review.panels.PairingKind;
import org.ansoplatform.review.panels.PanelSetup;
import org.ansoplatform.review.panels.ReviewerPool;
import org.ansoplatform.review.panels.ReviewerPool.ReviewerCommand;
import org.ansoplatform.review.panels.ReviewerPool.ReviewerView;
import org.ansoplatform.review.panels.RunSummary;
import org.ansoplatform.review.reviewing.Calibrator;
import org.ansoplatform.review.reviewing.ReviewDesk;
import org.ansoplatform.review.reviewing.RubricEditor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * In demo mode, a panel of three illustrative experts reviews the subjects another module's demo names
 * ({@link DemoReviewRequested}): the panel is opened with the rubric given, configured so that every expert reviews
 * every subject, its subjects loaded from their source, the experts invited (accounts through the pool, as the demo
 * pool's are) and accepting, every pair pinned, the assignment run and reviewing opened; each expert then submits a review whose total
 * is the subject's illustrative score plus the expert's own leniency, and the panel is closed, which calibrates the
 * scores. Everything goes through review's services, in the publisher's transaction. A scope that has a panel already
 * is left alone, so a restart, or a panel the Secretariat set up by hand, changes nothing.
 */
@Component
class DemoPanelReview {

    /** Illustrative experts: one lenient, one even, one harsh, so the calibration has something to remove. */
    static final List<Expert> EXPERTS = List.of(
            new Expert("expert.rahimova@cooperation.example.org", "Dr. Malika Rahimova (illustrative)", "UZ", List.of("1.5", "4.1"), 0.2),
            new Expert("expert.okonkwo@cooperation.example.org", "Prof. Chidi Okonkwo (illustrative)", "NG", List.of("1.5", "2.7"), 0.0),
            new Expert("expert.lindqvist@cooperation.example.org", "Dr. Sara Lindqvist (illustrative)", "SE", List.of("1.6", "5.7"), -0.2));
    static final String INSTITUTION = "Demo expert panel (illustrative)";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(DemoPanelReview.class);

    record Expert(String email, String name, String country, List<String> fields, double leniency) {
    }

    private final PanelSetup panels;
    private final AssignmentRunner assignments;
    private final PairingEditor pairings;
    private final RubricEditor rubrics;
    private final ReviewDesk desk;
    private final Calibrator calibrator;
    private final ReviewerPool pool;
    private final ReviewOutcomes outcomes;
    private final AccountQueries accounts;
    private final DemoMode demoMode;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoPanelReview(PanelSetup panels, AssignmentRunner assignments, PairingEditor pairings, RubricEditor rubrics, ReviewDesk desk,
            Calibrator calibrator, ReviewerPool pool, ReviewOutcomes outcomes, AccountQueries accounts, DemoMode demoMode, JsonMapper json,
            TransactionTemplate transactions, Clock clock) {
        this.panels = panels;
        this.assignments = assignments;
        this.pairings = pairings;
        this.rubrics = rubrics;
        this.desk = desk;
        this.calibrator = calibrator;
        this.pool = pool;
        this.outcomes = outcomes;
        this.accounts = accounts;
        this.demoMode = demoMode;
        this.json = json;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    void on(DemoReviewRequested request) {
        // a history too large for experts asks for calibrated scores only: DemoCalibratedScores writes them
        if (!demoMode.enabled() || DemoCalibratedScores.CALIBRATED.equals(request.rubric())
                || outcomes.panel(new ReviewScope(request.scopeType(), request.scopeId())).isPresent()) {
            return;
        }
        Calibrator.CalibrationSummary summary = transactions.execute(status -> review(request));
        log.info("Demo review: {} illustrative reviews of {} subjects of {} {}, calibrated", summary.reviews(), summary.subjects(),
                request.scopeType(), request.scopeId());
    }

    private Calibrator.CalibrationSummary review(DemoReviewRequested request) {
        UUID panelId = panels.open(request.scopeType(), request.scopeId());
        Rubric rubric = rubric(request.rubric());
        rubrics.save(panelId, rubric);
        int subjects = Math.max(1, request.subjects().size());
        LocalDateTime deadline = LocalDateTime.ofInstant(clock.instant().plus(Duration.ofDays(14)), ZONE);
        panels.configure(panelId, new PanelSetup.Settings(EXPERTS.size(), 0, subjects, 0.001, false, false, List.of(), List.of(),
                deadline, ZONE.getId()));
        panels.loadSubjects(panelId);
        List<ReviewerView> experts = EXPERTS.stream().map(this::expert).toList();
        panels.invite(panelId, experts.stream().map(ReviewerView::id).toList());
        experts.forEach(expert -> panels.answer(expert.personId(), panelId, true));
        // pinned as the Secretariat pins by hand: a subject that names no field of expertise has no candidates of its own
        request.subjects().forEach(subject -> experts.forEach(expert ->
                pairings.setPairing(panelId, subject.id(), expert.id(), PairingKind.PIN)));
        RunSummary run = assignments.run(panelId);
        if (!run.feasible()) {
            throw new IllegalStateException("the demo panel's assignment is infeasible: " + run.explanations());
        }
        panels.openReviewing(panelId);
        Map<UUID, Double> centres = new LinkedHashMap<>();
        request.subjects().forEach(subject -> centres.put(subject.id(), subject.score()));
        List<UUID> order = new ArrayList<>(centres.keySet());
        double midpoint = (rubric.scaleMin() + rubric.scaleMax()) / 2.0;
        for (int e = 0; e < EXPERTS.size(); e++) {
            Reviewer me = new Reviewer(experts.get(e));
            for (ReviewView review : desk.mine(me)) {
                if (!review.panelId().equals(panelId)) {
                    continue;
                }
                double total = centres.getOrDefault(review.subjectId(), midpoint) + EXPERTS.get(e).leniency();
                Map<String, Double> scores = DemoScores.scores(rubric, total, e + order.indexOf(review.subjectId()));
                desk.submit(review.id(), scores, DemoScores.comments(rubric, scores), me);
            }
        }
        return calibrator.close(panelId, true);
    }

    /** The expert of the pool with that email, added (and invited to an account) when missing. */
    private ReviewerView expert(Expert expert) {
        return accounts.idOf(expert.email()).flatMap(pool::ofPerson).orElseGet(() -> pool.get(pool.add(new ReviewerCommand(expert.email(),
                expert.name(), INSTITUTION, expert.country(), List.of("en"), expert.fields(), 30))));
    }

    private Rubric rubric(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return json.readValue(in, Rubric.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The expert acting on their own reviews, as the reviewer's pages would on their behalf. */
    private record Reviewer(ReviewerView expert) implements SignedInPerson {

        @Override
        public UUID id() {
            return expert.personId();
        }

        @Override
        public String email() {
            return expert.email();
        }

        @Override
        public String displayName() {
            return expert.name();
        }

        @Override
        public boolean hasRole(String role) {
            return Set.of("REVIEWER").contains(role.toUpperCase(Locale.ROOT));
        }
    }
}
