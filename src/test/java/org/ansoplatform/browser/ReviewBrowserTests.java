package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.ansoplatform.Mail;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallTestDataAccess;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.review.panels.PanelQueries;
import org.ansoplatform.review.panels.PanelSetup;
import org.ansoplatform.review.ReviewStatus;
import org.ansoplatform.review.ReviewView;
import org.ansoplatform.review.panels.ReviewerPool;
import org.ansoplatform.review.reviewing.ReviewDesk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A review round from conflict declaration to the waitlist: a reviewer declares a conflict and submits a
 * review; the Secretariat runs the assignment, closes reviewing, runs the selection and sends offers; one
 * applicant accepts, another declines, and the next on the waitlist receives an offer by email.
 */
class ReviewBrowserTests extends BrowserTest {

    static final String PASSWORD = "a sturdy review passphrase";

    @Autowired AccountManagement accounts;
    @Autowired CallManagement calls;
    @Autowired ApplicationIntake applications;
    @Autowired ReviewerPool reviewers;
    @Autowired PanelSetup panels;
    @Autowired PanelQueries panelQueries;
    @Autowired ReviewDesk reviews;
    @Autowired JdbcClient jdbc;

    @Test
    void aReviewerDeclaresAConflictAndReviewsTheSecretariatSelectsAndADeclineGoesToTheWaitlist() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        UUID callId = calls.create(CallTestDataAccess.call("review-browser", now.minusDays(1), now.plusDays(10), 2));
        Map<String, Someone> applicants = new HashMap<>();
        Map<String, UUID> applicationOf = new HashMap<>();
        for (String name : List.of("Amina Yusuf", "Bilal Rana", "Carla Mendes")) {
            Someone applicant = someone(name, Role.APPLICANT);
            UUID application = CallTestDataAccess.submitted(applications, callId, applicant, "KE", "natural-sciences");
            String reference = jdbc.sql("select reference from calls.application where id = ?").param(application)
                    .query(String.class).single();
            applicants.put(reference, applicant);
            applicationOf.put(reference, application);
        }
        String conflicted = applicants.entrySet().stream().filter(e -> e.getValue().displayName().equals("Amina Yusuf"))
                .map(Map.Entry::getKey).findFirst().orElseThrow();

        Someone rhea = someone("Rhea Okafor", Role.REVIEWER);
        Someone ravi = someone("Ravi Sharma", Role.REVIEWER);
        UUID rheaId = reviewers.add(new ReviewerPool.ReviewerCommand(rhea.email(), rhea.displayName(), "University of Ibadan", "NG",
                List.of("en"), List.of("1"), 10));
        UUID raviId = reviewers.add(new ReviewerPool.ReviewerCommand(ravi.email(), ravi.displayName(), "Quaid-i-Azam University", "PK",
                List.of("en"), List.of("1"), 10));
        UUID panel = panels.open("call", callId);
        panels.configure(panel, new PanelSetup.Settings(1, 0, 5, 0.01, false, false, List.of(), List.of("nationality"),
                now.plusDays(5).withNano(0), "Asia/Shanghai"));
        panels.loadSubjects(panel);
        panels.invite(panel, List.of(rheaId, raviId));
        panels.answer(ravi.id(), panel, true);
        String secretariatEmail = someone("Sara Secretariat", Role.SECRETARIAT).email();

        // the reviewer accepts the invitation and declares a conflict with one applicant
        Page reviewer = person();
        signIn(reviewer, rhea.email(), PASSWORD);
        reviewer.navigate(url("/reviewer/panels"));
        reviewer.locator("form[action$='/reviewer/panels/" + panel + "/answer'] button[value=true]").click();
        reviewer.locator("a[href$='/reviewer/panels/" + panel + "/conflicts']").click();
        Locator row = reviewer.locator("tr", new Page.LocatorOptions().setHasText(conflicted));
        row.locator("input[name=reason]").fill("She was my master's student.");
        row.locator("button[type=submit]").click();
        assertThat(reviewer.locator("tr", new Page.LocatorOptions().setHasText(conflicted))).containsText("She was my master's student.");

        // the Secretariat runs the assignment and opens reviewing
        Page secretariat = person();
        signIn(secretariat, secretariatEmail, PASSWORD);
        secretariat.navigate(url("/secretariat/review/panels/" + panel));
        secretariat.locator("form[action$='/assignment'] button").click();
        secretariat.locator("form[action$='/reviewing'] button").click();
        assertThat(secretariat.locator("p.panel-status")).hasAttribute("data-status", "REVIEWING");

