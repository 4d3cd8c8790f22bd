package org.ansoplatform.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.FieldErrors;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.OrcidProfile;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.intake.CallSubjectSource;
import org.ansoplatform.files.TestFiles;
import org.ansoplatform.review.SubjectSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * ORCID iDs around an application: the referee gives theirs with the letter (checked, next to the field, nothing stored
 * when refused), the Secretariat sees the applicant's and the referees' as links, the applicant and others do not see the
 * referees', and review reads them as the application's people (its conflicts) and the applicant's as an identifying item.
 */
@RecordApplicationEvents
class ApplicationOrcidTests extends IntegrationTest {

    static final String APPLICANT_ORCID = "0000-0002-1825-0097";
    static final String REFEREE_ORCID = "0000-0001-5109-3700";

    @Autowired MockMvc mvc;
    @Autowired CallManagement calls;
    @Autowired ApplicationIntake applications;
    @Autowired AccountManagement accounts;
    @Autowired OrcidProfile orcids;
    @Autowired CallSubjectSource subjects;
    @Autowired ApplicationEvents events;
    @Autowired JdbcClient jdbc;

    private MockHttpServletResponse sendLetter(String token, String orcid) throws Exception {
        return mvc.perform(multipart("/referee/letter").file(new MockMultipartFile("file", "letter.pdf", "application/pdf", TestFiles.pdf()))
                .param("token", token).param("orcid", orcid).with(csrf()).header("Accept-Language", "en")).andReturn().getResponse();
    }

    private UUID letterOf(UUID referee) {
        return jdbc.sql("select letter_file_id from calls.referee where id = :id").param("id", referee).query(UUID.class).list().get(0);
    }

    @Test
    void theRefereesIdIsCheckedStoredAndShownToTheSecretariatAlone() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        UUID callId = calls.create(CallTestDataAccess.call("orcid", now.minusDays(1), now.plusDays(10)));
        String name = "Orcid Applicant " + System.nanoTime();
        Someone applicant = Someone.register(accounts, name, "APPLICANT");
        Someone other = Someone.register(accounts, "Orcid Other Applicant", "APPLICANT");
        Someone secretariat = Someone.register(accounts, "Orcid Secretariat", "SECRETARIAT");
        orcids.change(applicant.id(), APPLICANT_ORCID);
        UUID id = CallTestDataAccess.submitted(applications, callId, applicant, "KE", "natural-sciences");
        RefereeInvited invited = events.stream(RefereeInvited.class).filter(e -> e.applicantName().equals(name)).findFirst().orElseThrow();

        MockHttpServletResponse refused = sendLetter(invited.token(), "0000-0001-5109-3701");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(FieldErrors.of(refused.getContentAsString(), "orcid")).contains("not an ORCID iD");
        assertThat(letterOf(invited.refereeId())).as("nothing stored").isNull();
        assertThat(jdbc.sql("select orcid from calls.referee where id = :id").param("id", invited.refereeId()).query(String.class)
                .list()).containsOnlyNulls();

        MockHttpServletResponse sent = sendLetter(invited.token(), "https://orcid.org/" + REFEREE_ORCID.replace("-", ""));
        assertThat(sent.getStatus()).isEqualTo(200);
        assertThat(sent.getContentAsString()).contains("Thank you");
        assertThat(letterOf(invited.refereeId())).isNotNull();
        assertThat(jdbc.sql("select orcid from calls.referee where id = :id").param("id", invited.refereeId()).query(String.class).single())
                .isEqualTo(REFEREE_ORCID);

        String page = mvc.perform(get("/applications/" + id).with(secretariat.signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("class=\"applicant-orcid\"").contains("href=\"https://orcid.org/" + APPLICANT_ORCID + "\"")
                .contains(">https://orcid.org/" + REFEREE_ORCID + "</a>");
        String own = mvc.perform(get("/applications/" + id).with(applicant.signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(own).doesNotContain(REFEREE_ORCID).doesNotContain("class=\"applicant-orcid\"");
        assertThat(mvc.perform(get("/applications/" + id).with(other.signedIn())).andReturn().getResponse().getStatus()).isIn(403, 404);
        assertThat(mvc.perform(get("/applications/" + id)).andReturn().getResponse().getStatus()).isIn(302, 401);

        // review reads both iDs as the application's people, and the applicant's as an item a double-blind panel hides
        SubjectSource.SubjectFacts facts = subjects.subjects(callId).stream().filter(f -> f.subject().id().equals(id)).findFirst().orElseThrow();
        assertThat(facts.people()).contains(APPLICANT_ORCID, REFEREE_ORCID, name);
        SubjectSource.SubjectContent content = subjects.content(callId, id, java.util.Locale.ENGLISH).orElseThrow();
        assertThat(content.items()).filteredOn(item -> item.key().equals("applicant-orcid")).singleElement().satisfies(item -> {
            assertThat(item.value()).isEqualTo("https://orcid.org/" + APPLICANT_ORCID);
            assertThat(item.identifying()).isTrue();
            assertThat(item.label()).isEqualTo("Applicant’s ORCID iD");
        });
        assertThat(subjects.contentKeys(callId, java.util.Locale.ENGLISH)).extracting(SubjectSource.ContentKey::key).contains("applicant-orcid");
        assertThat(List.of(facts.people().toArray())).doesNotContain("");

        // a team member's iD (a PERSON answer, at any depth: in a group's rows too) is one of the application's people
        jdbc.sql("""
                update calls.application set submitted = jsonb_set(submitted, '{answers,team}',
                    '[{"member": {"name": "Team Member", "orcid": "0000-0002-1694-233X"}}, {"member": {"name": "No Id", "orcid": null}}]'::jsonb)
                where id = :id""").param("id", id).update();
        SubjectSource.SubjectFacts withTeam = subjects.subjects(callId).stream().filter(f -> f.subject().id().equals(id)).findFirst()
                .orElseThrow();
        assertThat(withTeam.people()).contains("0000-0002-1694-233X", APPLICANT_ORCID, REFEREE_ORCID);
    }
}
