package org.ansoplatform.annualreport;

import java.util.UUID;

/** A draft was put before the Governing Board, which may now freeze it by a decision. */
public record EditionSubmitted(UUID editionId, int year, int number) {
}
