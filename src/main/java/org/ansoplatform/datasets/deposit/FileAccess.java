package org.ansoplatform.datasets.deposit;

/**
 * Who may download a file of a published version: anyone (OPEN), anyone from a date on (EMBARGOED, opened at that
 * date by reading the clock, no job), or the depositor, curators and readers the depositor granted (RESTRICTED).
 */
public enum FileAccess {
    OPEN, EMBARGOED, RESTRICTED
}
