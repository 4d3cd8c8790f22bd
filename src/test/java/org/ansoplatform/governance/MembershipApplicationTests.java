package org.ansoplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.files.FileStorage;
import org.ansoplatform.files.TestFiles;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.StatusChangeView;
import org.ansoplatform.shared.AuditedEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** A membership application through the API: check, Board endorsement, Assembly approval by secret vote. */
@RecordApplicationEvents
class MembershipApplicationTests extends IntegrationTest {

    static final String APPLICANT = "applicant@example.org";
    static final String SECRETARIAT = "secretariat@example.org";
    static final String REPRESENTATIVE = "representative@example.org";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService people;
    @Autowired JsonMapper json;
    @Autowired FileStorage files;
    @Autowired AccountQueries accounts;
    @Autowired OrganizationQueries organizations;
    @Autowired ApplicationEvents events;

    Api api;

    Api api() {
        if (api == null) {
            api = new Api(mvc, people, json);
        }
        return api;
    }

    UUID applicantId() {
        return accounts.idOf(APPLICANT).orElseThrow();
    }

    @Test
    void anApplicationGoesThroughCheckEndorsementAndASecretVoteAndTheDirectoryShowsTheMember() throws Exception {
        String name = "Zz test institute of sciences " + UUID.randomUUID().toString().substring(0, 6);
        UUID letter = files.store(applicantId(), "letter.pdf", new ByteArrayInputStream(TestFiles.pdf()),
                FileStorage.DOCUMENT_TYPES).id();

        Api.Answer submitted = api().post(APPLICANT, "/api/v1/membership/applications", Map.of(
                "legalName", name, "country", "ke", "type", "RESEARCH_INSTITUTE", "contactName", "Amina Odhiambo",
                "contactEmail", "amina@example.net", "motivation", "Joint research on drylands.",
                "fileIds", List.of(letter)));
        assertThat(submitted.status()).isEqualTo(201);
        String id = submitted.body().get("application").get("id").asString();
        assertThat(submitted.body().get("application").get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.body().get("application").get("country").asString()).isEqualTo("KE");

        // another person cannot see it, the applicant can
        assertThat(api().get(REPRESENTATIVE, "/api/v1/membership/applications/" + id).status()).isEqualTo(404);
        assertThat(api().get(APPLICANT, "/api/v1/membership/applications/" + id).status()).isEqualTo(200);

        // the Secretariat asks for more, the applicant answers
        assertThat(api().post(SECRETARIAT, "/api/v1/secretariat/applications/" + id + "/information-requests",
                Map.of("note", "Please add your statutes.")).status()).isEqualTo(200);
        Api.Answer answered = api().post(APPLICANT, "/api/v1/membership/applications/" + id + "/answers",
                Map.of("note", "Statutes attached."));
        assertThat(answered.body().get("application").get("state").asString()).isEqualTo("SUBMITTED");

        // the Board cannot decide before the check is complete
        String board = session("BOARD", "Test Board meeting");
        Api.Answer early = api().post(SECRETARIAT, "/api/v1/secretariat/sessions/" + board + "/decisions",
                Map.of("text", "Endorsed.", "outcome", "ADOPTED_BY_CONSENSUS", "subjectType", "APPLICATION", "subjectId", id));
        assertThat(early.status()).isEqualTo(400);
        assertThat(api().get(SECRETARIAT, "/api/v1/governance/sessions/" + board).body().get("decisions")).isEmpty();

        Api.Answer complete = api().post(SECRETARIAT, "/api/v1/secretariat/applications/" + id + "/completeness", Map.of());
        assertThat(complete.body().get("application").get("state").asString()).isEqualTo("COMPLETE");
        UUID organizationId = UUID.fromString(complete.body().get("application").get("organizationId").asString());
        assertThat(organizations.byId(organizationId).orElseThrow().status()).isEqualTo(OrganizationStatus.APPLICANT);

        // the Assembly cannot approve what the Board has not endorsed: refused, nothing changed
        String assembly = session("ASSEMBLY", "Test General Assembly");
        Api.Answer refused = api().post(SECRETARIAT, "/api/v1/secretariat/sessions/" + assembly + "/decisions",
                Map.of("text", "Approved.", "outcome", "ADOPTED_BY_CONSENSUS", "subjectType", "APPLICATION", "subjectId", id));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(Api.firstError(refused)).contains("Governing Board has endorsed");
        assertThat(api().get(SECRETARIAT, "/api/v1/governance/sessions/" + assembly).body().get("decisions")).isEmpty();
        assertThat(organizations.byId(organizationId).orElseThrow().status()).isEqualTo(OrganizationStatus.APPLICANT);

        // the Board endorses in its meeting
        assertThat(api().post(SECRETARIAT, "/api/v1/secretariat/sessions/" + board + "/decisions",
                Map.of("text", "The Board endorses the application.", "outcome", "ADOPTED_BY_CONSENSUS",
                        "subjectType", "APPLICATION", "subjectId", id)).status()).isEqualTo(201);

        // the Assembly approves by vote, not by a decision without one
        Api.Answer withoutVote = api().post(SECRETARIAT, "/api/v1/secretariat/sessions/" + assembly + "/decisions",
                Map.of("text", "Approved.", "outcome", "ADOPTED_BY_CONSENSUS", "subjectType", "APPLICATION", "subjectId", id));
        assertThat(withoutVote.status()).isEqualTo(400);
        assertThat(Api.firstError(withoutVote)).contains("by vote");

        // the Assembly votes by secret ballot
        Api.Answer motion = api().post(SECRETARIAT, "/api/v1/secretariat/motions", Map.of("sessionId", assembly,
                "title", "Admit " + name, "rule", "SIMPLE_MAJORITY", "quorumPercent", 0, "secret", true,
                "subjectType", "APPLICATION", "subjectId", id));
        assertThat(motion.status()).isEqualTo(201);
        String motionId = motion.text("id");
        api().post(SECRETARIAT, "/api/v1/secretariat/motions/" + motionId + "/open", null);
        Api.Answer ballot = api().post(REPRESENTATIVE, "/api/v1/motions/" + motionId + "/ballots", Map.of("choice", "YES"));
        assertThat(ballot.status()).isEqualTo(201);
        Api.Answer twice = api().post(REPRESENTATIVE, "/api/v1/motions/" + motionId + "/ballots", Map.of("choice", "NO"));
        // a second ballot conflicts with the first: 409, with the reason next to the field
        assertThat(twice.status()).isEqualTo(409);
        assertThat(Api.firstError(twice)).contains("already voted");

        // an approval that contradicts an unpublished vote is refused
        Api.Answer unpublished = api().post(SECRETARIAT, "/api/v1/secretariat/sessions/" + assembly + "/decisions",
                Map.of("text", "Approved.", "outcome", "ADOPTED_BY_VOTE", "subjectType", "APPLICATION", "subjectId", id,
                        "motionId", motionId));
        assertThat(unpublished.status()).isEqualTo(400);

        api().post(SECRETARIAT, "/api/v1/secretariat/motions/" + motionId + "/close", null);
        Api.Answer published = api().post(SECRETARIAT, "/api/v1/secretariat/motions/" + motionId + "/publish", null);
        assertThat(published.body().get("yes").asInt()).isEqualTo(1);
        assertThat(published.body().get("adopted").asBoolean()).isTrue();

        Api.Answer approved = api().post(SECRETARIAT, "/api/v1/secretariat/sessions/" + assembly + "/decisions",
                Map.of("text", "The Assembly admits the applicant as a member.", "outcome", "ADOPTED_BY_VOTE",
                        "subjectType", "APPLICATION", "subjectId", id, "motionId", motionId));
        assertThat(approved.status()).isEqualTo(201);

        // other modules can react to the approval and the published vote; no event tells of a ballot
        assertThat(events.stream(MembershipApproved.class)).singleElement().satisfies(approval -> {
            assertThat(approval.applicationId()).hasToString(id);
            assertThat(approval.organizationId()).isEqualTo(organizationId);
            assertThat(approval.action()).isEqualTo("governance.application.APPROVED");
            assertThat(approval.recordType()).isEqualTo("application");
        });
        assertThat(events.stream(MotionPublished.class)).singleElement().satisfies(publication -> {
            assertThat(publication.motionId()).hasToString(motionId);
            assertThat(publication.adopted()).isTrue();
            assertThat(publication.detail()).isEqualTo("adopted");
        });
        assertThat(events.stream(MembershipEndorsed.class)).extracting(MembershipEndorsed::applicationId)
                .map(UUID::toString).containsExactly(id);
        assertThat(events.stream(AuditedEvent.class).map(AuditedEvent::recordType)).doesNotContain("ballot", "participation");

        Api.Answer detail = api().get(APPLICANT, "/api/v1/membership/applications/" + id);
        assertThat(detail.body().get("application").get("state").asString()).isEqualTo("APPROVED");
        assertThat(detail.body().get("decisions")).hasSize(2);
        assertThat(detail.body().get("history").findValuesAsString("kind"))
                .containsExactly("SUBMITTED", "INFORMATION_REQUESTED", "ANSWERED", "COMPLETE", "ENDORSED", "APPROVED");

        assertThat(organizations.byId(organizationId).orElseThrow().status()).isEqualTo(OrganizationStatus.MEMBER);
        List<StatusChangeView> history = organizations.statusHistory(organizationId);
        StatusChangeView last = history.get(history.size() - 1);
        assertThat(last.status()).isEqualTo(OrganizationStatus.MEMBER);
        assertThat(last.basis()).contains("Test Board meeting").contains("Test General Assembly");

        // the Secretariat and Board read the attached document, another representative does not
        assertThat(api().get(SECRETARIAT, "/api/v1/files/" + letter).status()).isEqualTo(200);
        assertThat(api().get(REPRESENTATIVE, "/api/v1/files/" + letter).status()).isEqualTo(404);
    }

