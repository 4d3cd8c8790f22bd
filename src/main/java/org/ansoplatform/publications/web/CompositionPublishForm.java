package org.ansoplatform.publications.web;

import java.time.LocalDate;
import java.util.UUID;

/** Publishing a composition: the magazine series, the number in it and its date. */
public record CompositionPublishForm(UUID series, Integer number, LocalDate date) {
}
