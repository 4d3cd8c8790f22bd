package org.ansoplatform.projects.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.meetings.MeetingKind;
import org.ansoplatform.meetings.MeetingQueries;
import org.ansoplatform.meetings.MeetingView;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationView;
import org.ansoplatform.XmlSchemas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The seeds' five cooperation projects as the demo loads them (the test profile runs in demo mode). */
class DemoProjectsIntegrationTests extends IntegrationTest {

    static final String CROPWATCH = "CropWatch-ICP";
    static final String MISSPAD = "ANSO-MISSPAD";
    static final String WATER = "KG-WaterStations";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeetingQueries meetings;

    @Autowired
    OrganizationQueries organizations;

    @Autowired
    DemoProjects demo;

    @Autowired
    MockMvc mvc;

    /** The demo's project of that acronym (tests' fixtures reuse the seeds' acronyms under other codes). */
    UUID project(String acronym) {
        String code = DemoProjects.read().projects().stream().filter(p -> p.acronym().equals(acronym)).findFirst()
                .orElseThrow().code();
        return jdbc.sql("select id from projects.project where id = ?").param(DemoProjectWriter.idOf(code))
                .query(UUID.class).single();
    }

    MeetingView meeting(MeetingKind kind, String title, LocalDate start) {
        return meetings.all(new MeetingQueries.Filter(start.getYear(), kind, null, null, null, true)).stream()
                .filter(m -> m.title().get("en").equals(title) && m.startDate().equals(start))
                .findFirst().orElseThrow(() -> new AssertionError("No meeting " + title + " on " + start));
    }

    /** The record references of a project's outputs of a kind that occurred in a year. */
    List<String> linked(UUID project, String kind, int year) {
        return jdbc.sql("""
                select record_ref from projects.output where project_id = ? and kind = ?
                  and extract(year from period_start) = ? and record_ref is not null order by record_ref""")
                .params(project, kind, year).query(String.class).list();
    }

    long count(String sql, Object... parameters) {
        return jdbc.sql(sql).params(parameters).query(Long.class).single();
    }

    @Test
    void theFiveProjectsOfTheSeedsHaveTitlesInEnglishAndChineseAndAreMarkedIllustrative() {
        List<Map<String, Object>> rows = jdbc.sql("""
                select acronym, title ->> 'en' as en, title ->> 'zh' as zh, illustrative, published from projects.project
                 where code like 'ANSO-CRP-%' and programme_code = 'cooperation' and call_id is null order by acronym""").query().listOfRows();

        assertThat(rows).extracting(row -> row.get("en")).contains(
                "CropWatch Innovative Cooperation Programme for Agricultural Monitoring",
                "Multi-model-Integrated Sub-seasonal-to-Seasonal Prediction and Application in Disaster Risk Reduction",
                "Distributed Water Purification Station System for Drinking Water Safety in Rural Regions of Kyrgyzstan",
                "Research on Ecological Security Assessment and Countermeasures along the China-Mongolia-Russia Corridor in the Belt and Road Region",
                "Investigation and monitoring of agricultural and forestry pests in the interior of Central Asia");
        assertThat(rows).hasSize(5).allSatisfy(row -> {
            assertThat((String) row.get("zh")).isNotBlank();
            assertThat(row.get("illustrative")).isEqualTo(true);
            assertThat(row.get("published")).isEqualTo(true);
        });
        assertThat(count("select count(*) from projects.project p where code like 'ANSO-CRP-%' and acronym in (?, ?, ?) and not exists "
                + "(select 1 from projects.partner where project_id = p.id and role = 'LEAD')", CROPWATCH, MISSPAD, WATER))
                .isZero();
    }

    @Test
    void eachDemoProjectsPublicPageShowsIts2021OutputsAndItsMapAndTheDataCiteRecordItsDoiCarriesValidates() throws Exception {
        for (DemoProjectsFile.Project seed : DemoProjects.read().projects()) {
            UUID id = project(seed.acronym());
            String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/projects/" + id))
                    .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(page).as(seed.acronym()).contains("class=\"project-map\"");
            List<String> outputs2021 = jdbc.sql("""
                    select title ->> 'en' from projects.output where project_id = ? and published
                       and extract(year from period_start) <= 2021 and extract(year from coalesce(period_end, period_start)) >= 2021""")
                    .param(id).query(String.class).list();
            for (String title : outputs2021) {
                assertThat(page).as(seed.acronym()).contains(org.springframework.web.util.HtmlUtils.htmlEscape(title));
            }
            // the record the identifiers module stored for the project's DOI, as it would be sent to DataCite
            String xml = jdbc.sql("select metadata_xml from identifiers.doi_registration where record = ?")
                    .param("projects:project:" + id).query(String.class).single();
            assertThat(XmlSchemas.problems(XmlSchemas.DATACITE_KERNEL_4, xml)).as(seed.acronym()).isEmpty();
            assertThat(xml).as(seed.acronym()).contains("resourceTypeGeneral=\"Project\"");
        }
        assertThat(jdbc.sql("""
                select count(*) from projects.output o join projects.project p on p.id = o.project_id
                 where p.code like 'ANSO-CRP-%' and o.published and extract(year from o.period_start) = 2021""")
                .query(Long.class).single()).as("2021 outputs shown").isGreaterThanOrEqualTo(6);
    }

