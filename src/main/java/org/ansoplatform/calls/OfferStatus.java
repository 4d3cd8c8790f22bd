package org.ansoplatform.calls;

/** Where an offer stands: open until answered or expired; accepted, then enrolled; or declined, or expired (a decline). */
public enum OfferStatus {
    OFFERED, ACCEPTED, DECLINED, EXPIRED, ENROLLED;

    /** The offer holds its seat: open, accepted or enrolled. */
    public boolean holdsSeat() {
        return this == OFFERED || this == ACCEPTED || this == ENROLLED;
    }
}
