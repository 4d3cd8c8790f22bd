package org.ansoplatform.calls;

/** What a stipend's amount is paid for: each month, each year, or once for the whole award. */
public enum StipendPeriod {
    MONTH, YEAR, TOTAL
}
