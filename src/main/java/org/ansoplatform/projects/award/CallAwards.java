package org.ansoplatform.projects.award;

import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationQueries;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.springframework.stereotype.Component;

/**
 * Reads an accepted award through calls' public API. A call awards projects when its selection has a budget
 * envelope, whose amount field is the cooperation form's {@code budgetTotal}; until calls says so itself
 * ({@code awardsProjects}), a call whose form asks for {@code budgetTotal} is taken to award projects.
 */
@Component
class CallAwards {

    static final String AMOUNT_FIELD = "budgetTotal";

    private final ApplicationQueries applications;
    private final CallQueries calls;

    CallAwards(ApplicationQueries applications, CallQueries calls) {
        this.applications = applications;
        this.calls = calls;
    }

    Optional<Award> award(UUID applicationId, String reference) {
        return applications.answers(applicationId).flatMap(answers -> {
            CallView call = calls.any(answers.callId());
            if (call == null || !awardsProjects(call)) {
                return Optional.empty();
            }
            return Optional.of(new Award(applicationId, answers.callId(), answers.applicantId(), answers.applicantName(),
                    answers.applicantEmail(), call.definition().programmeCode(), reference, answers.values()));
        });
    }

    private static boolean awardsProjects(CallView call) {
        return call.definition().form().field(AMOUNT_FIELD).isPresent();
    }
}
