package org.ansoplatform.projects;

import org.ansoplatform.shared.LocalizedText;

/** An indicator the project's plan promises to report on: its key, label, unit and target (as the plan writes it). */
public record Indicator(String key, LocalizedText label, String unit, String target) {
}
