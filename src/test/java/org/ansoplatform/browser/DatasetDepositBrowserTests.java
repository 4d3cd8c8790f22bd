package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.datasets.DatasetsPaths;
import org.ansoplatform.datasets.deposit.DatasetQueries;
import org.ansoplatform.identifiers.DoiManagement;
import org.ansoplatform.identifiers.DoiRegistration;
import org.ansoplatform.identifiers.RegistrationState;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.projects.MemberRole;
import org.ansoplatform.projects.PartnerRole;
import org.ansoplatform.projects.ProjectFixtures;
import org.ansoplatform.projects.ProjectStatus;
import org.ansoplatform.shared.LocalizedText;
import org.ansoplatform.shared.RecordRef;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 22's Done-when in the browser: a project's principal investigator deposits a dataset with two files (a wrong
 * ORCID iD refused next to its field first), a curator returns it once with a comment the investigator reads, then
 * publishes it; its DOI stays an unregistered draft (no DataCite credentials); the landing page shows the citation,
 * the usage count and the link to the project, whose page lists the dataset back; a new version gets its own DOI and
 * the first version's page still cites the first DOI. Axe checks every page reached.
 */
class DatasetDepositBrowserTests extends BrowserTest {

    static final String PASSWORD = "a sturdy datasets passphrase";
    static final String ORCID = "0000-0002-1825-0097";
    static final String DESKTOP_FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

    @Autowired AccountManagement accounts;
    @Autowired OrganizationManagement organizations;
    @Autowired ProjectFixtures projects;
    @Autowired DoiManagement dois;
    @Autowired DatasetQueries datasets;

