package org.ansoplatform.projects.core;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.InvalidInputException.Violation;
import org.ansoplatform.platform.TextInput;
import org.ansoplatform.projects.ProjectStatus;

/**
 * A project's status and the moves it allows (docs/architecture.md, the decision on projects' status): an awarded
 * project starts (ACTIVE); a running one is extended (EXTENDED, its end date moved by a decision) or completed;
 * an extended one is completed; any project not yet over may be terminated; COMPLETED and TERMINATED are final.
 * Every move needs a reason, which the history keeps.
 */
public record ProjectLifecycle(ProjectStatus status) {

    public static final int REASON_MAX = 1000;

    private static final Map<ProjectStatus, Set<ProjectStatus>> NEXT = Map.of(
            ProjectStatus.AWARDED, EnumSet.of(ProjectStatus.ACTIVE, ProjectStatus.TERMINATED),
            ProjectStatus.ACTIVE, EnumSet.of(ProjectStatus.EXTENDED, ProjectStatus.COMPLETED, ProjectStatus.TERMINATED),
            ProjectStatus.EXTENDED, EnumSet.of(ProjectStatus.COMPLETED, ProjectStatus.TERMINATED),
            ProjectStatus.COMPLETED, EnumSet.noneOf(ProjectStatus.class),
            ProjectStatus.TERMINATED, EnumSet.noneOf(ProjectStatus.class));

    /** A change that passed every check: the reason trimmed. */
    public record Move(ProjectStatus from, ProjectStatus to, String reason) {
    }

    /** Where the project may go from here, for the status form. */
    public Set<ProjectStatus> next() {
        return NEXT.get(status);
    }

    /** The move to {@code target} for {@code reason}; refuses a wrong move and a missing reason, all at once. */
    public Move to(ProjectStatus target, String reason) {
        java.util.List<Violation> violations = new java.util.ArrayList<>();
        if (target == null) {
            violations.add(new Violation("status", "validation.required"));
        } else if (target == status) {
            violations.add(new Violation("status", "projects.project.error.sameStatus"));
        } else if (!next().contains(target)) {
            violations.add(new Violation("status", "projects.project.error.transition"));
        }
        String checked = TextInput.check(reason, "reason", REASON_MAX, false, violations);
        if (checked == null && violations.stream().noneMatch(v -> v.field().equals("reason"))) {
            violations.add(new Violation("reason", "projects.project.error.reasonRequired"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Move(status, target, checked);
    }
}
