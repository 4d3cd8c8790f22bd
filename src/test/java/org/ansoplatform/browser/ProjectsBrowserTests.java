package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.projects.Gender;
import org.ansoplatform.projects.OutputKind;
import org.ansoplatform.projects.ProjectFixtures;
import org.ansoplatform.projects.SeedProjects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A visitor finds a project from the menu, filters the directory, and reads its page and map; axe-core checks each page. */
class ProjectsBrowserTests extends BrowserTest {

    @Autowired
    OrganizationManagement organizationManagement;
    @Autowired
    OrganizationQueries organizations;
    @Autowired
    ProjectFixtures fixtures;

    @Test
    void aVisitorFiltersTheDirectoryByCountryAndReadsTheWaterProjectWithItsMap() {
        Map<String, UUID> seeds = SeedProjects.create(fixtures, organizationManagement, organizations);
        UUID water = seeds.get("DWPSS");
        UUID training = fixtures.output(water, OutputKind.TRAINING, "Training course for the stations' operators",
                LocalDate.of(2021, 9, 1), null, null, null, true, List.of());
        fixtures.trainees(training, "KZ", Gender.FEMALE, 4);

        Page page = person();
        page.navigate(url("/"));
        page.locator("nav a[href='/projects']").first().click();
        assertThat(page.locator("h1")).hasText("Projects");
        page.locator("select[name=country]").selectOption("KG");
        page.waitForURL(address -> address.contains("country=KG"));
        // other tests' copies of the seed projects share its dates: it may be on a later page of the filtered list
        for (int next = 0; next < 30 && page.locator("#results a[href='/projects/" + water + "']").count() == 0; next++) {
            String before = page.url();
            page.locator("a[rel=next]").first().click();
            page.waitForURL(address -> !address.equals(before));
        }
        assertThat(page.locator("#results a[href='/projects/" + water + "']")).isVisible();
        assertThat(page.locator("#results a[href='/projects/" + seeds.get("CMR-Eco") + "']")).hasCount(0);

        page.locator("#results a[href='/projects/" + water + "']").click();
        assertThat(page.locator("h1")).hasText("Distributed Water Purification Station System for rural Kyrgyzstan");
        assertThat(page.locator("svg.project-map[role=img] path.partner[data-country=KG]")).hasCount(1);
        assertThat(page.locator("svg.project-map path.reached[data-country=KZ]")).hasCount(1);
        assertThat(page.locator(".partner-countries")).containsText("Kyrgyzstan");
        assertThat(page.locator(".reached-countries")).hasText("Kazakhstan");
        assertThat(page.locator("ul.outputs")).containsText("Training course for the stations' operators");

        Page phone = person(390, 844, "Asia/Bishkek");
        phone.navigate(url("/projects/" + water));
        assertThat(phone.locator("svg.project-map")).isVisible();
    }
}
