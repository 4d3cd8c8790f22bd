package org.ansoplatform.partnerships.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.FieldErrors;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.partnerships.AgreementKind;
import org.ansoplatform.partnerships.AgreementStatus;
import org.ansoplatform.partnerships.AllianceRole;
import org.ansoplatform.partnerships.agreements.AgreementCommand;
import org.ansoplatform.partnerships.agreements.AgreementManagement;
import org.ansoplatform.partnerships.agreements.AgreementQueries;
import org.ansoplatform.partnerships.agreements.AgreementSchedule;
import org.ansoplatform.partnerships.agreements.AgreementView;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The register, an agreement's page and steps, the public partners page and the API, each for the people it is
 * for and refused to the others; refusals shown next to their field in the reader's language.
 */
class AgreementWebTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountManagement accounts;
    @Autowired OrganizationManagement organizations;
    @Autowired AgreementManagement agreements;
    @Autowired AgreementQueries queries;
    @Autowired AgreementSchedule schedule;
    @Autowired org.ansoplatform.partnerships.agreements.CommitmentManagement commitments;

    Someone secretary;
    Someone board;
    Someone applicant;
    UUID partner;

    @BeforeEach
    void people() {
        secretary = Someone.register(accounts, "Partnerships officer", "SECRETARIAT");
        board = Someone.register(accounts, "Board member", "BOARD_MEMBER");
        applicant = Someone.register(accounts, "An applicant", "APPLICANT");
        partner = organizations.create(new org.ansoplatform.organizations.OrganizationCommand("Web Partner " + UUID.randomUUID(),
                null, "LK", org.ansoplatform.organizations.OrganizationType.UNIVERSITY,
                org.ansoplatform.organizations.OrganizationStatus.PARTNER, null, null, null));
    }

    @Test
    void theRegisterAndAnAgreementsPagesAreTheSecretariatsAndTheApiAlsoTheBoards() throws Exception {
        UUID id = recorded("Registered MoU " + UUID.randomUUID(), true);
        for (String path : List.of("/secretariat/partnerships/agreements", "/secretariat/partnerships/agreements/" + id,
                "/secretariat/partnerships/agreements/new", "/secretariat/partnerships/agreements/export.csv")) {
            mvc.perform(get(path).with(secretary.signedIn())).andExpect(status().isOk());
            mvc.perform(get(path).with(board.signedIn())).andExpect(status().isForbidden());
            mvc.perform(get(path).with(applicant.signedIn())).andExpect(status().isForbidden());
            mvc.perform(get(path)).andExpect(status().is3xxRedirection());
        }
        for (String path : List.of("/api/v1/partnerships/agreements", "/api/v1/partnerships/agreements/" + id)) {
            mvc.perform(get(path).with(board.signedIn())).andExpect(status().isOk());
            mvc.perform(get(path).with(applicant.signedIn())).andExpect(status().isForbidden());
            mvc.perform(get(path)).andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/api/v1/partnerships/agreements").with(csrf()).with(board.signedIn()).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isForbidden());
        mvc.perform(post("/secretariat/partnerships/agreements/" + id + "/terminate").with(csrf()).with(applicant.signedIn())
                .param("on", LocalDate.now(clock).toString()).param("reason", "x")).andExpect(status().isForbidden());
        assertThat(queries.byId(id).orElseThrow().status()).isEqualTo(AgreementStatus.ACTIVE);
    }

    @Test
    void aNewAgreementWithOneSidedPartiesIsRefusedNextToTheFieldInChineseAndNothingIsAdded() throws Exception {
        int before = queries.all(null).size();
        String html = mvc.perform(post("/secretariat/partnerships/agreements/new").with(csrf()).with(secretary.signedIn())
                        .locale(Locale.CHINESE).param("kind", "LICENCE").param("allianceRole", "SUPPORTER")
                        .param("title[en]", "Lonely licence").param("parties[0].organizationId", partner.toString())
                        .param("parties[0].role", "PARTY").param("expiresOn", "2030-01-01").param("effectiveOn", "2031-01-01"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(FieldErrors.of(html, "parties")).isNotBlank().doesNotContain("partnerships.");
        assertThat(FieldErrors.of(html, "expiresOn")).isNotBlank();
        assertThat(html).contains("value=\"Lonely licence\"");
        assertThat(queries.all(null)).hasSize(before);

        mvc.perform(post("/secretariat/partnerships/agreements/new").with(csrf()).with(secretary.signedIn())
                        .param("kind", "COOPERATION_AGREEMENT").param("allianceRole", "PARTY").param("title[en]", "Made on the form")
                        .param("title[ru]", "Соглашение о сотрудничестве").param("parties[0].organizationId", partner.toString())
                        .param("parties[0].role", "PARTY").param("parties[0].signatoryName", "Nguyễn Thị Minh")
                        .param("parties[1].organizationId", "").param("sdgs", "6", "9"))
                .andExpect(status().is3xxRedirection());
        AgreementView made = queries.ofOrganization(partner).get(0);
        assertThat(made.title().get("ru")).isEqualTo("Соглашение о сотрудничестве");
        assertThat(made.parties()).extracting(AgreementView.Party::signatoryName).containsExactly("Nguyễn Thị Minh");
        assertThat(made.ownerId()).isEqualTo(secretary.id());
        assertThat(made.sdgs()).containsExactly(6, 9);
    }

    @Test
    void signingBeforeApprovalIsRefusedOnThePageNextToTheStepInFrench() throws Exception {
        UUID id = agreements.propose(new AgreementCommand(AgreementKind.MOU, LocalizedText.of(Map.of("en", "Unapproved MoU")), null,
                AllianceRole.PARTY, List.of(AgreementCommand.Party.of(partner)), List.of(), null, null, null, false, null, false),
                Actor.system(clock.instant()));
        String html = mvc.perform(post("/secretariat/partnerships/agreements/" + id + "/sign").with(csrf()).with(secretary.signedIn())
                        .locale(Locale.FRENCH).param("on", LocalDate.now(clock).toString()))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("form-errors").doesNotContain("partnerships.agreement.error");
        assertThat(queries.byId(id).orElseThrow().status()).isEqualTo(AgreementStatus.PROPOSED);
        String approve = mvc.perform(post("/secretariat/partnerships/agreements/" + id + "/approve").with(csrf())
                        .with(secretary.signedIn()).param("on", LocalDate.now(clock).toString()))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(approve).contains("only its recorded decision approves it");
        String stepDate = mvc.perform(post("/secretariat/partnerships/agreements/" + id + "/terminate").with(csrf())
                        .with(secretary.signedIn()).param("on", "not a date").param("reason", "Abandoned"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(FieldErrors.of(stepDate, "on")).isNotBlank();
        assertThat(queries.byId(id).orElseThrow().status()).isEqualTo(AgreementStatus.PROPOSED);
    }

    @Test
    void aReferenceToNoRecordIsRefusedInTheCommitmentsOwnRowAndLinksNothing() throws Exception {
        UUID id = recorded("Commitments MoU " + UUID.randomUUID(), false);
        UUID commitment = commitments.add(id, LocalizedText.of(Map.of("en", "A workshop a year")), partner, null, null,
                Actor.system(clock.instant()));
        String missing = "meetings:meeting:" + UUID.randomUUID();
        String html = mvc.perform(post("/secretariat/partnerships/agreements/" + id + "/commitments/" + commitment + "/links")
                        .with(csrf()).with(secretary.signedIn()).param("recordRef", missing))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(FieldErrors.of(html, "recordRef-" + commitment)).isEqualTo("The platform has no record " + missing + ".");
        assertThat(html).contains("value=\"" + missing + "\"");
        assertThat(queries.commitment(commitment).orElseThrow().links()).isEmpty();
    }

    @Test
    void aSignedTextIsAttachedByTheSecretariatAndReadByTheBoardAndNobodyElse() throws Exception {
        UUID id = recorded("Texts MoU " + UUID.randomUUID(), false);
        var pdf = new org.springframework.mock.web.MockMultipartFile("file", "备忘录-Nguyễn.pdf", "application/pdf",
                org.ansoplatform.files.TestFiles.pdf());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                        "/secretariat/partnerships/agreements/" + id + "/documents").file(pdf).param("language", "zh")
                .with(csrf()).with(applicant.signedIn())).andExpect(status().isForbidden());
        org.assertj.core.api.Assertions.assertThat(queries.byId(id).orElseThrow().documents()).isEmpty();
        var disguised = new org.springframework.mock.web.MockMultipartFile("file", "mou.pdf", "application/pdf",
                org.ansoplatform.files.TestFiles.elf());
        String refused = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                        "/secretariat/partnerships/agreements/" + id + "/documents").file(disguised).param("language", "en")
                .with(csrf()).with(secretary.signedIn())).andExpect(status().is(422)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(FieldErrors.of(refused, "file")).isNotBlank();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                        "/secretariat/partnerships/agreements/" + id + "/documents").file(pdf).param("language", "zh")
                .with(csrf()).with(secretary.signedIn())).andExpect(status().is3xxRedirection());

        AgreementView.Document text = queries.byId(id).orElseThrow().documents().get(0);
        assertThat(text.language()).isEqualTo("zh");
        assertThat(text.name()).isEqualTo("备忘录-Nguyễn.pdf");
        mvc.perform(get("/files/" + text.fileId()).with(board.signedIn())).andExpect(status().isOk());
        assertThat(mvc.perform(get("/files/" + text.fileId()).with(applicant.signedIn())).andReturn().getResponse().getStatus())
                .isIn(403, 404);
        mvc.perform(get("/files/" + text.fileId())).andExpect(status().is3xxRedirection());
    }

    @Test
    void thePublicPartnersPageAndApiShowNoConfidentialAgreement() throws Exception {
        String open = "Open agreement " + UUID.randomUUID();
        String secret = "Secret agreement " + UUID.randomUUID();
        recorded(open, false);
        recorded(secret, true);
        String page = mvc.perform(get("/partners").param("country", "LK")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(open).doesNotContain(secret);
        String api = mvc.perform(get("/api/v1/partners")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(api).contains(open).doesNotContain(secret);
        String register = mvc.perform(get("/secretariat/partnerships/agreements").param("country", "LK").with(secretary.signedIn()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(register).contains(open).contains(secret);
        MockHttpServletResponse csv = mvc.perform(get("/secretariat/partnerships/agreements/export.csv").param("country", "LK")
                .with(secretary.signedIn())).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).contains(open, secret);
    }

    @Test
    void theOwnerIsEmailedBeforeTheAgreementExpires() {
        LocalDate today = LocalDate.now(clock);
        String title = "Expiring soon " + UUID.randomUUID();
        agreements.record(new AgreementCommand(AgreementKind.COOPERATION_AGREEMENT, LocalizedText.of(Map.of("en", title)), null,
                AllianceRole.PARTY, List.of(AgreementCommand.Party.of(partner)), List.of(), today.minusYears(2), today.plusDays(20), null,
                false, secretary.id(), false), today.minusYears(2), null, "Signed on paper", Actor.system(clock.instant()));
        schedule.run();
        String body = Mail.awaitBody(secretary.email(), title);
        assertThat(Mail.path(body)).startsWith("/secretariat/partnerships/agreements/");
    }

    private UUID recorded(String title, boolean confidential) {
        return agreements.record(new AgreementCommand(AgreementKind.MOU, LocalizedText.of(Map.of("en", title)), null,
                AllianceRole.PARTY, List.of(AgreementCommand.Party.of(partner)), List.of(), null, null, null, confidential, null,
                false), LocalDate.now(clock).minusDays(3), null, "Signed before", Actor.system(clock.instant()));
    }
}
