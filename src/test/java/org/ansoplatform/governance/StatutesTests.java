package org.ansoplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Amendments through the API: proposed against the version in force, endorsed by the Board, adopted by the
 * Assembly into the next consolidated version; a superseded version cannot be amended. Associations too.
 */
@RecordApplicationEvents
class StatutesTests extends IntegrationTest {

    static final String SECRETARIAT = "secretariat@example.org";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService people;
    @Autowired JsonMapper json;
    @Autowired StatuteQueries statutes;
    @Autowired ApplicationEvents events;

    Api api() {
        return new Api(mvc, people, json);
    }

    String session(String body) throws Exception {
        return api().post(SECRETARIAT, "/api/v1/secretariat/sessions", Map.of("body", body, "title", body + " on statutes",
                "startsAt", LocalDateTime.of(2026, 6, 1, 9, 0).toString(), "zone", "UTC", "mode", "HYBRID"))
                .body().get("session").get("id").asString();
    }

    Api.Answer decide(String session, String type, String subject, String outcome) throws Exception {
        return api().post(SECRETARIAT, "/api/v1/secretariat/sessions/" + session + "/decisions",
                Map.of("text", "Decision on " + subject, "outcome", outcome, "subjectType", type, "subjectId", subject));
    }

    @Test
    void anAmendmentBecomesTheNextVersionAndOneOnASupersededVersionIsRefused() throws Exception {
        int inForce = statutes.current().orElseThrow().number();
        Api.Answer first = api().post(SECRETARIAT, "/api/v1/secretariat/amendments", Map.of("baseVersion", inForce,
                "articleNumber", "9", "heading", "Secretariat", "body",
                "The Secretariat, led by the Executive Director and hosted in Beijing, runs the daily work of ANSO."));
        assertThat(first.status()).isEqualTo(201);
        JsonNode diff = first.body().get("diff").get("diff");
        assertThat(diff.findValuesAsString("text")).contains("and hosted in Beijing, ");
        String firstId = first.body().get("amendment").get("id").asString();
        String second = api().post(SECRETARIAT, "/api/v1/secretariat/amendments", Map.of("articleNumber", "10",
                "heading", "Languages", "body", "The working language of ANSO is English.")).body()
                .get("amendment").get("id").asString();

        String board = session("BOARD");
        String assembly = session("ASSEMBLY");
        // the Assembly cannot adopt what the Board has not endorsed
        assertThat(decide(assembly, "AMENDMENT", firstId, "ADOPTED_BY_CONSENSUS").status()).isEqualTo(400);
        assertThat(decide(board, "AMENDMENT", firstId, "ADOPTED_BY_CONSENSUS").status()).isEqualTo(201);
        assertThat(decide(board, "AMENDMENT", second, "ADOPTED_BY_CONSENSUS").status()).isEqualTo(201);
        assertThat(decide(assembly, "AMENDMENT", firstId, "ADOPTED_BY_VOTE").status()).isEqualTo(201);
        assertThat(events.stream(AmendmentAdopted.class)).singleElement().satisfies(adopted -> {
            assertThat(adopted.amendmentId()).hasToString(firstId);
            assertThat(adopted.versionNumber()).isEqualTo(statutes.current().orElseThrow().number());
            assertThat(adopted.action()).isEqualTo("governance.statutesAmended");
            assertThat(adopted.recordType()).isEqualTo("statute_version");
            assertThat(adopted.recordId()).isEqualTo(adopted.versionId().toString());
        });

        int next = statutes.current().orElseThrow().number();
        assertThat(next).isEqualTo(inForce + 1);
        assertThat(api().get(null, "/api/v1/statutes/" + next).body().get("articles").findValuesAsString("body"))
                .contains("The Secretariat, led by the Executive Director and hosted in Beijing, runs the daily work of ANSO.");
        assertThat(api().get(null, "/api/v1/statutes/" + inForce).body().get("articles").findValuesAsString("body"))
                .doesNotContain("The Secretariat, led by the Executive Director and hosted in Beijing, runs the daily work of ANSO.");
        JsonNode comparison = api().get(null, "/api/v1/statutes/compare?from=" + inForce + "&to=" + next).body();
        for (JsonNode row : comparison) {
            assertThat(row.get("changed").asBoolean()).as(row.get("number").asString())
                    .isEqualTo(row.get("number").asString().equals("9"));
        }

        // the second amendment was proposed against the version now superseded: adopting it is refused
        Api.Answer superseded = decide(assembly, "AMENDMENT", second, "ADOPTED_BY_CONSENSUS");
        assertThat(superseded.status()).isEqualTo(400);
        assertThat(Api.firstError(superseded)).contains("superseded");
        assertThat(statutes.current().orElseThrow().number()).isEqualTo(next);
        assertThat(api().get(null, "/api/v1/amendments/" + second).body().get("amendment").get("state").asString())
                .isEqualTo("ENDORSED");
        // and so is proposing against it
        Api.Answer againstOld = api().post(SECRETARIAT, "/api/v1/secretariat/amendments", Map.of("baseVersion", inForce,
                "articleNumber", "10", "body", "English and Chinese."));
        assertThat(againstOld.status()).isEqualTo(400);
        assertThat(Api.firstError(againstOld)).contains("superseded");
    }

