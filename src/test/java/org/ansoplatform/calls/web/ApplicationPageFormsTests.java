package org.ansoplatform.calls.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.FieldErrors;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.calls.ApplicationView;
import org.ansoplatform.calls.ApplicationView.RefereeView;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallTestDataAccess;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.files.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The forms of an application's page (and the referee's) refused: the page shown again with 422, the
 * message next to the field and what was typed kept, and nothing changed.
 */
class ApplicationPageFormsTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CallManagement calls;

    @Autowired
    ApplicationIntake applications;

    @Autowired
    AccountManagement accounts;

    Someone applicant;
    Someone secretariat;
    UUID callId;

    @BeforeEach
    void setUp() {
        applicant = Someone.register(accounts, "Grace Wanjiku", "APPLICANT");
        secretariat = Someone.register(accounts, "Sam Screener", "SECRETARIAT");
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        callId = calls.create(CallTestDataAccess.call("forms", now.minusDays(1), now.plusDays(20)));
    }

    @Test
    void anOverrideWithoutAReasonIsShownAgainWithTheMessageNextToTheReasonAndNothingChanges() throws Exception {
        UUID id = CallTestDataAccess.submitted(applications, callId, applicant, "CN");
        ApplicationView before = applications.view(id, secretariat);

        MockHttpServletResponse refused = send(post("/secretariat/applications/" + id + "/override").param("eligible", "true")
                .param("reason", "ok").with(secretariat.signedIn()).with(csrf()));

        assertThat(refused.getStatus()).isEqualTo(422);
        String page = refused.getContentAsString();
        assertThat(FieldErrors.of(page, "reason")).isEqualTo("Give the reason for the override (at least a few words).");
        assertThat(page).contains("class=\"form-errors\"").contains("value=\"ok\"").contains("Override the screening");
        assertThat(applications.view(id, secretariat).screening()).isEqualTo(before.screening());

        MockHttpServletResponse mistyped = send(post("/secretariat/applications/" + id + "/override").param("eligible", "perhaps")
                .param("reason", "Confirmed by the embassy.").with(secretariat.signedIn()).with(csrf()));
        assertThat(mistyped.getStatus()).isEqualTo(422);
        assertThat(FieldErrors.of(mistyped.getContentAsString(), "eligible")).isEqualTo("Enter a value of the right kind.");
        assertThat(mistyped.getContentAsString()).contains("value=\"Confirmed by the embassy.\"");
        assertThat(applications.view(id, secretariat).screening()).isEqualTo(before.screening());
    }

    @Test
    void aRefereeReplacementWithABadAddressIsShownAgainInThatRefereesFormAndNothingChanges() throws Exception {
        UUID id = CallTestDataAccess.submitted(applications, callId, applicant, "KE");
        var before = applications.view(id, secretariat).referees();
        RefereeView referee = before.get(0);

        MockHttpServletResponse refused = send(post("/secretariat/referees/" + referee.id() + "/replace").param("application", id.toString())
                .param("name", "Prof. Njeri Mwangi").param("email", "njeri at uonbi").param("institution", "University of Nairobi")
                .with(secretariat.signedIn()).with(csrf()));

        assertThat(refused.getStatus()).isEqualTo(422);
        String page = refused.getContentAsString();
        assertThat(FieldErrors.of(page, "email")).isEqualTo("Give the referee's email address.");
        assertThat(page).contains("value=\"Prof. Njeri Mwangi\"").contains("value=\"njeri at uonbi\"")
                .contains("value=\"University of Nairobi\"").contains("<details open");
        assertThat(applications.view(id, secretariat).referees()).isEqualTo(before);
    }

    @Test
    void answersOfTheWrongKindAreShownAgainNextToTheirQuestionAndNothingIsSaved() throws Exception {
        UUID id = applications.start(callId, applicant);

        MockHttpServletResponse refused = send(post("/applications/" + id + "/draft").param("birthDate", "yesterday")
                .param("proposal", "Drought-tolerant sorghum").with(applicant.signedIn()).with(csrf()).locale(Locale.ENGLISH));

        assertThat(refused.getStatus()).isEqualTo(422);
        String page = refused.getContentAsString();
        assertThat(FieldErrors.of(page, "birthDate")).isEqualTo("Give a date as year-month-day.");
        assertThat(page).contains("id=\"problems\"").contains("value=\"yesterday\"").contains("Drought-tolerant sorghum");
        assertThat(applications.view(id, applicant).answers().get("proposal")).isNull();

        String autosave = send(post("/applications/" + id + "/draft").header("HX-Request", "true").param("birthDate", "yesterday")
                .with(applicant.signedIn()).with(csrf())).getContentAsString();
        assertThat(autosave).contains("save-status").contains("Give a date as year-month-day.").doesNotContain("<form");
    }

    @Test
    void aRefusedDocumentIsShownNextToItsRowAndNotKept() throws Exception {
        UUID id = applications.start(callId, applicant);

        MockHttpServletResponse refused = send(multipart("/applications/" + id + "/documents")
                .file(new MockMultipartFile("file", "cv.pdf", "application/pdf", TestFiles.elf())).param("type", "cv")
                .with(applicant.signedIn()).with(csrf()).locale(Locale.ENGLISH));

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(FieldErrors.of(refused.getContentAsString(), "cv")).startsWith("The file is named as").endsWith("It has not been stored.");
        assertThat(applications.view(id, applicant).documents()).isEmpty();
    }

    @Test
    void anIncompleteSubmissionShowsEveryProblemAtTheTopAndNextToItsPlace() throws Exception {
        UUID id = applications.start(callId, applicant);

        MockHttpServletResponse refused = send(post("/applications/" + id + "/submit").param("key", UUID.randomUUID().toString())
                .with(applicant.signedIn()).with(csrf()).locale(Locale.ENGLISH));

        assertThat(refused.getStatus()).isEqualTo(422);
        String page = refused.getContentAsString();
        assertThat(FieldErrors.of(page, "birthDate")).isEqualTo("This question needs an answer.");
        assertThat(FieldErrors.of(page, "cv")).isEqualTo("This document is required.");
        assertThat(FieldErrors.of(page, "referees")).isEqualTo("Ask 2 referee(s) for a letter before submitting.");
        assertThat(page).contains("The application cannot be submitted yet:");
        assertThat(applications.view(id, applicant).status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void aRefereeLetterThatIsNoPdfIsRefusedNextToTheFileAndTheLinkStillWorks() throws Exception {
        UUID id = applications.start(callId, applicant);
        String email = "prof.otieno." + System.nanoTime() + "@example.net";
        applications.inviteReferee(id, "Prof. Otieno", email, "Maseno University", applicant);
        String token = URLDecoder.decode(Mail.token(Mail.awaitBody(email, "Reference letter")), StandardCharsets.UTF_8);

        MockHttpServletResponse refused = send(multipart("/referee/letter")
                .file(new MockMultipartFile("file", "letter.txt", "text/plain", "Dear committee".getBytes(StandardCharsets.UTF_8)))
                .param("token", token).locale(Locale.ENGLISH).with(csrf()));

        assertThat(refused.getStatus()).isEqualTo(422);
        String page = refused.getContentAsString();
        assertThat(FieldErrors.of(page, "file")).startsWith("This kind of file is not accepted");
        assertThat(page).contains("class=\"form-errors\"").contains("aria-invalid=\"true\"");
        assertThat(applications.view(id, applicant).referees()).singleElement().satisfies(referee -> assertThat(referee.received()).isFalse());
        assertThat(send(get("/referee").param("token", token)).getContentAsString()).contains("type=\"file\"");

        MockHttpServletResponse broken = send(multipart("/referee/letter")
                .file(new MockMultipartFile("file", "letter.pdf", "application/pdf", TestFiles.pdf()))
                .param("token", "not-a-real-token").locale(Locale.ENGLISH).with(csrf()));
        assertThat(broken.getStatus()).isEqualTo(422);
        assertThat(broken.getContentAsString()).contains("This link does not work").doesNotContain("type=\"file\"");
    }

    private MockHttpServletResponse send(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }
}