        // the reviewer never sees the conflicted application, and submits a review of another
        reviewer.navigate(url("/reviewer/reviews"));
        assertThat(reviewer.locator("main")).not().containsText(conflicted);
        reviewer.locator("tr[data-review] a").first().click();
        for (Locator score : reviewer.locator("#rubric-form input[type=number]").all()) {
            score.fill("9");
        }
        for (Locator comment : reviewer.locator("#rubric-form textarea").all()) {
            comment.fill("A clear, well-argued proposal.");
        }
        reviewer.locator("#rubric-form button[formaction$='/submit']").click();
        assertThat(reviewer.locator("section.reviewing-review")).hasAttribute("data-status", "SUBMITTED");

        // the other reviews, through the service: the conflicted applicant strongest, the rest lower
        for (ReviewView review : reviews.mine(rhea)) {
            if (review.status() != ReviewStatus.SUBMITTED) {
                submit(review, 4, rhea);
            }
        }
        for (ReviewView review : reviews.mine(ravi)) {
            submit(review, review.subjectLabel().equals(conflicted) ? 10 : 3, ravi);
        }

        // the call closes (selection waits for it; the sessions of eleven days ago have ended), then the Secretariat
        // closes reviewing, runs the selection and sends offers after confirming the emails
        clock.advance(java.time.Duration.ofDays(11));
        secretariat = person();
        signIn(secretariat, secretariatEmail, PASSWORD);
        secretariat.navigate(url("/secretariat/review/panels/" + panel + "/reviews"));
        secretariat.locator("form.close input[name=confirm]").check();
        secretariat.locator("form.close button").click();
        assertThat(secretariat.locator("section.reviewing-progress")).hasAttribute("data-status", "CLOSED");
        secretariat.navigate(url("/secretariat/calls/" + callId + "/selection"));
        secretariat.locator("form[action$='/selection'] button").click();
        assertThat(secretariat.locator("p.send-preview")).hasAttribute("data-emails", "3");
        secretariat.locator("form.send-offers input[name=confirm]").check();
        secretariat.locator("form.send-offers button").click();
        Locator offered = secretariat.locator("tr[data-status=OFFERED]");
        assertThat(offered).hasCount(2);
        String first = offered.nth(0).getAttribute("data-reference");
        String second = offered.nth(1).getAttribute("data-reference");
        String waitlisted = applicants.keySet().stream().filter(r -> !r.equals(first) && !r.equals(second)).findFirst().orElseThrow();
        assertThat(secretariat.locator("tr[data-reference='" + waitlisted + "'][data-outcome=NOT_SELECTED]")).hasCount(1);

        // one accepts, the other declines, and the next on the waitlist is offered the place by email
        Page accepting = person();
        signIn(accepting, applicants.get(first).email(), PASSWORD);
        accepting.navigate(url("/applications/" + applicationOf.get(first)));
        accepting.locator("form.accept-offer button").click();
        accepting.locator("form.confirm button").click();
        assertThat(accepting.locator(".offer-status")).hasAttribute("data-status", "ACCEPTED");

        Page declining = person();
        signIn(declining, applicants.get(second).email(), PASSWORD);
        declining.navigate(url("/applications/" + applicationOf.get(second)));
        declining.locator("form.decline-offer button").click();
        declining.locator("form.confirm button").click();
        assertThat(declining.locator(".offer-status")).hasAttribute("data-status", "DECLINED");

        String offer = Mail.awaitBody(applicants.get(waitlisted).email(), "from the waitlist");
        org.assertj.core.api.Assertions.assertThat(offer).contains(waitlisted);
        secretariat.navigate(url("/secretariat/calls/" + callId + "/selection"));
        assertThat(secretariat.locator("tr[data-reference='" + waitlisted + "'][data-status=OFFERED]")).hasCount(1);
    }

    private void submit(ReviewView review, double score, Someone reviewer) {
        Map<String, Double> scores = new HashMap<>();
        Map<String, String> comments = new HashMap<>();
        for (String criterion : List.of("excellence", "proposal", "potential", "fit")) {
            scores.put(criterion, score);
            comments.put(criterion, "Scored " + score + ".");
        }
        reviews.submit(review.id(), scores, comments, reviewer);
    }

    /** A verified account with the role, through the platform's own registration. */
    private Someone someone(String name, Role role) {
        String email = name.toLowerCase().replaceAll("[^a-z]+", "-") + UUID.randomUUID().toString().substring(0, 6) + "@example.net";
        UUID id = accounts.register(email, name, PASSWORD, "en");
        String link = Mail.path(Mail.awaitBody(email, "Verify"));
        accounts.verifyEmail(URLDecoder.decode(link.replaceFirst(".*token=", ""), StandardCharsets.UTF_8));
        accounts.grant(id, role);
        return new Someone(id, email, name, Set.of(role.name()));
    }
}
