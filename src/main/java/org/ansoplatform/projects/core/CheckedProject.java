package org.ansoplatform.projects.core;

import java.time.LocalDate;
import java.util.List;

import org.ansoplatform.projects.ProjectStatus;
import org.ansoplatform.projects.ProjectTheme;
import org.ansoplatform.projects.ReportSchedule;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.Money;

/** A project's details that passed every check, trimmed and normalized ({@link ProjectInput}). */
public record CheckedProject(String code, String acronym, LocalizedText title, LocalizedText summary, LocalDate startDate,
        LocalDate endDate, String programmeCode, Money granted, ProjectStatus status, List<Integer> sdgs,
        List<ProjectTheme> themes, ReportSchedule reportSchedule, boolean published, boolean illustrative) {
}