    @Test
    void cropWatchTrainedMoreThanSeventyTechnicalPersonnelFromSixteenCountriesInTwoCoursesOf2021() {
        UUID cropWatch = project(CROPWATCH);

        List<String> courses = linked(cropWatch, "TRAINING", 2021);
        assertThat(courses).hasSize(2);
        for (String ref : courses) {
            MeetingView course = meetings.byId(UUID.fromString(ref.substring("meetings:meeting:".length()))).orElseThrow();
            assertThat(course.kind()).isEqualTo(MeetingKind.TRAINING_COURSE);
            assertThat(course.year()).isEqualTo(2021);
            assertThat(course.organizerNames()).contains("Aerospace Information Research Institute");
            assertThat(course.description().get("en")).containsIgnoringCase("illustrative");
        }
        String trainees = """
                from projects.trainee_count t join projects.output o on o.id = t.output_id
                 where o.project_id = ? and o.kind = 'TRAINING' and extract(year from o.period_start) = 2021""";
        assertThat(count("select count(distinct t.country) " + trainees, cropWatch)).isEqualTo(16);
        assertThat(count("select sum(t.count) " + trainees, cropWatch)).isGreaterThan(70);
        assertThat(count("select count(*) from projects.output where project_id = ? and kind = 'TRAINING' and not illustrative",
                cropWatch)).as("the split by country is illustrative").isZero();

        MeetingView nigeria = meeting(MeetingKind.WORKSHOP,
                "The online workshop on the application of CropWatch for agricultural monitoring in Nigeria", LocalDate.of(2021, 5, 25));
        assertThat(linked(cropWatch, "MEETING", 2021)).containsExactly("meetings:meeting:" + nigeria.id());
    }

    @Test
    void misspadHasItsSriLankaForecastAsA2020OutputAndItsSymposiumOf2021() {
        UUID misspad = project(MISSPAD);

        assertThat(jdbc.sql("""
                select o.period_start, o.period_end, c.country from projects.output o join projects.output_country c on c.output_id = o.id
                 where o.project_id = ? and o.title ->> 'en' like '%Sri Lanka%'""").param(misspad).query().listOfRows())
                .singleElement().satisfies(row -> {
                    assertThat(row.get("period_start").toString()).startsWith("2020-");
                    assertThat(row.get("period_end").toString()).startsWith("2020-");
                    assertThat(row.get("country").toString().strip()).isEqualTo("LK");
                });
        MeetingView symposium = meeting(MeetingKind.SYMPOSIUM, "2021 annual symposium of the ANSO-MISSPAD project",
                LocalDate.of(2021, 7, 28));
        assertThat(linked(misspad, "MEETING", 2021)).containsExactly("meetings:meeting:" + symposium.id());
        assertThat(jdbc.sql("select name from projects.partner where project_id = ? and role = 'LEAD'").param(misspad)
                .query(String.class).single()).isEqualTo("National Astronomical Observatories, Chinese Academy of Sciences");
    }

    @Test
    void theWaterStationsServedFifteenThousandPeopleInElevenVillagesAndTrainedTheirOperators() {
        UUID water = project(WATER);

        assertThat(jdbc.sql("""
                select beneficiaries, places, illustrative, (select string_agg(country, ',') from projects.output_country c where c.output_id = o.id) as countries
                  from projects.output o where project_id = ? and kind = 'BENEFICIARIES'""").param(water).query().listOfRows())
                .singleElement().satisfies(row -> {
                    assertThat(row.get("beneficiaries")).isEqualTo(15000);
                    assertThat(row.get("places")).isEqualTo(11);
                    assertThat(row.get("illustrative")).isEqualTo(false);
                    assertThat(row.get("countries")).isEqualTo("KG");
                });
        MeetingView press = meeting(MeetingKind.PRESS_CONFERENCE, "The press conference of \"Distributed Water Purification Station "
                + "System for Drinking Water Safety in Rural Regions of Kyrgyzstan\"", LocalDate.of(2021, 11, 17));
        assertThat(linked(water, "MEETING", 2021)).containsExactly("meetings:meeting:" + press.id());
        String training = linked(water, "TRAINING", 2021).get(0);
        MeetingView operators = meetings.byId(UUID.fromString(training.substring("meetings:meeting:".length()))).orElseThrow();
        assertThat(operators.kind()).isEqualTo(MeetingKind.TRAINING_COURSE);
        assertThat(operators.organizerNames()).contains("Xinjiang Institute of Ecology and Geography");

        List<String> partners = jdbc.sql("select name from projects.partner where project_id = ? order by position")
                .param(water).query(String.class).list();
        assertThat(partners).contains("National Academy of Sciences of the Kyrgyz Republic");
    }

