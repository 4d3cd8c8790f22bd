package org.ansoplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Every governance page renders, in English and Chinese, with the demo data from the seeds. */
class GovernancePagesTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService people;
    @Autowired SessionManagement sessions;
    @Autowired SessionQueries sessionQueries;
    @Autowired StatuteQueries statutes;
    @Autowired MembershipQueries membership;
    @Autowired MotionManagement voting;
    @Autowired VotingQueries votes;

    String page(String email, String path, Locale locale) throws Exception {
        var request = get(path).locale(locale);
        if (email != null) {
            request = request.with(user(people.loadUserByUsername(email)));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void thePublicPagesShowTheSeededMeetingsStatutesAndAssociations() throws Exception {
        String overview = page(null, "/governance", Locale.ENGLISH);
        assertThat(overview).contains("4th ANSO Governing Board Meeting", "3rd ANSO Governing Board Meeting",
                "2nd ANSO General Assembly", "Prof. BAI Chunli", "Extended from 31 May 2020 to 31 December 2021");
        assertThat(overview).containsPattern("Extended from 31 May 2020 to 31 December 2021</span>\\s*<a href=\"/governance/decisions/[0-9a-f-]{36}\">by decision</a>");
        UUID board4 = sessionQueries.list().stream().filter(s -> s.title().startsWith("4th")).findFirst().orElseThrow().id();
        String meeting = page(null, "/governance/sessions/" + board4, Locale.ENGLISH);
        assertThat(meeting).contains("Article 8.3", "Instituto de Astrofísica de Canarias (IAC)", "Online");
        assertThat(page(null, "/governance/sessions/" + board4, Locale.CHINESE)).contains("协商一致通过");
        UUID board3 = sessionQueries.list().stream().filter(s -> s.title().startsWith("3rd")).findFirst().orElseThrow().id();
        assertThat(page(null, "/governance/sessions/" + board3, Locale.ENGLISH)).contains("Postponed the 2nd General Assembly");
        assertThat(page(null, "/governance/statutes", Locale.ENGLISH)).contains("Article 8.3");
        assertThat(page(null, "/governance/statutes/1", Locale.CHINESE)).contains("第 8.3 条");
        assertThat(page(null, "/governance/statutes/compare?from=1&to=1", Locale.ENGLISH)).contains("unchanged");
        UUID amendment = statutes.amendments().stream().filter(a -> a.articleNumber().equals("8.3")).findFirst().orElseThrow().id();
        assertThat(page(null, "/governance/amendments/" + amendment, Locale.ENGLISH)).contains("<ins>", "Endorsed by the Governing Board");
        assertThat(page(null, "/governance/associations", Locale.ENGLISH)).contains("ANSO-RWIT", "ANSO-DRR", "ANSO-APRD",
                "Chengdu Institute of Biology");
    }

    @Test
    void theRolePagesRenderForTheirPeople() throws Exception {
        assertThat(page("secretariat@example.org", "/secretariat/governance/applications", Locale.ENGLISH))
                .contains("Universiti Tunku Abdul Rahman (UTAR)");
        UUID application = membership.list(ApplicationState.ENDORSED).get(0).id();
        assertThat(page("secretariat@example.org", "/secretariat/governance/applications/" + application, Locale.CHINESE))
                .contains("经理事会认可");
        assertThat(page("board@example.org", "/board/applications/" + application, Locale.ENGLISH)).contains("Endorsed");
        assertThat(page("board@example.org", "/board/applications", Locale.ENGLISH)).contains("awaiting the General Assembly");
        page("secretariat@example.org", "/secretariat/governance/sessions", Locale.ENGLISH);
        UUID session = sessionQueries.list().get(0).id();
        assertThat(page("secretariat@example.org", "/secretariat/governance/sessions/" + session, Locale.CHINESE)).contains("记录决定");
        assertThat(page("secretariat@example.org", "/secretariat/governance/delegates", Locale.ENGLISH))
                .contains("Pakistan Academy of Sciences (PAS)");
        page("secretariat@example.org", "/secretariat/governance/amendments/new", Locale.ENGLISH);
        page("secretariat@example.org", "/secretariat/governance/associations/new", Locale.CHINESE);
        MockHttpServletResponse proposed = mvc.perform(post("/secretariat/governance/associations").param("acronym", "ANSO-PG")
                .param("name", "Alliance on Page Geology").param("leadInstitution", "Institute of Pages")
                .with(user(people.loadUserByUsername("secretariat@example.org"))).with(csrf())).andReturn().getResponse();
        assertThat(proposed.getRedirectedUrl()).startsWith("/governance/associations/");
        assertThat(page(null, "/governance/associations", Locale.ENGLISH)).contains("Alliance on Page Geology");
        assertThat(page("representative@example.org", "/representative/votes", Locale.ENGLISH))
                .contains("Pakistan Academy of Sciences (PAS)");
        page("applicant@example.org", "/membership", Locale.ENGLISH);
        page("applicant@example.org", "/membership/apply", Locale.CHINESE);
    }

    @Autowired ElectionManagement elections;
    @Autowired org.ansoplatform.organizations.OrganizationQueries organizations;

    @Test
    void anOpenElectionShowsOnTheDelegatesBallotPageAndTheSessionPages() throws Exception {
        UUID assembly = sessions.create(new SessionCommand(Body.ASSEMBLY, "Special General Assembly (pages)",
                java.time.LocalDateTime.of(2026, 12, 1, 9, 0), "Europe/Moscow", SessionMode.ONLINE, null));
        var members = organizations.search(new org.ansoplatform.organizations.OrganizationQueries.Filter(null, null, null,
                org.ansoplatform.organizations.OrganizationStatus.MEMBER), new org.ansoplatform.shared.PageRequest(0, 3)).items();
        UUID election = elections.create(new ElectionCommand(assembly, "Election of the new Governing Board", 2,
                null, members.stream().map(o -> o.id()).toList()));
        elections.open(election);
        assertThat(page("representative@example.org", "/representative/votes", Locale.ENGLISH))
                .contains("Election of the new Governing Board", "choose up to 2")
                .as("no 'No open vote' above an open election").doesNotContain("No open vote.");
        assertThat(page("secretariat@example.org", "/secretariat/governance/sessions/" + assembly, Locale.ENGLISH))
                .contains("Close the poll", members.get(0).name());
        assertThat(page(null, "/governance/sessions/" + assembly, Locale.CHINESE)).contains("投票中");
    }

    @Test
    void aSessionIsMarkedHeldOnlyOnceItHasBegun() throws Exception {
        java.time.LocalDateTime start = java.time.LocalDateTime.now(clock).plusDays(3).withNano(0);
        UUID session = sessions.create(new SessionCommand(Body.BOARD, "Board not yet met", start, "UTC", SessionMode.ONLINE, null));
        var secretariat = user(people.loadUserByUsername("secretariat@example.org"));
        var early = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/secretariat/governance/sessions/" + session + "/status").param("status", "HELD")
                .with(secretariat).with(csrf())).andReturn();
        assertThat(early.getResponse().getRedirectedUrl()).isEqualTo("/secretariat/governance/sessions/" + session);
        assertThat(String.valueOf(early.getFlashMap().get("flashError"))).isEqualTo("governance.session.notYetHeld");
        assertThat(sessionQueries.session(session).status()).isEqualTo(org.ansoplatform.governance.SessionStatus.PLANNED);

        clock.advance(java.time.Duration.ofDays(4));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/secretariat/governance/sessions/" + session + "/status").param("status", "HELD")
                .with(secretariat).with(csrf()));
        assertThat(sessionQueries.session(session).status()).isEqualTo(org.ansoplatform.governance.SessionStatus.HELD);
    }

    @Test
    void aBoardAgendaDocumentIsReadByTheBoardAndTheSecretariatOnlyAndThePublicPageDoesNotLinkIt() throws Exception {
        UUID session = sessions.create(new SessionCommand(Body.BOARD, "Board with papers",
                java.time.LocalDateTime.of(2026, 12, 2, 9, 0), "Asia/Shanghai", SessionMode.HYBRID, "Beijing"));
        var upload = new org.springframework.mock.web.MockMultipartFile("documents", "progress-report.pdf", "application/pdf",
                org.ansoplatform.files.TestFiles.pdf());
        MockHttpServletResponse added = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/secretariat/governance/sessions/" + session + "/agenda").file(upload)
                .param("title", "ANSO progress report").with(user(people.loadUserByUsername("secretariat@example.org")))
                .with(csrf())).andReturn().getResponse();
        assertThat(added.getRedirectedUrl()).isEqualTo("/secretariat/governance/sessions/" + session);
        UUID file = sessionQueries.agenda(session).get(0).fileIds().get(0);
        assertThat(mvc.perform(get("/api/v1/files/" + file).with(user(people.loadUserByUsername("board@example.org"))))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/files/" + file)).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(get("/api/v1/files/" + file).with(user(people.loadUserByUsername("representative@example.org"))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(page(null, "/governance/sessions/" + session, Locale.ENGLISH)).contains("ANSO progress report")
                .doesNotContain("/files/" + file);
        assertThat(page("board@example.org", "/governance/sessions/" + session, Locale.ENGLISH)).contains("/files/" + file);

        UUID assembly = sessions.create(new SessionCommand(Body.ASSEMBLY, "Assembly with papers",
                java.time.LocalDateTime.of(2026, 12, 2, 9, 0), "Asia/Shanghai", SessionMode.HYBRID, "Beijing"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/secretariat/governance/sessions/" + assembly + "/agenda").file(upload)
                .param("title", "Annual report").with(user(people.loadUserByUsername("secretariat@example.org")))
                .with(csrf()));
        UUID report = sessionQueries.agenda(assembly).get(0).fileIds().get(0);
        assertThat(mvc.perform(get("/api/v1/files/" + report).with(user(people.loadUserByUsername("representative@example.org"))))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(page(null, "/governance/sessions/" + assembly, Locale.ENGLISH)).contains("/files/" + report);
    }

    @Test
    void someoneElsesApplicationAnswers404AndABadFormShowsErrorsAtTheFields() throws Exception {
        UUID application = membership.list(ApplicationState.ENDORSED).get(0).id();
        assertThat(mvc.perform(get("/membership/applications/" + application)
                .with(user(people.loadUserByUsername("applicant@example.org")))).andReturn().getResponse().getStatus()).isEqualTo(404);
        MockHttpServletResponse refused = mvc.perform(post("/membership/apply").param("legalName", "").param("country", "ZZ")
                .locale(Locale.ENGLISH).with(user(people.loadUserByUsername("applicant@example.org"))).with(csrf()))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("id=\"legalName-error\"", "id=\"country-error\"");
    }

    @Test
    void aMalformedDateIsReportedNextToItsFieldInTheReadersLanguageAndNothingIsCreated() throws Exception {
        int before = sessionQueries.list().size();
        MockHttpServletResponse refused = mvc.perform(post("/secretariat/governance/sessions").locale(Locale.CHINESE)
                .param("body", "BOARD").param("title", "Board meeting with a bad date").param("startsAt", "next Tuesday")
                .param("zone", "Asia/Shanghai").param("mode", "ONLINE")
                .with(user(people.loadUserByUsername("secretariat@example.org"))).with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        String page = refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"startsAt-error\"").contains("请输入日期和时间。")
                .doesNotContain("id=\"title-error\"");
        assertThat(sessionQueries.list()).hasSize(before);
    }

    @Test
    void aRefusedPollStepSaysWhyAndChangesNothing() throws Exception {
        java.util.UUID session = sessionQueries.list().get(0).id();
        java.util.UUID motion = voting.create(new MotionCommand(session, null, "Step refusal", null, VotingRule.SIMPLE_MAJORITY,
                QuorumBasis.ENTITLED, 0, false, 0, null, SubjectType.OTHER, null));
        var refused = mvc.perform(post("/secretariat/governance/motions/" + motion + "/publish")
                .with(user(people.loadUserByUsername("secretariat@example.org"))).with(csrf())).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/secretariat/governance/sessions/" + session);
        assertThat(refused.getFlashMap().get("flashError")).isEqualTo("governance.error.motionState");
        assertThat(votes.motion(motion).state()).isEqualTo(PollState.CREATED);
        var opened = mvc.perform(post("/secretariat/governance/motions/" + motion + "/open")
                .with(user(people.loadUserByUsername("secretariat@example.org"))).with(csrf())).andReturn();
        assertThat(opened.getFlashMap().get("flashSuccess")).isEqualTo("flash.saved");
        assertThat(votes.motion(motion).state()).isEqualTo(PollState.OPEN);
    }
}
