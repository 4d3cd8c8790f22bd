package org.ansoplatform.partnerships;

/**
 * Where an offer or a request stands: drafted by its organization, submitted to the Secretariat, published after the
 * Secretariat's review, expired when its validity ran out without renewal, archived when withdrawn for good.
 */
public enum TechnologyStatus {
    DRAFT, SUBMITTED, PUBLISHED, EXPIRED, ARCHIVED
}
