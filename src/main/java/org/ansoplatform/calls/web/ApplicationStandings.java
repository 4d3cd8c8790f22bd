package org.ansoplatform.calls.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.OfferView;
import org.ansoplatform.calls.SelectionView.DecisionView;
import org.ansoplatform.calls.offers.OfferManagement;
import org.ansoplatform.calls.selection.Decision;
import org.ansoplatform.calls.selection.SelectionQueries;
import org.springframework.stereotype.Component;

/**
 * Where an applicant stands, read from what exists (the application, the call's deadline, the decision once
 * offers are sent, the offer), so that the call page, the list of the applicant's applications, the badge and the progress tracker
 * of the application's page all say the same thing.
 */
@Component
class ApplicationStandings {

    /** The stages of the tracker that are done at this standing: 1 draft ... 5 decision. */
    enum Standing {
        DRAFT(1), SUBMITTED(2), UNDER_REVIEW(3), NOT_SELECTED(5), WAITLISTED(5), SELECTED(5), OFFERED(5), ACCEPTED(5), ENROLLED(5),
        DECLINED(5), EXPIRED(5), WITHDRAWN(0);

        private final int stagesDone;

        Standing(int stagesDone) {
            this.stagesDone = stagesDone;
        }

        public boolean done(int stage) {
            return stage <= stagesDone;
        }

        public String messageKey() {
            return "calls.standing." + name();
        }
    }

    /** The standing, and the offer's answer-by instant when an offer waits for an answer. */
    record Place(Standing standing, Instant respondBy) {
    }

    private final SelectionQueries selections;
    private final OfferManagement offers;
    private final Clock clock;
    private final ApplicantOutcomes outcomes;

    ApplicationStandings(SelectionQueries selections, OfferManagement offers, Clock clock, ApplicantOutcomes outcomes) {
        this.outcomes = outcomes;
        this.selections = selections;
        this.offers = offers;
        this.clock = clock;
    }

    Place of(ApplicationView application, CallView call) {
        if (application.status() == ApplicationStatus.WITHDRAWN) {
            return new Place(Standing.WITHDRAWN, null);
        }
        if (application.isDraft()) {
            return new Place(Standing.DRAFT, null);
        }
        Optional<OfferView> offer = offers.ofApplication(application.id());
        if (offer.isPresent()) {
            return switch (offer.get().status()) {
                case OFFERED -> offer.get().open(clock.instant()) ? new Place(Standing.OFFERED, offer.get().respondBy())
                        : new Place(Standing.EXPIRED, null);
                case ACCEPTED -> new Place(Standing.ACCEPTED, null);
                case ENROLLED -> new Place(Standing.ENROLLED, null);
                case DECLINED -> new Place(Standing.DECLINED, null);
                case EXPIRED -> new Place(Standing.EXPIRED, null);
            };
        }
        Optional<DecisionView> decision = selections.decisionOf(application);
        if (decision.isPresent()) {
            Decision.Outcome outcome = decision.get().outcome();
            return new Place(outcome == Decision.Outcome.SELECTED ? Standing.SELECTED
                    : outcomes.waitlistPosition(application, call, decision.get()).isPresent() ? Standing.WAITLISTED
                    : Standing.NOT_SELECTED, null);
        }
        return new Place(call.accepting(clock.instant()) ? Standing.SUBMITTED : Standing.UNDER_REVIEW, null);
    }
}
