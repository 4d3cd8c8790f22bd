package org.ansoplatform.annualreport;

/**
 * Where an edition stands. A DRAFT is live and editable; SUBMITTED is offered to the Governing Board (editing it
 * sends it back to DRAFT); FROZEN is the Board's approval, stored and never changed; PUBLISHED is a frozen edition
 * issued in the annual-report series.
 */
public enum EditionStatus {
    DRAFT, SUBMITTED, FROZEN, PUBLISHED;

    public boolean frozen() {
        return this == FROZEN || this == PUBLISHED;
    }
}
