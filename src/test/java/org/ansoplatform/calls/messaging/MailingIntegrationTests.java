package org.ansoplatform.calls.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.calls.ApplicationQueries.Filter;
import org.ansoplatform.calls.ApplicationStatus;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallTestDataAccess;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.shared.Actor;
import org.ansoplatform.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The Secretariat writes to everyone in a filtered list: one mail each, merged for its reader, without the platform's
 * greeting, answered to the reply-to; refusals store nothing; a reminder goes out once; two senders send once.
 */
class MailingIntegrationTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired CallManagement calls;
    @Autowired ApplicationIntake applications;
    @Autowired AccountManagement accounts;
    @Autowired Mailings mailings;
    @Autowired MailingSender sender;
    @Autowired MessageTemplates templates;
    @Autowired DraftReminders reminders;

    private UUID call() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        return calls.create(CallTestDataAccess.call("mail", now.minusDays(1), now.plusDays(10)));
    }

    private Someone draft(UUID callId, String name) {
        Someone applicant = Someone.register(accounts, name, "APPLICANT");
        applications.start(callId, applicant);
        return applicant;
    }

    private static List<MimeMessage> received(String address, String subject) {
        return IntegrationTest.MAIL.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), message -> true).toList()
                .stream().filter(message -> {
                    try {
                        return message.getSubject().contains(subject);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    private MockHttpServletResponse send(UUID callId, Someone who, Map<String, String> parameters) throws Exception {
        MockHttpServletRequestBuilder request = post("/secretariat/calls/" + callId + "/messages").with(who.signedIn()).with(csrf());
        parameters.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void everyUnfinishedDraftGetsExactlyOneMessageMergedForItsReaderAndAnsweredToTheReplyTo() throws Exception {
        UUID callId = call();
        Someone amina = draft(callId, "Amina Diallo");
        Someone kwame = draft(callId, "Kwame Mensah");
        Someone submitted = Someone.register(accounts, "Sora Tanaka", "APPLICANT");
        CallTestDataAccess.submitted(applications, callId, submitted, "JP");
        Someone secretariat = Someone.register(accounts, "Sam Mailing", "SECRETARIAT");
        String subject = "Your draft " + UUID.randomUUID();

        String compose = mvc.perform(get("/secretariat/calls/" + callId + "/messages/new").param("status", "DRAFT").with(secretariat.signedIn()))
                .andReturn().getResponse().getContentAsString();
        assertThat(compose).contains("2 recipients", "Status: Draft");
        String preview = mvc.perform(post("/secretariat/calls/" + callId + "/messages/preview").param("status", "DRAFT")
                .param("subject", subject).param("body", "Dear {name},\n\nStill missing:\n{missing}").with(secretariat.signedIn()).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("Dear Amina Diallo,", "Dear Kwame Mensah,", "CV").doesNotContain("Sora Tanaka");

        MockHttpServletResponse sent = send(callId, secretariat, Map.of("status", "DRAFT", "subject", subject,
                "body", "Dear {name},\n\nYour application to {call} closes on {deadline}. Still missing:\n{missing}\n\n{link}",
                "replyTo", "admissions@example.org"));
        assertThat(sent.getStatus()).isEqualTo(302);
        assertThat(sent.getRedirectedUrl()).isEqualTo("/secretariat/calls/" + callId + "/messages");
        sender.sendAll();

        String body = Mail.awaitBody(amina.email(), subject).replace("\r\n", "\n");
        assertThat(body).startsWith("Dear Amina Diallo,\n\nYour application to Test call").contains("(Asia/Shanghai)", "- CV",
                "/applications/").doesNotContain("Dear Amina Diallo,\n\nDear");
        assertThat(Mail.awaitBody(kwame.email(), subject)).startsWith("Dear Kwame Mensah,");
        await().atMost(Duration.ofSeconds(10)).until(() -> mailings.ofCall(callId).get(0).sent() == 2);
        assertThat(received(amina.email(), subject)).hasSize(1).first().satisfies(message ->
                assertThat(((InternetAddress) message.getReplyTo()[0]).getAddress()).isEqualTo("admissions@example.org"));
        assertThat(received(kwame.email(), subject)).hasSize(1);
        assertThat(received(submitted.email(), subject)).isEmpty();
        assertThat(mvc.perform(get("/secretariat/calls/" + callId + "/messages").with(secretariat.signedIn())).andReturn().getResponse()
                .getContentAsString()).contains(subject, "2 of 2");
    }

    @Test
    void anUnknownFieldAnEmptyFilterAndABadReplyToAreRefusedNextToTheirFieldsAndNothingIsStored() throws Exception {
        UUID callId = call();
        draft(callId, "Lucía Fernández");
        Someone secretariat = Someone.register(accounts, "Sam Refusals", "SECRETARIAT");

        MockHttpServletResponse unknown = send(callId, secretariat, Map.of("status", "DRAFT", "subject", "Hello", "body", "Dear {nmae},"));
        assertThat(unknown.getStatus()).isEqualTo(422);
        assertThat(unknown.getContentAsString()).contains("id=\"body-error\"", "There is no merge field {nmae}.");
        MockHttpServletResponse empty = send(callId, secretariat, Map.of("status", "WITHDRAWN", "subject", "Hello", "body", "Dear {name},"));
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(empty.getContentAsString()).contains("id=\"filter-error\"", "No application matches this filter");
        MockHttpServletResponse replyTo = send(callId, secretariat, Map.of("status", "DRAFT", "subject", "Hello", "body", "Dear {name},",
                "replyTo", "not an address"));
        assertThat(replyTo.getStatus()).isEqualTo(422);
        assertThat(replyTo.getContentAsString()).contains("id=\"replyTo-error\"");
        MockHttpServletResponse badFilter = send(callId, secretariat, Map.of("status", "NOT_A_STATUS", "subject", "Hello", "body", "Hi"));
        assertThat(badFilter.getStatus()).isEqualTo(422);
        assertThat(mailings.ofCall(callId)).isEmpty();

        MockHttpServletResponse template = mvc.perform(post("/secretariat/calls/templates").param("name", "Broken")
                .param("subject[en]", "Hello").param("body[en]", "Dear {nmae},").with(secretariat.signedIn()).with(csrf()))
                .andReturn().getResponse();
        assertThat(template.getStatus()).isEqualTo(422);
        assertThat(template.getContentAsString()).contains("There is no merge field {nmae}.");
        assertThat(templates.all()).noneMatch(saved -> saved.name().equals("Broken"));
    }

    @Test
    void theComposePagesAreTheSecretariatsAlone() throws Exception {
        UUID callId = call();
        Someone applicant = draft(callId, "Chidi Okafor");
        for (String path : List.of("/secretariat/calls/" + callId + "/messages/new", "/secretariat/calls/" + callId + "/messages",
                "/secretariat/calls/templates", "/secretariat/calls/" + callId + "/reminders")) {
            assertThat(mvc.perform(get(path).with(applicant.signedIn())).andReturn().getResponse().getStatus()).isEqualTo(403);
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).isIn(302, 401);
        }
        MockHttpServletResponse posted = send(callId, applicant, Map.of("status", "DRAFT", "subject", "Hi", "body", "Hello"));
        assertThat(posted.getStatus()).isEqualTo(403);
        assertThat(mailings.ofCall(callId)).isEmpty();
    }

    @Test
    void aReminderGoesOutOnceWhenItsDayHasCome() throws Exception {
        UUID callId = call();
        Someone hong = draft(callId, "Nguyễn Thị Hồng");
        String subject = "Reminder " + UUID.randomUUID();
        UUID template = templates.save(null, callId, "Three days before", Map.of("en", subject, "zh", subject + " 提醒"),
                Map.of("en", "Dear {name},\n\nThe call closes on {deadline}.", "zh", "{name}，您好：截止时间 {deadline}。"));
        templates.remind(callId, template, 3, "admissions@example.org");

        reminders.run();
        assertThat(mailings.ofCall(callId)).isEmpty();
        clock.advance(Duration.ofDays(8));
        reminders.run();
        reminders.run();
        assertThat(mailings.ofCall(callId)).hasSize(1);
        sender.sendAll();
        assertThat(Mail.awaitBody(hong.email(), subject)).startsWith("Dear Nguyễn Thị Hồng,");
        clock.advance(Duration.ofHours(1));
        reminders.run();
        assertThat(mailings.ofCall(callId)).hasSize(1);
        assertThat(templates.reminders(callId)).singleElement().satisfies(reminder -> assertThat(reminder.sentAt()).isNotNull());
        await().atMost(Duration.ofSeconds(10)).until(() -> mailings.ofCall(callId).get(0).sent() == 1);
        assertThat(received(hong.email(), subject)).hasSize(1);
    }

    @Test
    void twoSendersRacingSendEachMessageOnce() throws Exception {
        UUID callId = call();
        List<Someone> drafts = List.of(draft(callId, "Race One"), draft(callId, "Race Two"), draft(callId, "Race Three"),
                draft(callId, "Race Four"));
        String subject = "Race " + UUID.randomUUID();
        Filter filter = new Filter(null, null, ApplicationStatus.DRAFT, null, null, null);
        mailings.send(callId, filter, new Mailings.Message(LocalizedText.of(Map.of("en", subject)), LocalizedText.of(Map.of("en", "Dear {name},")),
                null), Actor.system(clock.instant()));

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> sender.sendBatch(2));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> sender.sendBatch(100));
        first.join();
        second.join();
        sender.sendAll();

        await().atMost(Duration.ofSeconds(15)).until(() -> mailings.ofCall(callId).get(0).sent() == 4);
        for (Someone applicant : drafts) {
            assertThat(Mail.awaitBody(applicant.email(), subject)).startsWith("Dear " + applicant.displayName() + ",");
            assertThat(received(applicant.email(), subject)).hasSize(1);
        }
    }

    @Test
    void theSecretariatWritesATemplateListsItEditsItAndSchedulesAReminderWithIt() throws Exception {
        UUID callId = call();
        Someone secretariat = Someone.register(accounts, "Sam Templates", "SECRETARIAT");
        String name = "Welcome " + UUID.randomUUID();
        MockHttpServletResponse saved = mvc.perform(post("/secretariat/calls/templates").param("name", name).param("call", callId.toString())
                .param("subject[en]", "Welcome, {name}").param("body[en]", "Dear {name},\n\nWelcome to {call}.")
                .param("subject[zh]", "欢迎 {name}").param("body[zh]", "{name}，您好：欢迎申请{call}。")
                .with(secretariat.signedIn()).with(csrf())).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        MessageTemplates.Template template = templates.all().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        assertThat(template.subject().get("zh")).isEqualTo("欢迎 {name}");

        assertThat(mvc.perform(get("/secretariat/calls/templates").with(secretariat.signedIn())).andReturn().getResponse().getContentAsString())
                .contains(name, "Test call mail-");
        assertThat(mvc.perform(get("/secretariat/calls/templates/" + template.id()).with(secretariat.signedIn())).andReturn().getResponse()
                .getContentAsString()).contains("欢迎 {name}");
        assertThat(mvc.perform(get("/secretariat/calls/templates/new").with(secretariat.signedIn())).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        String compose = mvc.perform(get("/secretariat/calls/" + callId + "/messages/new").param("status", "DRAFT")
                .param("template", template.id().toString()).with(secretariat.signedIn())).andReturn().getResponse().getContentAsString();
        assertThat(compose).contains("value=\"Welcome, {name}\"");

        MockHttpServletResponse badDays = mvc.perform(post("/secretariat/calls/" + callId + "/reminders").param("template", template.id().toString())
                .param("daysBefore", "0").with(secretariat.signedIn()).with(csrf())).andReturn().getResponse();
        assertThat(badDays.getStatus()).isEqualTo(422);
        assertThat(badDays.getContentAsString()).contains("id=\"daysBefore-error\"");
        assertThat(templates.reminders(callId)).isEmpty();
        assertThat(mvc.perform(post("/secretariat/calls/" + callId + "/reminders").param("template", template.id().toString())
                .param("daysBefore", "5").with(secretariat.signedIn()).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(mvc.perform(get("/secretariat/calls/" + callId + "/reminders").with(secretariat.signedIn())).andReturn().getResponse()
                .getContentAsString()).contains(name);

        assertThat(mvc.perform(post("/secretariat/calls/templates/" + template.id() + "/delete").with(secretariat.signedIn()).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(templates.find(template.id())).isEmpty();
        assertThat(templates.reminders(callId)).isEmpty();
    }
}
