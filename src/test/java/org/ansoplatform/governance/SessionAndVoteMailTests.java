package org.ansoplatform.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.accounts.AccountQueries;
import org.ansoplatform.governance.voting.PollReminders;
import org.ansoplatform.notifications.MessageQueries;
import org.ansoplatform.notifications.MessageView;
import org.ansoplatform.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * Delegates hear by email that a vote opened, that it closes soon while their organization has not voted, and that
 * its result was published; a body's members hear that a session was convened, when, how and where.
 */
class SessionAndVoteMailTests extends IntegrationTest {

    static final String SECRETARIAT = "secretariat@example.org";
    static final String DELEGATE = "representative@example.org";
    static final String BOARD = "board@example.org";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService people;
    @Autowired JsonMapper json;
    @Autowired AccountQueries accounts;
    @Autowired MessageQueries messages;
    @Autowired DelegateQueries delegates;
    @Autowired PollReminders reminders;
    @Autowired SessionQueries sessions;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Every notice of these tests is mailed before the next test class counts messages or vacuums ballots. */
    @org.junit.jupiter.api.AfterEach
    void noticesDelivered() {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                        select count(*) from platform.event_publication where completion_date is null
                        and (event_type like '%.PollNotice' or event_type like '%.SessionNotice')""")
                .query(Integer.class).single() == 0);
    }

    @Test
    void theMembersOfABodyAreToldThatItIsConvenedWithWhenHowAndWhere() throws Exception {
        Api api = new Api(mvc, people, json);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String assembly = session(api, "ASSEMBLY", "Convened Assembly " + suffix, "HYBRID", "Beijing, CAS Building");
        assertThat(Mail.awaitBody(DELEGATE, "The General Assembly is convened: Convened Assembly " + suffix))
                .contains("When: 9 March 2027 at 14:00 (Asia/Shanghai, UTC+08:00)", "How: Hybrid",
                        "Where: Beijing, CAS Building", "/governance/sessions/" + assembly);

        String board = session(api, "BOARD", "Convened Board " + suffix, "ONLINE", null);
        assertThat(Mail.awaitBody(BOARD, "The Governing Board is convened: Convened Board " + suffix))
                .contains("How: Online", "/governance/sessions/" + board);
        UUID member = accounts.idOf(BOARD).orElseThrow();
        assertThat(messages.of(member, new PageRequest(0, 50)).items()).extracting(MessageView::subject)
                .contains("The Governing Board is convened: Convened Board " + suffix);
    }

    @Test
    void aSessionMovedIsToldToItsMembersWhileOnlyTheSecretariatMovesItAndAHeldOneKeepsItsDate() throws Exception {
        Api api = new Api(mvc, people, json);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String board = session(api, "BOARD", "Moving Board " + suffix, "ONLINE", null);
        String path = "/secretariat/governance/sessions/" + board + "/schedule";

        MockHttpServletResponse refused = move(SECRETARIAT, path, "2027-03-10T09:30", "Mars/Olympus");
        assertThat(refused.getStatus()).isEqualTo(422);
        // the summary's link reaches the field, which names its message
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("field-error", "href=\"#zone\"")
                .containsPattern("id=\"zone\"[^>]*aria-describedby=\"zone-error\"|aria-describedby=\"zone-error\"[^>]*id=\"zone\"");
        assertThat(move(DELEGATE, path, "2027-03-10T09:30", "Europe/Paris").getStatus()).isEqualTo(403);
        assertThat(sessions.session(UUID.fromString(board)).startsAt()).isEqualTo(LocalDateTime.of(2027, 3, 9, 14, 0));

        assertThat(move(SECRETARIAT, path, "2027-03-10T09:30", "Europe/Paris").getRedirectedUrl())
                .isEqualTo("/secretariat/governance/sessions/" + board);
        assertThat(Mail.awaitBody(BOARD, "The Governing Board session has moved: Moving Board " + suffix))
                .contains("When: 10 March 2027 at 09:30 (Europe/Paris, UTC+01:00)", "How: On site", "Where: Paris",
                        "/governance/sessions/" + board);

        String held = api.post(SECRETARIAT, "/api/v1/secretariat/sessions", Map.of("body", "BOARD", "title", "Held Board " + suffix,
                "startsAt", LocalDateTime.of(2026, 1, 9, 14, 0).toString(), "zone", "UTC", "mode", "ONLINE"))
                .body().get("session").get("id").asString();
        mvc.perform(post("/secretariat/governance/sessions/" + held + "/status").param("status", "HELD")
                .with(user(people.loadUserByUsername(SECRETARIAT))).with(csrf()));
        MockHttpServletResponse kept = move(SECRETARIAT, "/secretariat/governance/sessions/" + held + "/schedule",
                "2026-02-09T14:00", "UTC");
        assertThat(kept.getStatus()).isEqualTo(422);
        assertThat(kept.getContentAsString(StandardCharsets.UTF_8)).contains("keeps the date it was held on");
    }

    private MockHttpServletResponse move(String who, String path, String startsAt, String zone) throws Exception {
        return mvc.perform(post(path).param("startsAt", startsAt).param("zone", zone).param("mode", "ON_SITE")
                .param("location", "Paris").with(user(people.loadUserByUsername(who))).with(csrf()).locale(Locale.ENGLISH))
                .andReturn().getResponse();
    }

    @Test
    void delegatesAreToldThatAVoteOpenedRemindedADayBeforeItsDeadlineAndToldOfItsResult() throws Exception {
        Api api = new Api(mvc, people, json);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String assembly = session(api, "ASSEMBLY", "Voting Assembly " + suffix, "ONLINE", null);
        var deadline = clock.instant().plus(Duration.ofHours(30)).truncatedTo(ChronoUnit.MINUTES);
        String title = "Budget " + suffix;
        String motion = api.post(SECRETARIAT, "/api/v1/secretariat/motions", Map.of("sessionId", assembly, "title", title,
                "rule", "SIMPLE_MAJORITY", "quorumBasis", "ENTITLED", "quorumPercent", 0, "secret", false, "proxyLimit", 1,
                "deadline", deadline.toString())).text("id");
        api.post(SECRETARIAT, "/api/v1/secretariat/motions/" + motion + "/open", null);
        String local = "d MMMM yyyy 'at' HH:mm";
        String closes = java.time.format.DateTimeFormatter.ofPattern(local, java.util.Locale.ENGLISH)
                .format(deadline.atZone(ZoneId.of("Asia/Shanghai")));
        assertThat(Mail.awaitBody(DELEGATE, "Vote open in the General Assembly: " + title))
                .contains("Session: Voting Assembly " + suffix, "Ballots are accepted until " + closes
                        + " (Asia/Shanghai, UTC+08:00)", "/representative/votes");

        clock.advance(Duration.ofHours(7));
        reminders.remind();
        assertThat(Mail.awaitBody(DELEGATE, "Your organization has not voted yet: " + title))
                .contains("closes soon", "Ballots are accepted until " + closes, "/representative/votes");

        api.post(SECRETARIAT, "/api/v1/secretariat/motions/" + motion + "/close", null);
        api.post(SECRETARIAT, "/api/v1/secretariat/motions/" + motion + "/publish", null);
        assertThat(Mail.awaitBody(DELEGATE, "Result published: " + title))
                .contains("The motion was not adopted.", "/governance/sessions/" + assembly);
    }

    @Test
    void delegatesAreToldThatAnElectionOpenedAndOfItsResult() throws Exception {
        Api api = new Api(mvc, people, json);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String assembly = session(api, "ASSEMBLY", "Electing Assembly " + suffix, "ONLINE", null);
        UUID own = delegates.organizationOf(accounts.idOf(DELEGATE).orElseThrow()).orElseThrow();
        String title = "Board election " + suffix;
        String election = api.post(SECRETARIAT, "/api/v1/secretariat/elections", Map.of("sessionId", assembly, "title", title,
                "seats", 1, "candidates", List.of(own.toString()))).text("id");
        api.post(SECRETARIAT, "/api/v1/secretariat/elections/" + election + "/open", null);
        assertThat(Mail.awaitBody(DELEGATE, "Vote open in the General Assembly: " + title))
                .contains("on the election", "The Secretariat closes the vote", "/representative/votes");
        api.post(SECRETARIAT, "/api/v1/secretariat/elections/" + election + "/close", null);
        api.post(SECRETARIAT, "/api/v1/secretariat/elections/" + election + "/publish", null);
        assertThat(Mail.awaitBody(DELEGATE, "Result published: " + title))
                .contains("names the organizations elected", "/governance/sessions/" + assembly);
    }

    private String session(Api api, String body, String title, String mode, String location) throws Exception {
        Map<String, Object> request = new java.util.HashMap<>(Map.of("body", body, "title", title,
                "startsAt", LocalDateTime.of(2027, 3, 9, 14, 0).toString(), "zone", "Asia/Shanghai", "mode", mode));
        if (location != null) {
            request.put("location", location);
        }
        return api.post(SECRETARIAT, "/api/v1/secretariat/sessions", request).body().get("session").get("id").asString();
    }
}
