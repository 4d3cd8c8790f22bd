package org.ansoplatform.calls.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallTestDataAccess;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.files.TestFiles;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The calls pages render for the people they are for, with the demo calls and a submitted application. */
class CallPagesTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CallManagement calls;

    @Autowired
    CallQueries callQueries;

    @Autowired
    ApplicationIntake applications;

    @Autowired
    AccountManagement accounts;

    Someone applicant;
    Someone secretariat;
    CallView open;

    @BeforeEach
    void setUp() {
        applicant = Someone.register(accounts, "Rahul Sharma", "APPLICANT");
        secretariat = Someone.register(accounts, "Sara Secretariat", "SECRETARIAT");
        open = callQueries.openAndUpcoming().stream().filter(call -> call.definition().code().startsWith("scholarship-")).findFirst().orElseThrow();
    }

    @Test
    void thePublicSeesTheDemoCallsWithTheirRules() throws Exception {
        String list = mvc.perform(get("/calls")).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("ANSO Scholarship for Young Talents 2021").contains("Visiting Fellowship on Mega-Science Facilities 2021")
                .contains(open.definition().title().get("en"));
        MockHttpServletResponse page = mvc.perform(get("/calls/" + open.id()).param("lang", "zh")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("中国科学技术大学").contains("Asia/Shanghai").contains("35");
    }

    @Test
    void theApplicantFillsTheFormInThePageAndSeesEveryProblemAtOnce() throws Exception {
        MockHttpServletResponse started = mvc.perform(post("/calls/" + open.id() + "/apply").with(applicant.signedIn()).with(csrf()))
                .andReturn().getResponse();
        assertThat(started.getRedirectedUrl()).startsWith("/applications/");
        String path = started.getRedirectedUrl();
        assertThat(mvc.perform(get(path).with(applicant.signedIn())).andReturn().getResponse().getContentAsString())
                .contains("name=\"researchProposal\"").contains("data-document=\"cv\"");

        String autosave = mvc.perform(post(path + "/draft").header("HX-Request", "true").param("birthDate", "1999-02-03")
                .param("nationality", "IN").param("researchProposal", "<b>Monsoon</b> models").with(applicant.signedIn()).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(autosave).contains("save-status").doesNotContain("field-error");
        String refused = mvc.perform(post(path + "/draft").header("HX-Request", "true").param("birthDate", "yesterday")
                .with(applicant.signedIn()).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("year-month-day");

        String page = mvc.perform(get(path).with(applicant.signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("&lt;b&gt;Monsoon&lt;/b&gt; models").doesNotContain("<b>Monsoon</b>");

        String submit = mvc.perform(post(path + "/submit").param("key", UUID.randomUUID().toString()).with(applicant.signedIn()).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(submit).contains("This question needs an answer.").contains("This document is required.")
                .contains("Ask 2 referee(s) for a letter before submitting.");
    }

    @Test
    void documentsUploadThroughThePage() throws Exception {
        UUID id = applications.start(open.id(), applicant);
        MockHttpServletResponse response = mvc.perform(multipart("/applications/" + id + "/documents")
                .file(new MockMultipartFile("file", "cv.pdf", "application/pdf", TestFiles.pdf())).param("type", "cv")
                .with(applicant.signedIn()).with(csrf())).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/applications/" + id + "#documents");
        String disguised = mvc.perform(multipart("/applications/" + id + "/documents")
                .file(new MockMultipartFile("file", "transcript.pdf", "application/pdf", TestFiles.elf())).param("type", "transcript")
                .with(applicant.signedIn()).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(disguised).contains("field-error");
        assertThat(applications.view(id, applicant).documents()).extracting(d -> d.type()).containsExactly("cv");
    }

    @Test
    void theSecretariatListsFiltersExportsAndEditsCalls() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        UUID callId = calls.create(CallTestDataAccess.call("pages", now.minusDays(1), now.plusDays(3)));
        UUID id = CallTestDataAccess.submitted(applications, callId, applicant, "NG");

        String list = mvc.perform(get("/secretariat/calls/" + callId + "/applications").param("country", "NG").with(secretariat.signedIn()))
                .andReturn().getResponse().getContentAsString();
        String reference = applications.view(id, applicant).reference();
        assertThat(list).contains(reference).contains("Rahul Sharma");
        assertThat(mvc.perform(get("/secretariat/calls/" + callId + "/applications").param("country", "KE").with(secretariat.signedIn()))
                .andReturn().getResponse().getContentAsString()).doesNotContain(reference);
        assertThat(mvc.perform(get("/secretariat/calls/" + callId + "/applications").param("country", "ZZ").with(secretariat.signedIn()))
                .andReturn().getResponse().getStatus()).isEqualTo(422);

        byte[] csv = mvc.perform(get("/secretariat/calls/" + callId + "/applications.csv").with(secretariat.signedIn()))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).contains(reference).contains("Nigeria");
        byte[] xlsx = mvc.perform(get("/secretariat/calls/" + callId + "/applications.xlsx").with(secretariat.signedIn()))
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getFirstSheet().read()).hasSize(2).last().satisfies(row -> assertThat(row.getCellText(0)).isEqualTo(reference));
        }

        assertThat(mvc.perform(get("/secretariat/calls").with(secretariat.signedIn())).andReturn().getResponse().getContentAsString())
                .contains("scholarship-2021");
        String edit = mvc.perform(get("/secretariat/calls/" + callId).with(secretariat.signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(edit).contains("/secretariat/calls/" + callId + "/builder/form", "/secretariat/calls/" + callId + "/builder/eligibility")
                .doesNotContain("name=\"form\"");
        String refused = mvc.perform(post("/secretariat/calls/" + callId).param("code", "BAD CODE").param("programmeCode", "test-programme")
                .param("referencePrefix", "TST").param("title[en]", "T").param("zone", "Mars/Olympus").param("opens", "2030-01-01T00:00")
                .param("closes", "2029-01-01T00:00").param("status", "OPEN").param("tracks[0].code", "PHD").param("tracks[0].name[en]", "PhD")
                .param("tracks[0].number", "many").param("form", "{\"sections\": [").param("eligibility", "[]")
                .with(secretariat.signedIn()).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Unknown time zone").contains("malformed near line 1").contains("Give a whole number")
                .contains("value=\"many\"");

        String applicationPage = mvc.perform(get("/applications/" + id).with(secretariat.signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(applicationPage).contains("Override the screening").contains("Replace the referee")
                .contains("Carbon capture in arid soils.").doesNotContain("id=\"answers\"");
        assertThat(mvc.perform(get("/applications/" + id).with(applicant.signedIn())).andReturn().getResponse().getContentAsString())
                .doesNotContain("Override the screening");
        mvc.perform(post("/secretariat/calls/" + callId + "/applications/screening").param("selected", id.toString()).param("eligible", "false")
                .param("reason", "Transcript is not certified.").with(secretariat.signedIn()).with(csrf()));
        assertThat(applications.view(id, secretariat).screening().decided()).isFalse();
        assertThat(applications.view(id, secretariat).status()).isEqualTo(ApplicationStatus.SUBMITTED);

        MockHttpServletResponse refusedMessage = mvc.perform(post("/secretariat/calls/" + callId + "/applications/message")
                .param("subject", "").param("body", "x").param("selected", id.toString()).with(secretariat.signedIn()).with(csrf()))
                .andReturn().getResponse();
        assertThat(refusedMessage.getStatus()).isEqualTo(422);
        assertThat(refusedMessage.getContentAsString()).contains("Give a subject of at most 200 characters.", "subject-error");
        mvc.perform(post("/secretariat/calls/" + callId + "/applications/message").param("subject", "Interview on Monday")
                .param("body", "Please join the online interview at 10:00 Beijing time.").param("selected", id.toString())
                .with(secretariat.signedIn()).with(csrf()));
        assertThat(org.ansoplatform.Mail.awaitBody(applicant.email(), "Interview on Monday"))
                .startsWith("Please join the online interview at 10:00").doesNotContain("Dear Rahul Sharma");

        String saved = mvc.perform(post("/secretariat/calls/" + callId).param("code", callQueries.any(callId).definition().code())
                .param("programmeCode", "test-programme").param("referencePrefix", "TST").param("title[en]", "Renamed call")
                .param("zone", "Asia/Shanghai").param("opens", now.minusDays(1).withNano(0).toString())
                .param("closes", now.plusDays(3).withNano(0).toString()).param("status", "OPEN")
                .param("tracks[0].code", "PHD").param("tracks[0].name[en]", "PhD").param("tracks[0].number", "4")
                .param("tracks[1].code", "").param("hosts[0].code", "IOP").param("hosts[0].name[en]", "Institute of Physics")
                .param("hosts[0].kind", "INSTITUTE").param("hosts[0].number", "2")
                .param("version", String.valueOf(callQueries.any(callId).version()))
                .with(secretariat.signedIn()).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        assertThat(saved).isEqualTo("/secretariat/calls/" + callId);
        var renamed = callQueries.any(callId).definition();
        assertThat(renamed.title().get("en")).isEqualTo("Renamed call");
        assertThat(renamed.tracks()).singleElement().satisfies(track -> assertThat(track.awardQuota()).isEqualTo(4));
        assertThat(renamed.hosts()).singleElement().satisfies(host -> assertThat(host.name().get("en")).isEqualTo("Institute of Physics"));
        assertThat(callQueries.any(callId).definition().code()).startsWith("pages-");
        assertThat(renamed.form().field("proposal")).as("a form not posted is kept").isPresent();
    }

    @Test
    void aClonedCallIsNextYearsDraft() throws Exception {
        CallView scholarship2021 = callQueries.byCode("scholarship-2021").orElseThrow();
        String proposal = mvc.perform(get("/secretariat/calls/" + scholarship2021.id() + "/clone").with(secretariat.signedIn()))
                .andReturn().getResponse().getContentAsString();
        assertThat(proposal).contains("ANSO Scholarship for Young Talents 2022").contains("Enrolment in September 2022.")
                .contains("value=\"SYT22\"").contains("2021-12-01T00:00");
        MockHttpServletResponse response = mvc.perform(post("/secretariat/calls/" + scholarship2021.id() + "/clone")
                .param("code", "scholarship-2022-" + UUID.randomUUID().toString().substring(0, 6)).param("referencePrefix", "SYT22")
                .param("title[en]", "ANSO Scholarship for Young Talents 2022").param("description[en]", "Enrolment in September 2022.")
                .param("opens", "2021-12-01T00:00").param("closes", "2022-04-30T23:59")
                .with(secretariat.signedIn()).with(csrf())).andReturn().getResponse();
        UUID copy = UUID.fromString(response.getRedirectedUrl().replace("/secretariat/calls/", ""));
        CallView cloned = callQueries.any(copy);
        assertThat(cloned.definition().status().name()).isEqualTo("DRAFT");
        assertThat(cloned.definition().code()).startsWith("scholarship-2022");
        assertThat(cloned.definition().title().get("en")).isEqualTo("ANSO Scholarship for Young Talents 2022");
        assertThat(cloned.definition().closes()).isEqualTo(scholarship2021.definition().closes().plusYears(1));
        assertThat(cloned.definition().eligibility()).contains("2022-09-01").doesNotContain("2021-09-01");
        assertThat(cloned.definition().form()).isEqualTo(scholarship2021.definition().form());
        assertThat(cloned.clonedFrom()).isEqualTo(scholarship2021.id());
        assertThat(mvc.perform(get("/calls/" + copy)).andReturn().getResponse().getStatus()).isEqualTo(404);

        MockHttpServletResponse refused = mvc.perform(post("/secretariat/calls/" + scholarship2021.id() + "/clone")
                .param("code", cloned.definition().code()).param("referencePrefix", "syt 22").param("title[en]", "Again")
                .param("opens", "2022-05-01T00:00").param("closes", "2022-04-30T23:59")
                .with(secretariat.signedIn()).with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("id=\"code-error\"").contains("id=\"referencePrefix-error\"")
                .contains("id=\"closes-error\"");
        Someone applicant2 = Someone.register(accounts, "Other Applicant", "APPLICANT");
        assertThat(mvc.perform(get("/secretariat/calls/" + scholarship2021.id() + "/clone").with(applicant2.signedIn())).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/secretariat/calls/" + scholarship2021.id() + "/clone").with(applicant2.signedIn()).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aRefereeLinkThatDoesNotWorkSaysSo() throws Exception {
        String page = mvc.perform(get("/referee").param("token", "not-a-real-token")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("This link does not work").doesNotContain("type=\"file\"");
    }
}
