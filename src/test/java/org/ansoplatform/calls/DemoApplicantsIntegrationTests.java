package org.ansoplatform.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.calls.demo.DemoApplicants;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.intake.ApplicationScreening;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class DemoApplicantsIntegrationTests extends IntegrationTest {

    @Autowired
    DemoApplicants generator;

    @Autowired
    CallManagement calls;

    @Autowired
    CallQueries callQueries;

    @Autowired
    ApplicationIntake applications;

    @Autowired
    ApplicationScreening screening;

    @Autowired
    JdbcClient jdbc;

    UUID openCall() {
        LocalDateTime now = LocalDateTime.now(ApplicationsIntegrationTests.SHANGHAI);
        return calls.create(CallTestData.call(CallTestData.code("synthetic"), now.minusDays(40), now.plusDays(30), 2));
    }

    long count(String sql, Object... parameters) {
        return jdbc.sql(sql).params(parameters).query(Long.class).single();
    }

    @Test
    void fillsACallWithScreenedSubmittedApplicationsFromManyCountriesOnce() {
        UUID callId = openCall();

        assertThat(generator.generate(callId, 300)).isEqualTo(300);

        assertThat(count("select count(*) from calls.application where call_id = ? and status = 'SUBMITTED'", callId)).isEqualTo(300);
        assertThat(count("select count(distinct reference) from calls.application where call_id = ? and reference like 'TST-%'", callId))
                .isEqualTo(300);
        assertThat(count("select count(distinct country) from calls.application where call_id = ?", callId)).isGreaterThanOrEqualTo(50);
        assertThat(count("select count(distinct track_code) from calls.application where call_id = ?", callId)).isEqualTo(2);
        assertThat(count("select count(*) from calls.application where call_id = ? and country = 'PK'", callId))
                .isGreaterThan(count("select count(*) from calls.application where call_id = ? and country = 'FR'", callId));
        // every application screened; some fail (age, nationality, a missing document), most pass
        assertThat(count("select count(*) from calls.application where call_id = ? and eligible is null", callId)).isZero();
        long ineligible = count("select count(*) from calls.application where call_id = ? and not eligible", callId);
        assertThat(ineligible).isBetween(1L, 100L);
        assertThat(count("select count(*) from calls.application where call_id = ? and not eligible and eligibility = '[]'::jsonb", callId))
                .isZero();
        assertThat(count("select count(*) from calls.application where call_id = ? and submitted_at not between ? and now()", callId,
                java.sql.Timestamp.from(callQueries.any(callId).definition().opensAt()))).isZero();
        // two referees each, one stored PDF behind every document
        assertThat(count("select count(*) from calls.referee r join calls.application a on a.id = r.application_id where a.call_id = ?",
                callId)).isEqualTo(600);
        assertThat(count("""
                select count(distinct d.file_id) from calls.application_document d join calls.application a on a.id = d.application_id
                where a.call_id = ?""", callId)).isEqualTo(1);

        // the stored verdicts are what the Secretariat's re-screening computes
        List<Map<String, Object>> before = jdbc.sql("select id, eligible, eligibility::text from calls.application where call_id = ? order by id")
                .param(callId).query().listOfRows();
        screening.rescreen(callId);
        assertThat(jdbc.sql("select id, eligible, eligibility::text from calls.application where call_id = ? order by id")
                .param(callId).query().listOfRows()).isEqualTo(before);

        // a restart adds nothing; a larger number adds only the missing ones
        assertThat(generator.generate(callId, 300)).isZero();
        assertThat(generator.generate(callId, 310)).isEqualTo(10);
        assertThat(count("select count(*) from calls.application where call_id = ?", callId)).isEqualTo(310);
    }

    @Test
    void loadDraftsAreCompleteEnoughToSubmit() {
        UUID callId = openCall();

        assertThat(generator.loadDrafts(callId, 3)).isEqualTo(3);
        assertThat(generator.loadDrafts(callId, 3)).isZero();

        UUID applicant = DemoApplicants.loadApplicantId(2);
        UUID id = jdbc.sql("select id from calls.application where call_id = ? and applicant_id = ?").params(callId, applicant)
                .query(UUID.class).single();
        Someone owner = new Someone(applicant, "load-applicant-00002@load.example.org", "Load applicant 00002", Set.of("APPLICANT"));
        ApplicationView submitted = applications.submit(id, "surge-1", owner);
        assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(submitted.reference()).startsWith("TST-");
        assertThat(applications.submit(id, "surge-1", owner).reference()).isEqualTo(submitted.reference());
    }

    @Test
    void syntheticApplicantsSignInWithTheDemoPasswordAndReadTheirOwnApplication(
            @Autowired org.springframework.test.web.servlet.MockMvc mvc) throws Exception {
        UUID callId = openCall();
        long started = System.nanoTime();
        generator.generate(callId, 2000);
        System.out.printf("2,000 synthetic applicants with accounts in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        record Row(UUID application, UUID applicant, String email) {
        }
        List<Row> rows = jdbc.sql("select id, applicant_id, applicant_email from calls.application where call_id = ? order by reference")
                .param(callId).query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3))).list();
        assertThat(count("select count(*) from accounts.person p join calls.application a on a.applicant_id = p.id where a.call_id = ?",
                callId)).isGreaterThan(1990); // a synthetic email drawn twice keeps its first account
        assertThat(count("select count(distinct password_hash) from accounts.person p join calls.application a on a.applicant_id = p.id "
                + "where a.call_id = ?", callId)).isEqualTo(1);
        Row first = rows.get(0);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("email", first.email()).param("password", "anso-demo-2026"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/dashboard"));
        // the account is the application's owner: the offer page, letter and answers are theirs
        assertThat(applications.view(first.application(), new org.ansoplatform.Someone(first.applicant(), first.email(), "Synthetic",
                Set.of("APPLICANT"))).id()).isEqualTo(first.application());
    }
}
