package org.ansoplatform.calls.packets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallTestDataAccess;
import org.ansoplatform.calls.RefereeInvited;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.intake.RefereeLetterIntake;
import org.ansoplatform.files.TestFiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Secretariat opens every document and referee letter of an application and downloads its packet; the applicant
 * never sees the letter (no link, no file id, the file refused), another applicant sees nothing, anonymous neither.
 */
@RecordApplicationEvents
class ApplicationLettersTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired CallManagement calls;
    @Autowired ApplicationIntake applications;
    @Autowired RefereeLetterIntake letters;
    @Autowired AccountManagement accounts;
    @Autowired ApplicationEvents events;

    @Test
    void theSecretariatOpensTheLetterAndTheApplicantsDoNot() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        UUID callId = calls.create(CallTestDataAccess.call("letters", now.minusDays(1), now.plusDays(10)));
        Someone applicant = Someone.register(accounts, "Amina Letters", "APPLICANT");
        Someone other = Someone.register(accounts, "Other Applicant", "APPLICANT");
        Someone secretariat = Someone.register(accounts, "Sam Letters", "SECRETARIAT");
        UUID id = applications.start(callId, applicant);
        applications.upload(id, "cv", "cv.pdf", new ByteArrayInputStream(TestFiles.pdf()), applicant);
        applications.inviteReferee(id, "Prof. Chen", "prof.chen." + System.nanoTime() + "@example.net", "UCAS", applicant);
        String token = events.stream(RefereeInvited.class).filter(invited -> invited.applicantName().equals("Amina Letters"))
                .findFirst().orElseThrow().token();
        letters.upload(token, "letter.pdf", new ByteArrayInputStream(TestFiles.pdf()));

        UUID letter = applications.view(id, secretariat).referees().get(0).letterFileId();
        UUID cv = applications.view(id, secretariat).documents().get(0).fileId();
        assertThat(letter).isNotNull();
        assertThat(applications.view(id, applicant).referees().get(0).letterFileId()).isNull();

        String page = mvc.perform(get("/applications/" + id).with(secretariat.signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/files/" + letter + "\"", "Open the letter", "href=\"/files/" + cv + "\"",
                "/secretariat/applications/" + id + "/packet.pdf");
        assertThat(mvc.perform(get("/files/" + letter).with(secretariat.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/files/" + cv).with(secretariat.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(200);

        String own = mvc.perform(get("/applications/" + id).with(applicant.signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(own).doesNotContain(letter.toString()).doesNotContain("Open the letter").doesNotContain("packet.pdf");
        assertThat(mvc.perform(get("/api/v1/applications/" + id).with(applicant.signedIn())).andReturn().getResponse().getContentAsString())
                .doesNotContain(letter.toString());
        assertThat(mvc.perform(get("/files/" + letter).with(applicant.signedIn())).andReturn().getResponse().getStatus()).isIn(403, 404);
        assertThat(mvc.perform(get("/files/" + letter).with(other.signedIn())).andReturn().getResponse().getStatus()).isIn(403, 404);
        assertThat(mvc.perform(get("/files/" + cv).with(other.signedIn())).andReturn().getResponse().getStatus()).isIn(403, 404);
        assertThat(mvc.perform(get("/applications/" + id).with(other.signedIn())).andReturn().getResponse().getStatus()).isIn(403, 404);
        assertThat(mvc.perform(get("/files/" + letter)).andReturn().getResponse().getStatus()).isIn(302, 401, 403, 404);

        for (String path : List.of("/secretariat/applications/" + id + "/packet.pdf", "/secretariat/applications/" + id + "/packet.zip",
                "/secretariat/calls/" + callId + "/packets.zip", "/secretariat/calls/" + callId + "/messages/new",
                "/secretariat/calls/" + callId + "/messages", "/secretariat/calls/" + callId + "/reminders", "/secretariat/calls/templates",
                "/secretariat/calls/templates/new")) {
            assertThat(mvc.perform(get(path).with(applicant.signedIn())).andReturn().getResponse().getStatus()).as(path).isEqualTo(403);
            assertThat(mvc.perform(get(path).with(other.signedIn())).andReturn().getResponse().getStatus()).as(path).isEqualTo(403);
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isIn(302, 401);
        }
        for (String path : List.of("/secretariat/calls/" + callId + "/messages", "/secretariat/calls/" + callId + "/messages/preview",
                "/secretariat/calls/templates", "/secretariat/calls/" + callId + "/reminders")) {
            assertThat(mvc.perform(post(path).param("subject", "x").param("body", "y").with(applicant.signedIn()).with(csrf()))
                    .andReturn().getResponse().getStatus()).as(path).isEqualTo(403);
            assertThat(mvc.perform(post(path).param("subject", "x").param("body", "y").with(csrf())).andReturn().getResponse().getStatus())
                    .as(path).isIn(302, 401, 403);
        }
        // the test PDFs have no page: they travel beside the packet, so the PDF's address sends on to the zip
        assertThat(mvc.perform(get("/secretariat/applications/" + id + "/packet.pdf").with(secretariat.signedIn())).andReturn().getResponse()
                .getStatus()).isEqualTo(303);
    }
}
