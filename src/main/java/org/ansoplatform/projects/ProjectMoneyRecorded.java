package org.ansoplatform.projects;

import java.util.UUID;

import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.AuditedEvent;

/** A project's money moved: a budget line set or removed, a tranche paid, expenditure (or its correction) reported. */
public record ProjectMoneyRecorded(UUID projectId, Entry entry, String detail, Actor actor) implements AuditedEvent {

    /** What was recorded. */
    public enum Entry {
        BUDGET_LINE, TRANCHE, EXPENDITURE
    }

    @Override
    public String action() {
        return switch (entry) {
            case BUDGET_LINE -> "project.budgetLineSet";
            case TRANCHE -> "project.tranchePaid";
            case EXPENDITURE -> "project.expenditureReported";
        };
    }

    @Override
    public String recordType() {
        return "project";
    }

    @Override
    public String recordId() {
        return String.valueOf(projectId);
    }
}
