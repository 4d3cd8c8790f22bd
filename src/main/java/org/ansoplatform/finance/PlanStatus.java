package org.ansoplatform.finance;

/** A budget plan's state: edited while DRAFT, before the Board when PROPOSED, then decided. */
public enum PlanStatus {
    DRAFT, PROPOSED, APPROVED, SUPERSEDED, REJECTED
}
