package org.ansoplatform.projects.award;

import java.util.Optional;
import java.util.UUID;

import org.ansoplatform.calls.ApplicationQueries;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.shared.Money;
import org.springframework.stereotype.Component;

/**
 * Reads an accepted award through calls' public API: a call awards projects exactly when calls says so (its selection
 * has a budget envelope), and the project is granted what that selection granted the application, not what the
 * applicant asked for.
 */
@Component
class CallAwards {

    private final ApplicationQueries applications;
    private final CallQueries calls;

    CallAwards(ApplicationQueries applications, CallQueries calls) {
        this.applications = applications;
        this.calls = calls;
    }

    Optional<Award> award(UUID applicationId, String reference) {
        return applications.answers(applicationId).flatMap(answers -> {
            CallView call = calls.any(answers.callId());
            if (call == null || !calls.awardsProjects(call.id())) {
                return Optional.empty();
            }
            Optional<Money> granted = applications.grantedAmount(applicationId);
            return granted.map(money -> new Award(applicationId, answers.callId(), answers.applicantId(), answers.applicantName(),
                    answers.applicantEmail(), call.definition().programmeCode(), reference, answers.values(), money));
        });
    }
}
