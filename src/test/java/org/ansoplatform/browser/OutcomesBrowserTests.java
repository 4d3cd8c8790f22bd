package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.ansoplatform.Mail;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallTestDataAccess;
import org.ansoplatform.calls.intake.ApplicationIntake;
import org.ansoplatform.calls.offers.OfferManagement;
import org.ansoplatform.calls.selection.SelectionRunner;
import org.ansoplatform.review.ReviewOutcomesFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A waitlisted applicant follows their outcome in the browser and by email, at desktop and phone width: told
 * they are on the waitlist (with their number and what it means), then offered the place an awardee declined;
 * the page never says "not selected", and each email links to what the page shows.
 */
class OutcomesBrowserTests extends BrowserTest {

    static final String PASSWORD = "a sturdy outcomes passphrase";

    @Autowired AccountManagement accounts;
    @Autowired CallManagement calls;
    @Autowired ApplicationIntake applications;
    @Autowired SelectionRunner runner;
    @Autowired OfferManagement offers;
    @Autowired JdbcClient jdbc;

    @Test
    void aWaitlistedApplicantsPageAndEmailsTellOneStoryUntilTheOfferFromTheWaitlist() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        UUID callId = calls.create(CallTestDataAccess.call("outcomes-browser", now.minusDays(1), now.plusDays(10), 1));
        Map<String, Someone> people = new LinkedHashMap<>();
        Map<String, UUID> ids = new LinkedHashMap<>();
        Map<UUID, double[]> scores = new LinkedHashMap<>();
        double score = 4.5;
        for (String name : new String[] {"Ama Mensah", "Kofi Boateng", "Chidi Okeke"}) {
            String email = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 6) + "@example.net";
            UUID personId = accounts.createActive(email, name, PASSWORD, EnumSet.of(Role.APPLICANT));
            Someone applicant = new Someone(personId, email, name, Set.of("APPLICANT"));
            UUID application = CallTestDataAccess.submitted(applications, callId, applicant, "GH");
            people.put(name, applicant);
            ids.put(name, application);
            scores.put(application, new double[] {score, score});
            score -= 0.5;
        }
        // the call closes, reviewing closes, the selection runs and the offers go out
        clock.advance(Duration.ofDays(11));
        new ReviewOutcomesFixture(jdbc).closedPanel(callId, scores);
        runner.run(callId);
        offers.send(callId, true);

        Someone kofi = people.get("Kofi Boateng");
        String told = Mail.awaitBody(kofi.email(), "You are on the waitlist");
        org.assertj.core.api.Assertions.assertThat(told).contains("waitlist of the PhD track, number 1", "not a refusal");
        Page desktop = person();
        signIn(desktop, kofi.email(), PASSWORD);
        desktop.navigate(url(Mail.path(told)));
        assertThat(desktop.locator("#decision")).hasAttribute("data-outcome", "WAITLISTED");
        assertThat(desktop.locator("#decision .outcome-headline")).hasText("You are on the waitlist of the PhD track, number 1.");
        assertThat(desktop.locator("#decision")).containsText("This is not a place yet, and not a refusal");
        assertThat(desktop.locator("main")).not().containsText("not selected");
        assertThat(desktop.locator("#offer")).hasCount(0);

        Page phone = person();
        phone.setViewportSize(390, 844);
        signIn(phone, kofi.email(), PASSWORD);
        phone.navigate(url("/applications/" + ids.get("Kofi Boateng")));
        assertThat(phone.locator("#decision .outcome-headline")).hasText("You are on the waitlist of the PhD track, number 1.");
        assertThat(phone.locator("#decision .outcome-headline")).isVisible();
        org.assertj.core.api.Assertions.assertThat(phone.locator("#decision").boundingBox().width).isLessThanOrEqualTo(390);

        // the awardee declines: the place is offered from the waitlist, by email and on the same page
        Someone ama = people.get("Ama Mensah");
        offers.decline(offers.ofApplication(ids.get("Ama Mensah")).orElseThrow().id(), "Staying home", ama);
        String offered = Mail.awaitBody(kofi.email(), "Offer of a place from the waitlist");
        org.assertj.core.api.Assertions.assertThat(offered).contains("a place became free");
        String offerLink = Mail.path(offered.substring(offered.indexOf("application page")));
        org.assertj.core.api.Assertions.assertThat(offerLink).isEqualTo("/applications/" + ids.get("Kofi Boateng") + "#offer");
        desktop.navigate(url(offerLink));
        desktop.reload(); // the same page as the waitlist's link, only another anchor: the browser would not load it again
        assertThat(desktop.locator("#decision")).hasAttribute("data-outcome", "OFFERED_FROM_WAITLIST");
        assertThat(desktop.locator("#decision .outcome-headline"))
                .hasText("You were on the waitlist of the PhD track, and a place became free: it is offered to you.");
        assertThat(desktop.locator("#offer h2")).hasText("Your offer");
        assertThat(desktop.locator("#offer .offer-status")).hasAttribute("data-status", "OFFERED");
        assertThat(desktop.locator("form.accept-offer button")).isVisible();
        assertThat(desktop.locator("main")).not().containsText("not selected");

        phone.reload();
        assertThat(phone.locator("#decision")).hasAttribute("data-outcome", "OFFERED_FROM_WAITLIST");
        assertThat(phone.locator("main")).not().containsText("not selected");
        assertThat(phone.locator("#offer h2")).hasText("Your offer");
        // the one still waiting moved up
        String chidi = Mail.awaitBody(people.get("Chidi Okeke").email(), "You are on the waitlist");
        org.assertj.core.api.Assertions.assertThat(chidi).contains("number 2");
        Page third = person();
        signIn(third, people.get("Chidi Okeke").email(), PASSWORD);
        third.navigate(url(Mail.path(chidi)));
        assertThat(third.locator("#decision .outcome-headline")).hasText("You are on the waitlist of the PhD track, number 1.");
    }
}