    @Test
    void aRejectionCarriesItsReasonsAndBadInputIsRefusedFieldByField() throws Exception {
        Api.Answer bad = api().post(APPLICANT, "/api/v1/membership/applications", Map.of("country", "XX",
                "contactEmail", "nobody"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").findValuesAsString("field"))
                .contains("legalName", "country", "type", "contactName", "contactEmail", "motivation");

        String id = api().post(APPLICANT, "/api/v1/membership/applications", Map.of(
                "legalName", "Zz test rejected institute " + UUID.randomUUID().toString().substring(0, 6), "country", "FR",
                "type", "UNIVERSITY", "contactName", "Jean Martin", "contactEmail", "jean@example.net",
                "motivation", "We would like to join.")).body().get("application").get("id").asString();
        api().post(SECRETARIAT, "/api/v1/secretariat/applications/" + id + "/completeness", Map.of());
        String board = session("BOARD", "Board meeting that declines");
        assertThat(api().post(SECRETARIAT, "/api/v1/secretariat/sessions/" + board + "/decisions",
                Map.of("text", "Not endorsed: the institute works outside ANSO's fields.", "outcome", "REJECTED",
                        "subjectType", "APPLICATION", "subjectId", id)).status()).isEqualTo(201);
        Api.Answer detail = api().get(APPLICANT, "/api/v1/membership/applications/" + id);
        assertThat(detail.body().get("application").get("state").asString()).isEqualTo("REJECTED");
        assertThat(detail.body().get("history").findValuesAsString("note"))
                .contains("Not endorsed: the institute works outside ANSO's fields.");
    }

    String session(String body, String title) throws Exception {
        Api.Answer created = api().post(SECRETARIAT, "/api/v1/secretariat/sessions", Map.of("body", body, "title", title,
                "startsAt", LocalDateTime.of(2026, 10, 9, 14, 0).toString(), "zone", "Asia/Shanghai", "mode", "ONLINE"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.body().get("session").get("id").asString();
    }
}
