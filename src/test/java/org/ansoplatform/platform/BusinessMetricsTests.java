package org.ansoplatform.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallTestDataAccess;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.Choice;
import org.ansoplatform.governance.DelegateManagement;
import org.ansoplatform.governance.MotionCommand;
import org.ansoplatform.governance.MotionManagement;
import org.ansoplatform.governance.QuorumBasis;
import org.ansoplatform.governance.SessionCommand;
import org.ansoplatform.governance.SessionManagement;
import org.ansoplatform.governance.SessionMode;
import org.ansoplatform.governance.SubjectType;
import org.ansoplatform.governance.VotingRule;
import org.ansoplatform.meetings.MeetingManagement;
import org.ansoplatform.meetings.RegistrationManagement;
import org.ansoplatform.meetings.RegistrationStatus;
import org.ansoplatform.meetings.TestMeetings;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.organizations.TestMembers;
import org.ansoplatform.shared.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The business metrics rise by exactly what was done (applications submitted per call, registrations per status,
 * ballots), the timers count the work, the pending events gauge is there; and only a scrape token reads them.
 */
class BusinessMetricsTests extends IntegrationTest {

    /** One sample of the Prometheus text format: a name, labels in braces, a value. */
    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})? (\\S+)( \\d+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

    @Autowired MockMvc mvc;
    @Autowired AccountManagement accounts;
    @Autowired CallManagement calls;
    @Autowired CallQueries callQueries;
    @Autowired ApplicationIntake applications;
    @Autowired MeetingManagement meetings;
    @Autowired RegistrationManagement registrations;
    @Autowired MotionManagement motions;
    @Autowired SessionManagement sessions;
    @Autowired DelegateManagement delegates;
    @Autowired OrganizationManagement organizations;

    record Delegate(UUID id, String email, String displayName) implements SignedInPerson {
        @Override
        public boolean hasRole(String role) {
            return "MEMBER_REPRESENTATIVE".equals(role);
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void submissionsRegistrationsAndBallotsRaiseTheirCountersByExactlyWhatWasDone() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        UUID callId = calls.create(CallTestDataAccess.call("metrics", now.minusDays(1), now.plusDays(10)));
        String code = callQueries.get(callId).definition().code();
        UUID meetingId = meetings.create(TestMeetings.course("Metrics course", 1, null, false, List.of()));
        Map<String, Double> before = scrape();

        for (String name : List.of("Metric Applicant One", "Metric Applicant Two")) {
            Someone applicant = Someone.register(accounts, name, "APPLICANT");
            UUID application = CallTestDataAccess.submitted(applications, callId, applicant, "PK");
            // a second submit of a submitted application answers the stored one: not a second submission
            applications.submit(application, null, applicant);
        }
        assertThat(registrations.register(meetingId, TestMeetings.person("Metric First", TestMeetings.email("metric-a"), "NP"), null)
                .status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registrations.register(meetingId, TestMeetings.person("Metric Second", TestMeetings.email("metric-b"), "NP"), null)
                .status()).isEqualTo(RegistrationStatus.WAITING);
        castBallots(3);

        Map<String, Double> after = scrape();
        assertThat(delta(before, after, "anso_applications_submitted_total{call=\"" + code + "\"}")).isEqualTo(2.0);
        assertThat(delta(before, after, "anso_meetings_registrations_total{status=\"CONFIRMED\"}")).isEqualTo(1.0);
        assertThat(delta(before, after, "anso_meetings_registrations_total{status=\"WAITING\"}")).isEqualTo(1.0);
        assertThat(delta(before, after, "anso_governance_ballots_total")).isEqualTo(3.0);
        assertThat(after.get("anso_applications_submit_seconds_count")).isGreaterThanOrEqualTo(2.0);
        assertThat(delta(before, after, "anso_meetings_register_seconds_count")).isEqualTo(2.0);
        assertThat(after).containsKey("anso_events_pending");
        assertThat(after.get("anso_events_pending")).isGreaterThanOrEqualTo(0.0);
        assertThat(after).containsKey("anso_events_retried_total");
    }

    @Test
    void onlyAScrapeTokenReadsTheMetrics() throws Exception {
        MockHttpServletResponse anonymous = mvc.perform(get("/actuator/prometheus")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getHeader("WWW-Authenticate")).startsWith("Bearer");
        assertThat(anonymous.getRedirectedUrl()).isNull();
        MockHttpServletResponse wrong = mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer not-the-token"))
                .andReturn().getResponse();
        assertThat(wrong.getStatus()).isEqualTo(401);
        assertThat(wrong.getHeader("WWW-Authenticate")).contains("invalid_token");
        Someone applicant = Someone.register(accounts, "Metrics Curious Applicant", "APPLICANT");
        assertThat(mvc.perform(get("/actuator/prometheus").with(applicant.signedIn())).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        MockHttpServletResponse scraped = mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + METRICS_TOKEN))
                .andReturn().getResponse();
        assertThat(scraped.getStatus()).isEqualTo(200);
        assertThat(scraped.getContentType()).startsWith("text/plain");
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).as("health stays public").isEqualTo(200);
        assertThat(mvc.perform(get("/actuator/env").header("Authorization", "Bearer " + METRICS_TOKEN)).andReturn().getResponse()
                .getStatus()).as("the token reads the metrics and nothing else").isIn(403, 404);
    }

    /** Three delegates of three member academies vote on an open Assembly motion. */
    private void castBallots(int count) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        List<UUID> people = new ArrayList<>();
        List<UUID> academies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID academy = TestMembers.create(organizations, new OrganizationCommand("Zz metrics academy " + i + " " + suffix,
                    null, "NP", OrganizationType.ACADEMY, OrganizationStatus.MEMBER, null, null, null));
            UUID person = UUID.randomUUID();
            delegates.appoint(person, academy, Actor.system(java.time.Instant.now()));
            people.add(person);
            academies.add(academy);
        }
        UUID assembly = sessions.create(new SessionCommand(Body.ASSEMBLY, "Metrics Assembly " + suffix,
                LocalDateTime.of(2026, 9, 1, 10, 0), "UTC", SessionMode.ONLINE, null));
        academies.forEach(academy -> sessions.setAttendance(assembly, academy, true));
        UUID motion = motions.create(new MotionCommand(assembly, null, "Counted ballots " + suffix, null, VotingRule.SIMPLE_MAJORITY,
                QuorumBasis.PRESENT, 50, false, 0, null, SubjectType.OTHER, null));
        motions.open(motion);
        for (UUID person : people) {
            Delegate delegate = new Delegate(person, person + "@example.net", "Delegate");
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(delegate, null,
                    List.of(new SimpleGrantedAuthority("ROLE_MEMBER_REPRESENTATIVE"))));
            motions.cast(motion, Choice.YES, null);
        }
        SecurityContextHolder.clearContext();
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String sample) {
        assertThat(after).as(sample).containsKey(sample);
        return after.get(sample) - before.getOrDefault(sample, 0.0);
    }

    /** The exposition read strictly: every line a comment or a sample, samples keyed by name and sorted labels. */
    private Map<String, Double> scrape() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + METRICS_TOKEN))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        Map<String, Double> samples = new HashMap<>();
        for (String line : response.getContentAsString(StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            assertThat(sample.matches()).as("a sample line: " + line).isTrue();
            StringBuilder key = new StringBuilder(sample.group(1));
            if (sample.group(3) != null && !sample.group(3).isEmpty()) {
                List<String> labels = new ArrayList<>();
                Matcher label = LABEL.matcher(sample.group(3));
                int end = 0;
                while (label.find() && label.start() == end) {
                    labels.add(label.group(1) + "=\"" + label.group(2) + "\"");
                    end = label.end();
                }
                assertThat(end).as("labels of " + line).isEqualTo(sample.group(3).length());
                labels.sort(null);
                key.append('{').append(String.join(",", labels)).append('}');
            }
            samples.put(key.toString(), Double.parseDouble(sample.group(4)));
        }
        return samples;
    }
}
