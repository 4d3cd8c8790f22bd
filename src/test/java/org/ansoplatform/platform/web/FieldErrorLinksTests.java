package org.ansoplatform.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ansoplatform.FieldErrors;
import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallTestDataAccess;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.review.TestSubjects;
import org.ansoplatform.review.panels.PanelSetup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A refused form as a screen reader meets it (issue 16, item 7): each message tied to its field, the field
 * marked invalid, and the summary at the top listing every message as a link to its field and taking the focus.
 */
class FieldErrorLinksTests extends IntegrationTest {

    private static final Pattern FIELD = Pattern.compile("<(?:input|select|textarea)\\b[^>]*>");
    private static final Pattern MESSAGE = Pattern.compile("<small class=\"field-error\" id=\"([^\"]+)-error\">");
    private static final Pattern SUMMARY_LINK = Pattern.compile("<li>\\s*<a href=\"#([^\"]+)\">([^<]+)</a></li>");

    @Autowired
    MockMvc mvc;

    @Autowired
    CallManagement calls;

    @Autowired
    ApplicationIntake applications;

    @Autowired
    AccountManagement accounts;

    @Autowired
    UserDetailsService people;

    @Autowired
    PanelSetup panels;

    @Autowired
    TestSubjects subjects;

    @Test
    void everyMessageOfARefusedApplicationIsTiedToItsFieldAndLinkedFromTheSummary() throws Exception {
        Someone applicant = Someone.register(accounts, "Łukasz Wiśniewski", "APPLICANT");
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        UUID callId = calls.create(CallTestDataAccess.call("a11y", now.minusDays(1), now.plusDays(20)));
        UUID id = applications.start(callId, applicant);

        String page = mvc.perform(post("/applications/" + id + "/submit").param("key", UUID.randomUUID().toString())
                .with(applicant.signedIn()).with(csrf()).locale(Locale.ENGLISH)).andReturn().getResponse().getContentAsString();

        List<String> messages = messages(page);
        messages.remove("referees"); // about the referee form as a whole, linked from the summary to its first field
        assertThat(messages).hasSizeGreaterThanOrEqualTo(3).contains("birthDate", "cv");
        for (String field : messages) {
            assertThat(fieldsDescribedBy(page, field + "-error")).as(field).isNotEmpty()
                    .allSatisfy(tag -> assertThat(tag).contains("aria-invalid=\"true\""));
        }
        assertSummaryLinksEveryMessageToAFieldOnThePage(page, messages.size() + 1);
    }

    @Test
    void aRefusedMembershipApplicationTiesEachMessageToItsFieldAfterItsHint() throws Exception {
        String page = mvc.perform(post("/membership/apply").param("legalName", "").param("country", "ZZ")
                .locale(Locale.ENGLISH).with(user(people.loadUserByUsername("applicant@example.org"))).with(csrf()))
                .andReturn().getResponse().getContentAsString();

        assertThat(tag(page, "legalName")).contains("aria-invalid=\"true\"").contains("aria-describedby=\"legalName-error\"");
        assertThat(tag(page, "country")).contains("aria-invalid=\"true\"").contains("aria-describedby=\"country-hint country-error\"");
        assertThat(tag(page, "originalName")).doesNotContain("aria-invalid").doesNotContain("aria-describedby");
        assertThat(page).containsPattern("class=\"form-errors\" role=\"alert\" tabindex=\"-1\" autofocus(=\"autofocus\")? data-error-summary");
        assertSummaryLinksEveryMessageToAFieldOnThePage(page, messages(page).size());
        assertThat(summaryLinks(page)).containsKey("legalName").containsKey("country");
    }

    @Test
    void aRefusedRefereeDeclineTiesTheReasonToItsMessageAndTheSummaryLinksToIt() throws Exception {
        Someone applicant = Someone.register(accounts, "Nguyễn Văn Thành", "APPLICANT");
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        UUID callId = calls.create(CallTestDataAccess.languageCall(now.minusDays(1), now.plusDays(20), false));
        UUID id = applications.start(callId, applicant);
        String referee = "prof.tran." + System.nanoTime() + "@example.net";
        applications.inviteReferee(id, "Prof. Trần", referee, "Hanoi University", applicant);
        String token = URLDecoder.decode(Mail.token(Mail.awaitBody(referee, "Reference letter")), StandardCharsets.UTF_8);

        var refused = mvc.perform(post("/referee/decline").param("token", token).param("reason", "x".repeat(2001))
                .with(csrf()).locale(Locale.ENGLISH)).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        String page = refused.getContentAsString(StandardCharsets.UTF_8);

        assertThat(tag(page, "reason")).contains("aria-invalid=\"true\"").contains("aria-describedby=\"reason-error\"");
        assertThat(FieldErrors.of(page, "reason")).isEqualTo("The reason is limited to 2,000 characters.");
        assertThat(summaryLinks(page)).containsExactly(Map.entry("reason", "The reason is limited to 2,000 characters."));
        assertSummaryLinksEveryMessageToAFieldOnThePage(page, 1);
        assertThat(tag(page, "file")).doesNotContain("aria-invalid");
    }

