package org.ansoplatform.datasets.deposit;

import java.time.Instant;

import org.ansoplatform.datasets.DatasetStatus;

/** One step of a version's curation: from and to which status, who, when, and the comments. */
public record StepView(DatasetStatus from, DatasetStatus to, String actorName, String comment, Instant at) {
}