    @Test
    void anInvestigatorDepositsACuratorReturnsThenPublishesAndANewVersionGetsItsOwnDoi() throws Exception {
        String marker = Long.toString(System.nanoTime(), 36);
        String investigatorEmail = "investigator-" + marker + "@example.net";
        UUID investigator = accounts.createActive(investigatorEmail, "Investigator " + marker, PASSWORD, EnumSet.of(Role.APPLICANT));
        String curatorEmail = account("curator-" + marker, Role.DATA_CURATOR);
        String title = "Alpine lake temperatures " + marker;
        UUID project = investigatorsProject(marker, investigator, investigatorEmail);

        Page depositor = person();
        signIn(depositor, investigatorEmail, PASSWORD);
        depositor.navigate(url("/me/datasets/new"));
        depositor.locator("[id='titles0.text']").fill(title);
        depositor.locator("[id='creators0.familyName']").fill("Carberry");
        depositor.locator("[id='creators0.orcid']").fill("0000-0002-1825-0098");
        depositor.locator("#licence").selectOption("CC-BY-4.0");
        depositor.locator("#projectId").selectOption(project.toString());
        depositor.locator("button.save").click();
        assertThat(depositor.locator("[id='creators[0].orcid-error']")).containsText("not a valid ORCID iD");
        depositor.locator("[id='creators0.orcid']").fill(ORCID);
        depositor.locator("button[name=add][value=creators]").click();
        assertThat(depositor.locator("[id='creators1.familyName']")).isVisible();
        depositor.locator("[id='creators1.familyName']").fill("Nakamura");
        depositor.locator("button.save").click();
        depositor.waitForURL(address -> address.matches(".*/me/datasets/[0-9a-f-]{36}$"));
        UUID dataset = UUID.fromString(depositor.url().replaceAll(".*/me/datasets/", ""));

        for (String name : List.of("temperatures.csv", "stations.csv")) {
            Path file = Files.createTempDirectory("dataset").resolve(name);
            Files.writeString(file, "station,day,celsius\nLake " + marker + ",2021-07-01,14.5\n", StandardCharsets.UTF_8);
            depositor.locator("#file").setInputFiles(file);
            depositor.locator("form[enctype] button[type=submit]").click();
            assertThat(depositor.locator("body")).containsText(name);
        }
        depositor.locator("form[action$='/submit'] button").click();
        assertThat(depositor.locator("section.dataset-deposit span.badge").first()).containsText("Submitted");

        Page curator = person();
        signIn(curator, curatorEmail, PASSWORD);
        curator.navigate(url("/curation/datasets"));
        curator.locator("a", new Page.LocatorOptions().setHasText(title)).click();
        curator.locator("form[action$='/take'] button").click();
        curator.locator("#comment").fill("Please name the second creator’s affiliation.");
        curator.locator("form[action$='/return'] button").click();
        assertThat(curator.locator("section.curation-version span.badge").first()).containsText("Returned");

        depositor.reload();
        assertThat(depositor.locator("ol.history")).containsText("Please name the second creator’s affiliation.");
        depositor.locator("form[action$='/submit'] button").click();
        curator.reload();
        curator.locator("form[action$='/take'] button").click();
        curator.locator("form[action$='/publish'] button").click();
        assertThat(curator.locator("section.curation-version span.badge").first()).containsText("Published");

        DoiRegistration first = dois.ofRecord(versionRef(dataset, 1)).orElseThrow();
        assertThat(first.state()).as("no DataCite credentials: the DOI stays a local draft").isEqualTo(RegistrationState.DRAFT);

        Page visitor = person();
        visitor.navigate(url(DatasetsPaths.dataset(dataset)));
        assertThat(visitor.locator("h1")).containsText(title);
        assertThat(visitor.locator("p.citation")).containsText("Carberry");
        assertThat(visitor.locator("p.doi")).containsText(first.doi().value());
        assertThat(visitor.locator("table a[href*='/files/']:not([href$='/preview'])")).hasCount(2);
        assertThat(visitor.locator("a", new Page.LocatorOptions().setHasText("Lake monitoring " + marker)))
                .hasAttribute("href", "/projects/" + project);
        visitor.reload();
        // headless Chromium is on COUNTER's robots list: its visits are not counted
        assertThat(visitor.locator("dd.usage")).containsText("0 views and 0 downloads of this version");

        Page reader = personAs(DESKTOP_FIREFOX);
        reader.navigate(url(DatasetsPaths.dataset(dataset)));
        com.microsoft.playwright.Download download = reader.waitForDownload(() -> reader.locator("table a").first().click());
        assertThat(download.suggestedFilename()).endsWith(".csv");
        reader.reload();
        assertThat(reader.locator("dd.usage")).containsText("1 view and 1 download of this version");

        visitor.navigate(url("/projects/" + project));
        assertThat(visitor.locator("ul.linked-records")).containsText(title);

        depositor.navigate(url("/me/datasets/" + dataset));
        depositor.locator("form[action$='/versions'] button").click();
        depositor.locator("[id='titles0.text']").fill(title + " (revised)");
        depositor.locator("button.save").click();
        depositor.locator("form[action$='/submit'] button").click();
        curator.navigate(url("/curation/datasets"));
        curator.locator("a", new Page.LocatorOptions().setHasText(title + " (revised)")).click();
        curator.locator("form[action$='/take'] button").click();
        curator.locator("form[action$='/publish'] button").click();
        assertThat(curator.locator("section.curation-version span.badge").first()).containsText("Published");

        DoiRegistration second = dois.ofRecord(versionRef(dataset, 2)).orElseThrow();
        assertThat(second.doi()).isNotEqualTo(first.doi());
        visitor.navigate(url(DatasetsPaths.dataset(dataset)));
        assertThat(visitor.locator("p.doi")).containsText(second.doi().value());
        visitor.navigate(url(DatasetsPaths.version(dataset, 1)));
        assertThat(visitor.locator("p.doi")).containsText(first.doi().value());
        assertThat(visitor.locator("p.citation")).containsText(first.doi().value());
        assertThat(visitor.locator("h1")).not().containsText("(revised)");
        assertThat(visitor).hasURL(Pattern.compile(".*/versions/1$"));
    }

    /** A published project whose lead partner's principal investigator is the account. */
    private UUID investigatorsProject(String marker, UUID person, String email) {
        UUID project = projects.project(ProjectFixtures.unique("LAKE"), "LAKE-" + marker,
                LocalizedText.of("Lake monitoring " + marker, "湖泊监测 " + marker), LocalizedText.of("", ""),
                ProjectStatus.ACTIVE, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), true);
        UUID organization = organizations.create(new OrganizationCommand("Lake institute " + marker, null, "KG",
                OrganizationType.RESEARCH_INSTITUTE, OrganizationStatus.PARTNER, null, null, null));
        UUID partner = projects.partner(project, organization, PartnerRole.LEAD);
        projects.member(project, partner, person, "Investigator " + marker, email, null, MemberRole.PRINCIPAL_INVESTIGATOR);
        return project;
    }

    private RecordRef versionRef(UUID dataset, int number) {
        return new RecordRef(DatasetsPaths.MODULE, DatasetsPaths.VERSION, datasets.version(dataset, number).orElseThrow().id());
    }

    private String account(String name, Role role) {
        String email = name + "@example.net";
        accounts.createActive(email, name, PASSWORD, EnumSet.of(role));
        return email;
    }
}
