package org.ansoplatform.annualreport;

import java.util.UUID;

/**
 * The Governing Board approved an edition by a decision and its figures, texts and charts are now stored for good.
 * Published after the decision's transaction commits, so that the print PDFs and the publication are made outside it.
 */
public record EditionFrozen(UUID editionId, int year, UUID decisionId) {
}
