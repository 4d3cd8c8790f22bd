package org.ansoplatform.publications.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Mail;
import org.ansoplatform.ProofOfWorkSolver;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.platform.ProofOfWork;
import org.ansoplatform.publications.SubscriptionManagement;
import org.ansoplatform.publications.SubscriptionRequested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Double opt-in and one-click unsubscribing: a visitor subscribes, confirms from the mail (twice is harmless and
 * says so), and unsubscribes with the link's POST alone; forged links answer a clear 404 and change nothing.
 */
@RecordApplicationEvents
class SubscriptionTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired ProofOfWork proofOfWork;
    @Autowired SubscriptionManagement subscriptions;
    @Autowired SubscriberStore subscribers;
    @Autowired UnsubscribeLinks links;
    @Autowired AccountManagement accounts;
    @Autowired ApplicationEvents events;

    static String address() {
        return "reader." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @Test
    void aVisitorSubscribesConfirmsTwiceAndUnsubscribesInOneClick() throws Exception {
        String email = address();
        mvc.perform(post("/newsletters/subscribe").param("email", email).param("language", "zh").with(csrf()))
                .andExpect(status().is(422));
        assertThat(subscribers.byEmail(email)).isEmpty();
        mvc.perform(post("/newsletters/subscribe").param("email", email).param("language", "zh").with(csrf())
                .with(ProofOfWorkSolver.solved(proofOfWork))).andExpect(status().is3xxRedirection());
        assertThat(subscribers.byEmail(email).orElseThrow().status()).isEqualTo(SubscriberStatus.PENDING);

        String body = Mail.awaitBody(email, "ANSO 简报");
        String confirm = Mail.path(body);
        assertThat(confirm).startsWith("/newsletters/confirm?token=");
        String first = mvc.perform(get(confirm)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(first).contains("data-outcome=\"CONFIRMED\"");
        assertThat(subscribers.byEmail(email).orElseThrow().status()).isEqualTo(SubscriberStatus.CONFIRMED);
        String second = mvc.perform(get(confirm)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(second).contains("data-outcome=\"ALREADY_CONFIRMED\"", "nothing changed");

        UUID id = subscribers.byEmail(email).orElseThrow().id();
        String secret = links.secret(id);
        String page = mvc.perform(get("/newsletters/unsubscribe/" + secret)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("action=\"/newsletters/unsubscribe/" + secret + "\"");
        assertThat(subscribers.byEmail(email).orElseThrow().status()).isEqualTo(SubscriberStatus.CONFIRMED);
        // RFC 8058: a mail client posts List-Unsubscribe=One-Click, without a session, a CSRF token or a challenge
        mvc.perform(post("/newsletters/unsubscribe/" + secret).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("List-Unsubscribe=One-Click")).andExpect(status().isOk());
        assertThat(subscribers.byEmail(email).orElseThrow().status()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);
        assertThat(mvc.perform(post("/newsletters/unsubscribe/" + secret)).andReturn().getResponse().getContentAsString())
                .contains("data-outcome=\"ALREADY_UNSUBSCRIBED\"");
        // an old confirmation link does not subscribe again
        assertThat(mvc.perform(get(confirm)).andReturn().getResponse().getContentAsString()).contains("ALREADY_UNSUBSCRIBED");
        assertThat(subscribers.byEmail(email).orElseThrow().status()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);
    }

    @Test
    void forgedLinksAnswerAClearNotFoundAndChangeNothing() throws Exception {
        String email = address();
        subscriptions.request(email, "en");
        String confirmPath = events.stream(SubscriptionRequested.class).filter(e -> e.email().equals(email)).findFirst().orElseThrow()
                .confirmPath();
        subscriptions.confirm(confirmPath.substring(confirmPath.indexOf("token=") + 6));
        UUID id = subscribers.byEmail(email).orElseThrow().id();
        String genuine = links.secret(id);

        String forgedConfirm = mvc.perform(get("/newsletters/confirm").param("token", "forged-" + UUID.randomUUID()))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(forgedConfirm).contains("data-outcome=\"UNKNOWN\"", "Nothing was changed");
        mvc.perform(get("/newsletters/confirm")).andExpect(status().isNotFound());
        for (String forged : new String[] {id + ".AAAA" + genuine.substring(genuine.indexOf('.') + 5), id.toString(), "nonsense",
                UUID.randomUUID() + genuine.substring(genuine.indexOf('.'))}) {
            mvc.perform(get("/newsletters/unsubscribe/" + forged)).andExpect(status().isNotFound());
            String answer = mvc.perform(post("/newsletters/unsubscribe/" + forged)).andExpect(status().isNotFound()).andReturn()
                    .getResponse().getContentAsString();
            assertThat(answer).contains("data-outcome=\"UNKNOWN\"");
        }
        assertThat(subscribers.byEmail(email).orElseThrow().status()).isEqualTo(SubscriberStatus.CONFIRMED);
        // only the unsubscribe link is exempt from CSRF: the sign-up form is not
        mvc.perform(post("/newsletters/subscribe").param("email", address()).with(ProofOfWorkSolver.solved(proofOfWork)))
                .andExpect(status().isForbidden());
    }

    @Test
    void askingAgainWhenSubscribedSaysSoAndLeaksNothing() throws Exception {
        String email = address();
        subscriptions.request(email, "en");
        String path = events.stream(SubscriptionRequested.class).filter(e -> e.email().equals(email)).findFirst().orElseThrow().confirmPath();
        subscriptions.confirm(path.substring(path.indexOf("token=") + 6));
        mvc.perform(post("/api/v1/subscriptions").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\",\"language\":\"fr\",\"altcha\":\"" + ProofOfWorkSolver.solution(proofOfWork) + "\"}")
                .with(csrf())).andExpect(status().isAccepted());
        assertThat(Mail.awaitBody(email, "déjà")).contains("Rien n’a changé");
        assertThat(subscribers.byEmail(email).orElseThrow().language()).isEqualTo("fr");
        mvc.perform(post("/api/v1/subscriptions").contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"not an address\"}").with(csrf())).andExpect(status().isBadRequest());
    }

    @Test
    void theSecretariatReadsCountsAndNobodyElse() throws Exception {
        Someone secretary = Someone.register(accounts, "Counts Secretary", "SECRETARIAT");
        Someone other = Someone.register(accounts, "Other Person", "MEMBER_REPRESENTATIVE");
        String json = mvc.perform(get("/api/v1/secretariat/subscriptions").with(secretary.signedIn())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"confirmed\"", "\"pending\"").doesNotContain("@example.org");
        mvc.perform(get("/api/v1/secretariat/subscriptions").with(other.signedIn())).andExpect(status().isForbidden());
        mvc.perform(get("/secretariat/newsletters").with(other.signedIn())).andExpect(status().isForbidden());
        assertThat(subscriptions.counts()).containsKeys("confirmed", "pending", "unsubscribed");
        assertThat(Map.copyOf(subscriptions.counts()).values()).allMatch(count -> count >= 0);
    }
}
