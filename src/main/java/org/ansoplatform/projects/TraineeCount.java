package org.ansoplatform.projects;

/** People trained, by country (ISO 3166-1 alpha-2) and gender. */
public record TraineeCount(String country, Gender gender, int count) {
}
