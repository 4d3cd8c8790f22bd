package org.ansoplatform.finance;

/** What comes into a fund: capital that is never spent, or income to spend. */
public enum MovementKind {
    PRINCIPAL, INCOME
}
