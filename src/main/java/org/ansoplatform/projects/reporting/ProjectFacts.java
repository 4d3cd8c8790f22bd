package org.ansoplatform.projects.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.projects.Indicator;
import org.ansoplatform.projects.ProjectStatus;
import org.ansoplatform.projects.ReportSchedule;
import org.ansoplatform.shared.LocalizedText;

/** What reporting needs to know of a project: dates, schedule, indicators, partners and its principal investigator. */
public record ProjectFacts(UUID id, String acronym, LocalizedText title, ProjectStatus status, LocalDate start,
        LocalDate end, ReportSchedule schedule, List<Indicator> indicators, List<Partner> partners, UUID piPersonId) {

    public record Partner(UUID id, String name, String country) {
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public boolean hasPartner(UUID partnerId) {
        return partners.stream().anyMatch(p -> p.id().equals(partnerId));
    }

    public boolean hasIndicator(String key) {
        return indicators.stream().anyMatch(i -> i.key().equals(key));
    }
}
