package org.ansoplatform.projects.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ansoplatform.projects.ProjectCommand;
import org.ansoplatform.projects.ProjectStatus;
import org.ansoplatform.projects.ProjectTheme;
import org.ansoplatform.projects.ProjectView;
import org.ansoplatform.projects.ReportSchedule;
import org.ansoplatform.shared.LocalizedText;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The Secretariat's project form, bound as typed: title and summary have one input per configured language
 * ({@code title[ru]}); {@code status} is asked only for a new project. The service checks the rest, with every
 * violation at once.
 */
public record ProjectForm(String code, String acronym, Map<String, String> title, Map<String, String> summary,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate, String programmeCode,
        BigDecimal grantedAmount, String currency, ProjectStatus status, List<Integer> sdgs, List<ProjectTheme> themes,
        ReportSchedule reportSchedule, Boolean published, Boolean illustrative) {

    public ProjectForm {
        title = title == null ? new LinkedHashMap<>() : title;
        summary = summary == null ? new LinkedHashMap<>() : summary;
        sdgs = sdgs == null ? new ArrayList<>() : sdgs;
        themes = themes == null ? new ArrayList<>() : themes;
    }

    static ProjectForm blank() {
        return new ProjectForm(null, null, null, null, null, null, null, null, "USD", ProjectStatus.ACTIVE, null, null,
                ReportSchedule.ANNUAL, true, false);
    }

    static ProjectForm of(ProjectView p) {
        return new ProjectForm(p.code(), p.acronym(), new LinkedHashMap<>(p.title().values()),
                new LinkedHashMap<>(p.summary().values()), p.startDate(), p.endDate(), p.programmeCode(),
                p.granted().amount(), p.granted().currency(), p.status(), new ArrayList<>(p.sdgs()),
                new ArrayList<>(p.themes()), p.reportSchedule(), p.published(), p.illustrative());
    }

    ProjectCommand command() {
        return new ProjectCommand(code, acronym, new LocalizedText(title), new LocalizedText(summary), startDate, endDate,
                programmeCode, grantedAmount, currency == null ? null : currency.strip().toUpperCase(java.util.Locale.ROOT),
                status, sdgs, themes, reportSchedule, Boolean.TRUE.equals(published), Boolean.TRUE.equals(illustrative));
    }
}
