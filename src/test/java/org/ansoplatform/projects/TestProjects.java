package org.ansoplatform.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.shared.LocalizedText;

/** Projects and directory entries for the projects tests, each with a name no other test uses. */
public final class TestProjects {

    private TestProjects() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A project of 2021–2023 granted 100 000 US dollars, entered directly as ACTIVE. */
    public static ProjectCommand project(String code) {
        return new ProjectCommand(code, "ACR", LocalizedText.of(Map.of("en", "Water stations for " + code, "ru", "Станции " + code)),
                LocalizedText.of(Map.of("en", "Clean water.")), LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31), "cooperation",
                new BigDecimal("100000.00"), "USD", ProjectStatus.ACTIVE, List.of(6, 3), List.of(ProjectTheme.WATER),
                ReportSchedule.ANNUAL, true, false);
    }

    public static UUID organization(OrganizationManagement directory, String name, String country) {
        return directory.create(new OrganizationCommand(name, null, country, OrganizationType.RESEARCH_INSTITUTE,
                OrganizationStatus.PARTNER, null, null, null));
    }
}
