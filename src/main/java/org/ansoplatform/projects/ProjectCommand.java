package org.ansoplatform.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.ansoplatform.shared.LocalizedText;

/**
 * A project as the Secretariat's form or the award gives it, as typed: {@link ProjectManagement} trims and checks
 * every field and refuses with every violation at once. {@code status} is read only when a project is created (a
 * project funded before the platform existed may already run or be over); later changes go through
 * {@link ProjectManagement#changeStatus}, with a reason.
 */
public record ProjectCommand(String code, String acronym, LocalizedText title, LocalizedText summary,
        LocalDate startDate, LocalDate endDate, String programmeCode, BigDecimal grantedAmount, String currency,
        ProjectStatus status, List<Integer> sdgs, List<ProjectTheme> themes, ReportSchedule reportSchedule,
        boolean published, boolean illustrative) {

    public ProjectCommand {
        title = title == null ? new LocalizedText(null) : title;
        summary = summary == null ? new LocalizedText(null) : summary;
        sdgs = sdgs == null ? List.of() : sdgs.stream().toList();
        themes = themes == null ? List.of() : themes.stream().toList();
    }
}
