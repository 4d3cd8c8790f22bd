package org.ansoplatform.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.platform.InvalidInputException;
import org.ansoplatform.platform.NotFoundException;
import org.ansoplatform.platform.SignedInPerson;
import org.ansoplatform.shared.PageRequest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

class OrganizationManagementIntegrationTests extends IntegrationTest {

    static final LocalDate ENDORSED = LocalDate.of(2021, 10, 9);

    @Autowired
    OrganizationManagement management;
    @Autowired
    OrganizationQueries queries;
    @Autowired
    DemoOrganizations demo;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void loadsEveryDemoOrganizationOnceAndLoadingAgainAddsNothing() throws IOException {
        List<String> names = demoNames();
        assertThat(names).hasSizeGreaterThan(70);
        for (String name : names) {
            assertThat(jdbc.sql("select count(*) from organizations.organization where name = :name")
                    .param("name", name).query(Long.class).single()).as(name).isEqualTo(1);
        }
        long before = queries.count();

        assertThat(demo.load()).isZero();

        assertThat(queries.count()).isEqualTo(before);
    }

    @Test
    void theEightApplicantsEndorsedOn9October2021AreApplicantsSinceThatDateWithThatDateInTheirHistory() {
        // endorsed by the Board, they await the General Assembly: applicants, not members (issue 15)
        // every applicant, page by page: other tests add applicants of their own to the shared database
        List<OrganizationView> endorsed = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            List<OrganizationView> members = queries.search(
                    new OrganizationQueries.Filter(null, null, null, OrganizationStatus.APPLICANT), new PageRequest(page, 100)).items();
            members.stream().filter(o -> ENDORSED.equals(o.statusSince())).forEach(endorsed::add);
            if (members.size() < 100) {
                break;
            }
        }