    @Test
    void everyPartnerIsAnInstitutionOfTheDirectoryAndThoseTheDemoAddedArePartners() {
        List<Map<String, Object>> partners = jdbc.sql("""
                select pa.organization_id, pa.name, pa.country from projects.partner pa join projects.project p on p.id = pa.project_id
                 where p.code like 'ANSO-CRP-%'""").query().listOfRows(); // the demo's: other tests add partners beside it

        assertThat(partners).isNotEmpty().allSatisfy(row -> {
            OrganizationView organization = organizations.byId((UUID) row.get("organization_id")).orElseThrow();
            assertThat(organization.name()).isEqualTo(row.get("name"));
            assertThat(organization.country()).isEqualTo(row.get("country").toString().strip());
        });
        OrganizationView mongolia = organizations.all().stream()
                .filter(o -> o.name().equals("Mongolian Academy of Sciences (MAS)")).findFirst().orElseThrow();
        assertThat(mongolia.status()).isEqualTo(OrganizationStatus.PARTNER);
        assertThat(mongolia.country()).isEqualTo("MN");
        assertThat(mongolia.statusSince()).as("as of the sources, as the demo directory").isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(mongolia.rorId()).isNull();
    }

    @Test
    void eachProjectIsEnteredThroughTheModulesCommandsWithItsHistoryDatedAsTheSeedsDateIt() {
        UUID misspad = project(MISSPAD);

        assertThat(jdbc.sql("""
                select from_status, to_status, actor_name, changed_at from projects.status_change where project_id = ?
                 order by changed_at""").param(misspad).query().listOfRows())
                .extracting(row -> row.get("from_status") + ">" + row.get("to_status") + " " + row.get("actor_name") + " "
                        + row.get("changed_at").toString().substring(0, 10))
                .containsExactly("null>AWARDED system 2019-06-15", "AWARDED>ACTIVE system 2019-07-01",
                        "ACTIVE>COMPLETED system 2022-12-31");
        List<String> recorded = jdbc.sql("""
                select action || ' ' || to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD') from activitylog.entry
                 where record_type = 'project' and record_id = ? order by occurred_at, action""")
                .param(misspad.toString()).query(String.class).list();
        assertThat(recorded).as("what the Secretariat entering it by hand would leave in the activity log")
                .startsWith("project.budgetLineSet 2019-06-15").contains("project.created 2019-06-15")
                .endsWith("project.statusChanged 2019-07-01", "project.statusChanged 2022-12-31");
        assertThat(recorded.stream().map(entry -> entry.substring(0, entry.indexOf(' ')))).containsOnly("project.created", "project.partnerAdded",
                        "project.memberAdded", "project.budgetLineSet", "project.statusChanged")
                .hasSize(1 + 2 + 3 + 8 + 2);
    }

    @Test
    void onePestsProjectRunsThroughThePlatformsYearSoItsReportsAndMilestonesFallDue() {
        List<UUID> demo = DemoProjects.read().projects().stream().map(p -> DemoProjectWriter.idOf(p.code())).toList();
        List<Map<String, Object>> running = jdbc.sql("""
                select acronym, start_date, end_date from projects.project where id in (:ids) and status = :status""")
                .param("ids", demo).param("status", "ACTIVE").query().listOfRows();

        assertThat(running).singleElement().satisfies(row -> {
            assertThat(row.get("acronym")).isEqualTo("CA-Pests");
            assertThat(row.get("start_date").toString()).isLessThan("2026-01-01");
            assertThat(row.get("end_date").toString()).isGreaterThan("2026-12-31");
        });
        UUID pests = project("CA-Pests");
        assertThat(count("select count(*) from projects.milestone where project_id = ? and achieved_on is null", pests))
                .isEqualTo(1);
        assertThat(count("select max(year) from projects.budget_line where project_id = ?", pests)).isEqualTo(2027);
    }

    @Test
    void loadingAgainAddsNothingAndAProjectRemovedComesBackAloneWithItsLinks() {
        String everything = """
                select (select count(*) from projects.project) + (select count(*) from projects.output)
                     + (select count(*) from projects.partner) + (select count(*) from projects.trainee_count)
                     + (select count(*) from meetings.meeting) + (select count(*) from organizations.organization)""";
        long before = count(everything);

        demo.onReady();
        assertThat(count(everything)).isEqualTo(before);

        UUID removed = project(WATER);
        jdbc.sql("delete from projects.project where id = ?").param(removed).update();
        demo.onReady();

        assertThat(count(everything)).as("the trainings and institutions are found again, not duplicated").isEqualTo(before);
        assertThat(project(WATER)).as("the same record again").isEqualTo(removed);
        assertThat(linked(removed, "TRAINING", 2021)).hasSize(1);
    }
}