    @Test
    void aRefusedRubricTiesEveryRowsMessageToItsFieldAndTheSummaryLinksToThem() throws Exception {
        UUID panel = panels.open(TestSubjects.TYPE, subjects.scope(List.of()));
        Someone secretary = Someone.register(accounts, "Rubric Secretary", "SECRETARIAT");

        var refused = mvc.perform(post("/secretariat/review/panels/{id}/rubric", panel).with(secretary.signedIn()).with(csrf())
                .locale(Locale.ENGLISH).param("scaleMin", "5").param("scaleMax", "1")
                .param("criteria[0].key", "Bad Key").param("criteria[0].name[en]", "Quality").param("criteria[0].weight", "0")
                .param("criteria[0].min", "1").param("criteria[0].max", "5")
                .param("criteria[1].key", "impact").param("criteria[1].weight", "1")
                .param("criteria[1].min", "1").param("criteria[1].max", "5")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        String page = refused.getContentAsString(StandardCharsets.UTF_8);

        List<String> messages = messages(page);
        assertThat(messages).contains("scaleMax", "criteria[0].key", "criteria[0].weight", "criteria[1].name");
        for (String field : messages) {
            assertThat(fieldsDescribedBy(page, field + "-error")).as(field).singleElement()
                    .satisfies(tag -> assertThat(tag).contains("aria-invalid=\"true\""));
        }
        assertThat(tag(page, "scaleMax")).contains("aria-describedby=\"scaleMax-error\"");
        assertThat(tag(page, "criteria0.key")).contains("aria-describedby=\"criteria[0].key-error\"");
        assertThat(tag(page, "criteria1.name")).contains("aria-describedby=\"criteria[1].name-error\"");
        assertThat(tag(page, "criteria0.min")).doesNotContain("aria-invalid");
        assertSummaryLinksEveryMessageToAFieldOnThePage(page, messages.size());
        assertThat(summaryLinks(page)).containsKeys("scaleMax", "criteria0.key", "criteria0.weight", "criteria1.name");
    }

    private void assertSummaryLinksEveryMessageToAFieldOnThePage(String page, int messages) {
        Map<String, String> links = summaryLinks(page);
        assertThat(links).hasSize(messages);
        links.keySet().forEach(target -> assertThat(page).as(target).contains("id=\"" + target + "\""));
    }

    private static List<String> messages(String page) {
        List<String> fields = new ArrayList<>();
        Matcher matcher = MESSAGE.matcher(page);
        while (matcher.find()) {
            fields.add(matcher.group(1));
        }
        return fields;
    }

    private static Map<String, String> summaryLinks(String page) {
        int start = page.indexOf("data-error-summary");
        String summary = page.substring(start, page.indexOf("</div>", start));
        Map<String, String> links = new LinkedHashMap<>();
        Matcher matcher = SUMMARY_LINK.matcher(summary);
        while (matcher.find()) {
            links.put(matcher.group(1), matcher.group(2));
        }
        return links;
    }

    private static List<String> fieldsDescribedBy(String page, String messageId) {
        List<String> tags = new ArrayList<>();
        Matcher matcher = FIELD.matcher(page);
        while (matcher.find()) {
            Matcher describedBy = Pattern.compile("aria-describedby=\"([^\"]*)\"").matcher(matcher.group());
            if (describedBy.find() && List.of(describedBy.group(1).split(" ")).contains(messageId)) {
                tags.add(matcher.group());
            }
        }
        return tags;
    }

    private static String tag(String page, String id) {
        Matcher matcher = FIELD.matcher(page);
        while (matcher.find()) {
            if (matcher.group().contains("id=\"" + id + "\"")) {
                return matcher.group();
            }
        }
        throw new AssertionError("no field " + id);
    }
}