        assertThat(endorsed).extracting(OrganizationView::name).containsExactlyInAnyOrder(
                "Experimental Technology Research University Yachay Tech",
                "Cuban Academy of Sciences",
                "Institute of International Politics and Economics (IIPE)",
                "Instituto Argentino de Radioastronomía (IAR)",
                "Buenos Aires Faculty - National Technological University of Argentina (UTN-FRBA)",
                "Universidad Nacional de San Juan",
                "Universiti Tunku Abdul Rahman (UTAR)",
                "Instituto de Astrofísica de Canarias (IAC)");
        for (OrganizationView organization : endorsed) {
            assertThat(queries.statusHistory(organization.id()))
                    .extracting(StatusChangeView::status, StatusChangeView::since, StatusChangeView::recordedBy)
                    .containsExactly(tuple(OrganizationStatus.APPLICANT, ENDORSED, null));
        }
    }

    @Test
    void changingTheStatusAppendsToTheHistoryWithTheActorAndKeepsEarlierEntries() {
        UUID secretariat = signIn("secretariat@example.org");
        UUID id = management.create(command(unique("Testing Applicant Institute"), "NP", OrganizationStatus.APPLICANT,
                LocalDate.of(2025, 1, 15)));

        management.update(id, command(queries.byId(id).orElseThrow().name(), "NP", OrganizationStatus.PARTNER,
                LocalDate.of(2025, 6, 1)));

        assertThat(queries.byId(id).orElseThrow())
                .extracting(OrganizationView::status, OrganizationView::statusSince)
                .containsExactly(OrganizationStatus.PARTNER, LocalDate.of(2025, 6, 1));
        assertThat(queries.statusHistory(id))
                .extracting(StatusChangeView::status, StatusChangeView::since, StatusChangeView::recordedBy)
                .containsExactly(
                        tuple(OrganizationStatus.APPLICANT, LocalDate.of(2025, 1, 15), secretariat),
                        tuple(OrganizationStatus.PARTNER, LocalDate.of(2025, 6, 1), secretariat));
    }

    @Test
    void membershipIsNeitherGrantedNorEndedByEditingTheDirectory() {
        signIn("secretariat@example.org");
        long before = queries.count();
        assertThatThrownBy(() -> management.create(command(unique("Testing Self-made Member"), "NP", OrganizationStatus.MEMBER, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field, InvalidInputException.Violation::messageKey)
                        .containsExactly(tuple("status", "organizations.error.membershipByDecision")));
        assertThat(queries.count()).isEqualTo(before);

        String name = unique("Testing Would-be Member");
        UUID id = management.create(command(name, "NP", OrganizationStatus.APPLICANT, null));
        assertThatThrownBy(() -> management.update(id, command(name, "NP", OrganizationStatus.MEMBER, null)))
                .isInstanceOf(InvalidInputException.class);
        // a governance decision admits it; the directory cannot take membership back either
        management.changeStatus(id, OrganizationStatus.MEMBER, null, "General Assembly decision");
        assertThatThrownBy(() -> management.update(id, command(name, "NP", OrganizationStatus.FORMER, null)))
                .isInstanceOf(InvalidInputException.class);
        management.update(id, new OrganizationCommand(name, null, "NP", OrganizationType.UNIVERSITY, OrganizationStatus.MEMBER,
                null, "https://member.example.org/", null));

        assertThat(queries.byId(id).orElseThrow().website()).isEqualTo("https://member.example.org/");
        assertThat(queries.statusHistory(id)).extracting(StatusChangeView::status)
                .containsExactly(OrganizationStatus.APPLICANT, OrganizationStatus.MEMBER);
    }

    @Test
    void aChangeThatKeepsTheStatusAddsNothingToTheHistory() {
        String name = unique("Testing Stable Institute");
        UUID id = management.create(command(name, "NP", OrganizationStatus.PARTNER, null));

        management.update(id, new OrganizationCommand(name, "Original", "NP", OrganizationType.UNIVERSITY,
                OrganizationStatus.PARTNER, null, "https://example.org/", null));

        assertThat(queries.byId(id).orElseThrow().website()).isEqualTo("https://example.org/");
        assertThat(queries.statusHistory(id)).hasSize(1);
    }

    @Test
    void aNewStatusWithoutANewDateHoldsSinceToday() {
        String name = unique("Testing Former Institute");
        UUID id = management.create(command(name, "NP", OrganizationStatus.PARTNER, LocalDate.of(2022, 3, 1)));

        management.update(id, command(name, "NP", OrganizationStatus.FORMER, LocalDate.of(2022, 3, 1)));

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(queries.byId(id).orElseThrow().statusSince()).isIn(today, today.minusDays(1));
        assertThat(queries.statusHistory(id)).extracting(StatusChangeView::status)
                .containsExactly(OrganizationStatus.PARTNER, OrganizationStatus.FORMER);
    }

    @Test
    void rejectsEveryInvalidFieldAtOnceAndSavesNothing() {
        long before = queries.count();

        assertThatThrownBy(() -> management.create(new OrganizationCommand("  ", null, "XX", null,
                OrganizationStatus.PARTNER, null, "ftp://example.org", "05qbk4x58")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field, InvalidInputException.Violation::messageKey)
                        .containsExactlyInAnyOrder(
                                tuple("name", "validation.required"),
                                tuple("country", "validation.country"),
                                tuple("type", "validation.required"),
                                tuple("website", "validation.url"),
                                tuple("rorId", "validation.ror")));

        assertThat(queries.count()).isEqualTo(before);
    }

    @Test
    void rejectsANameThatDiffersOnlyInCaseAndSavesNothing() {
        long before = queries.count();

        assertThatThrownBy(() -> management.create(command("CHINESE ACADEMY OF SCIENCES (cas)", "CN",
                OrganizationStatus.PARTNER, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field, InvalidInputException.Violation::messageKey)
                        .containsExactly(tuple("name", "organizations.error.duplicateName")));

        assertThat(queries.count()).isEqualTo(before);
    }

    @Test
    void renamingToAnotherOrganizationsNameIsRefusedButKeepingItsOwnNameIsNot() {
        String name = unique("Testing Rename Institute");
        UUID id = management.create(command(name, "NP", OrganizationStatus.PARTNER, null));

        assertThatThrownBy(() -> management.update(id, command("Nanjing University", "NP", OrganizationStatus.PARTNER, null)))
                .isInstanceOf(InvalidInputException.class);
        management.update(id, command(name.toUpperCase(), "NP", OrganizationStatus.PARTNER, null));

        assertThat(queries.byId(id).orElseThrow().name()).isEqualTo(name.toUpperCase());
    }

    @Test
    void normalizesCountryCodeRorIdAndBlankOptionalFields() {
        UUID id = management.create(new OrganizationCommand("  " + unique("Testing Normalized Institute") + " ", "  ",
                " np ", OrganizationType.RESEARCH_INSTITUTE, OrganizationStatus.APPLICANT, null, " ",
                "https://ror.org/034T30J35"));

        OrganizationView view = queries.byId(id).orElseThrow();
        assertThat(view.name()).startsWith("Testing Normalized Institute").doesNotEndWith(" ");
        assertThat(view.country()).isEqualTo("NP");
        assertThat(view.rorId()).isEqualTo("034t30j35");
        assertThat(view.rorUrl()).isEqualTo("https://ror.org/034t30j35");
        assertThat(view.originalName()).isNull();
        assertThat(view.website()).isNull();
    }

    @Test
    void updatingAnUnknownOrganizationIsNotFound() {
        assertThatThrownBy(() -> management.update(UUID.randomUUID(),
                command("Testing Nobody", "NP", OrganizationStatus.MEMBER, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void searchMatchesTheOriginalNameInAnyCaseAndListsCountriesPresent() {
        assertThat(queries.search(new OrganizationQueries.Filter("ACADEMIA DE CIENCIAS DE CUBA", null, null, null),
                new PageRequest(0, 20)).items()).extracting(OrganizationView::name)
                .containsExactly("Cuban Academy of Sciences");
        assertThat(queries.search(new OrganizationQueries.Filter("100%", null, null, null), new PageRequest(0, 20))
                .total()).isZero();
        assertThat(queries.countries()).extracting(c -> c.code()).contains("CN", "AR", "HK").doesNotContain("ZW");
    }

    static OrganizationCommand command(String name, String country, OrganizationStatus status, LocalDate since) {
        return new OrganizationCommand(name, null, country, OrganizationType.RESEARCH_INSTITUTE, status, since, null, null);
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private UUID signIn(String email) {
        UserDetails details = users.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        return ((SignedInPerson) details).id();
    }

    private static List<String> demoNames() throws IOException {
        List<String> names = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ClassPathResource("demo/organizations.csv").getInputStream(),
                StandardCharsets.UTF_8);
                CSVParser rows = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord row : rows) {
                names.add(row.get("name"));
            }
        }
        return names;
    }
}
