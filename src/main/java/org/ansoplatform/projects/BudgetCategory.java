package org.ansoplatform.projects;

/** The categories of a project's budget lines and expenditure. */
public enum BudgetCategory {
    PERSONNEL, EQUIPMENT, CONSUMABLES, TRAVEL, TRAINING, SUBCONTRACTING, PUBLICATION, OTHER, OVERHEADS
}
