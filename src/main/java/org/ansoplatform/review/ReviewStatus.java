package org.ansoplatform.review;

/** Where one review stands: not started (no row yet), a draft saved as typed, submitted, or declined by its reviewer. */
public enum ReviewStatus {
    NOT_STARTED, DRAFT, SUBMITTED, DECLINED
}