    @Autowired MandateQueries mandates;

    @Test
    void anOfficerIsAppointedOnlyByADecisionWhichEndsThePredecessorsTerm() throws Exception {
        String assembly = session("ASSEMBLY");
        Api.Answer refused = api().post(SECRETARIAT, "/api/v1/secretariat/sessions/" + assembly + "/decisions",
                Map.of("text", "Appoints nobody.", "outcome", "ADOPTED_BY_CONSENSUS", "subjectType", "OFFICE",
                        "appointment", Map.of("office", "ASSISTANT_EXECUTIVE_DIRECTOR")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(mandates.officers()).extracting(OfficerView::name).contains("Prof. Ailikun");

        Api.Answer appointed = api().post(SECRETARIAT, "/api/v1/secretariat/sessions/" + assembly + "/decisions",
                Map.of("text", "Appoints the Assistant Executive Director.", "outcome", "ADOPTED_BY_CONSENSUS",
                        "subjectType", "OFFICE", "appointment", Map.of("office", "ASSISTANT_EXECUTIVE_DIRECTOR",
                                "name", "Dr. Test Assistant", "termEnd", "2030-05-31")));
        assertThat(appointed.status()).isEqualTo(201);
        assertThat(mandates.officers()).extracting(OfficerView::name)
                .contains("Dr. Test Assistant", "Prof. BAI Chunli").doesNotContain("Prof. Ailikun");
        assertThat(mandates.officers()).filteredOn(o -> o.name().equals("Dr. Test Assistant"))
                .extracting(OfficerView::termStart, OfficerView::termEnd)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(java.time.LocalDate.of(2026, 6, 1),
                        java.time.LocalDate.of(2030, 5, 31)));
    }

    @Test
    void anAssociationIsProposedAndApprovedByADecision() throws Exception {
        String acronym = "ANSO-T" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        Api.Answer proposed = api().post(SECRETARIAT, "/api/v1/secretariat/associations", Map.of("acronym", acronym,
                "name", "Alliance on Test Science", "leadInstitution", "Institute of Tests", "regions", "Central Asia"));
        assertThat(proposed.status()).isEqualTo(201);
        assertThat(api().post(SECRETARIAT, "/api/v1/secretariat/associations", Map.of("acronym", acronym, "name", "Again",
                "leadInstitution", "Again")).status()).as("the acronym is taken: a conflict").isEqualTo(409);
        String id = proposed.text("id");
        assertThat(decide(session("BOARD"), "ASSOCIATION", id, "ADOPTED_BY_CONSENSUS").status()).isEqualTo(201);
        assertThat(api().get(null, "/api/v1/associations/" + id).text("state")).isEqualTo("APPROVED");
        assertThat(api().get(null, "/api/v1/associations").body().findValuesAsString("acronym"))
                .contains("ANSO-RWIT", "ANSO-DRR", acronym);
    }
}
