package org.ansoplatform.review.panels;

/** An assignment run: the whole instance solved in SETUP, or a re-assignment (after a dropout, or a further review). */
public enum RunKind {
    FULL, REASSIGN
}
