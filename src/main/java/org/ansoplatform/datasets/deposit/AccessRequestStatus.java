package org.ansoplatform.datasets.deposit;

/** A reader's request for a version's restricted files: waiting for the depositor, granted or refused. */
public enum AccessRequestStatus {
    ASKED, GRANTED, REFUSED
}
