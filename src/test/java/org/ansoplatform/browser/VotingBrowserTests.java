package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Voting as the Secretariat and delegates meet it: a delegate the Secretariat appoints votes at once; an
 * Assembly vote that misses its quorum says so with its figures; a delegate who gave a proxy cannot vote and the
 * holder votes for both.
 */
class VotingBrowserTests extends GovernanceBrowserTest {

    static final String CAS = "Chinese Academy of Sciences (CAS)";
    static final String BOARD_MEMBER = "board@example.org";

    Page secretariat;

    /** The Secretariat appoints board@ as the delegate of CAS, through the delegates page. */
    void appointBoardMemberForCas() {
        secretariat.navigate(url("/secretariat/governance/delegates"));
        secretariat.locator("#email").fill(BOARD_MEMBER);
        secretariat.locator("#organizationId").selectOption(new SelectOption().setLabel(CAS));
        secretariat.locator("form[action='/secretariat/governance/delegates'] button[type=submit]").click();
        assertThat(secretariat.locator(".flash.success")).isVisible();
        assertThat(delegateRow()).containsText(CAS);
    }

    Locator delegateRow() {
        return secretariat.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(BOARD_MEMBER));
    }

    /** Other tests expect board@ to be no delegate: the appointment ends through the page, as the Secretariat would. */
    @AfterEach
    void endAppointment() {
        if (secretariat == null) {
            return;
        }
        secretariat.navigate(url("/secretariat/governance/delegates"));
        for (int rows = delegateRow().count(); rows > 0; rows--) {
            delegateRow().first().locator("button").click();
            assertThat(delegateRow()).hasCount(rows - 1);
        }
    }

    /** An Assembly session with one open motion, created and opened by the Secretariat; returns its page. */
    String assemblyWithOpenMotion(String title, String motion, int quorumPercent, int proxyLimit, boolean secret) {
        secretariat.navigate(url("/secretariat/governance/sessions"));
        secretariat.locator("#body").selectOption("ASSEMBLY");
        secretariat.locator("#title").fill(title);
        secretariat.locator("#startsAt").fill("2026-12-20T10:00");
        secretariat.locator("#zone").fill("Asia/Shanghai");
        secretariat.locator("#mode").selectOption("ONLINE");
        secretariat.locator(".session-form button[type=submit]").click();
        assertThat(secretariat.locator("h1")).hasText(title);
        String session = secretariat.url();
        secretariat.locator("details.new-motion summary").click();
        secretariat.locator("#motionTitle").fill(motion);
        secretariat.locator(".motion-form input[name=quorumPercent]").fill(String.valueOf(quorumPercent));
        secretariat.locator(".motion-form input[name=proxyLimit]").fill(String.valueOf(proxyLimit));
        if (secret) {
            secretariat.locator("#motionSecret").check();
        }
        secretariat.locator(".motion-form button[type=submit]").click();
        secretariat.locator(".motion").filter(new Locator.FilterOptions().setHasText(motion)).locator("button[data-step=open]").click();
        assertThat(secretariat.locator(".motion").filter(new Locator.FilterOptions().setHasText(motion))).containsText("Open");
        return session;
    }

    Locator card(Page delegate, String motion) {
        return delegate.locator("article.vote").filter(new Locator.FilterOptions().setHasText(motion));
    }

    /** Casts a ballot from a card's form (the organization's own, or the one for a proxy) and confirms it. */
    void vote(Page delegate, Locator ballot, String choice) {
        ballot.locator("button[value=" + choice + "]").click();
        delegate.locator("form.confirm-ballot button[type=submit]").click();
        assertThat(delegate.locator(".flash.success")).containsText("recorded");
    }

    void closeAndPublish(String session, String motion) {
        secretariat.navigate(session);
        Locator row = secretariat.locator(".motion").filter(new Locator.FilterOptions().setHasText(motion));
        row.locator("button[data-step=close]").click();
        row = secretariat.locator(".motion").filter(new Locator.FilterOptions().setHasText(motion));
        row.locator("button[data-step=publish]").click();
    }

    @Test
    void aDelegateTheSecretariatAppointsVotesAtOnce() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String motion = "Adopt the 2027 budget " + suffix;
        secretariat = signIn("secretariat@example.org");
        String session = assemblyWithOpenMotion("General Assembly " + suffix, motion, 0, 0, false);
        appointBoardMemberForCas();

        Page delegate = signIn(BOARD_MEMBER);
        delegate.navigate(url("/representative/votes"));
        assertThat(delegate.locator("main")).containsText("You vote for " + CAS);
        vote(delegate, card(delegate, motion).locator("form.ballot").first(), "YES");
        assertThat(card(delegate, motion).locator(".voted")).isVisible();

        closeAndPublish(session, motion);
        Page visitor = person();
        visitor.navigate(session.replace("/secretariat/governance/", "/governance/"));
        Locator result = visitor.locator("[data-result]");
        assertThat(result).containsText("adopted");
        assertThat(result.locator(".roll-call")).containsText(CAS + ": Yes");
    }

    @Test
    void anAssemblyVoteThatFailsItsQuorumSaysSoWithTheFigures() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String motion = "Move the Secretariat " + suffix;
        secretariat = signIn("secretariat@example.org");
        String session = assemblyWithOpenMotion("General Assembly " + suffix, motion, 50, 0, true);

        Page representative = signIn("representative@example.org");
        representative.navigate(url("/representative/votes"));
        vote(representative, card(representative, motion).locator("form.ballot").first(), "YES");

        closeAndPublish(session, motion);
        Page visitor = person();
        visitor.navigate(session.replace("/secretariat/governance/", "/governance/"));
        Locator result = visitor.locator("[data-result]");
        assertThat(result).hasAttribute("data-quorum-reached", "false");
        assertThat(result).containsText("not adopted: the quorum was not reached");
        assertThat(result).containsText("Quorum: 50% of the members entitled");
        assertThat(result).containsText("1 were cast");
        assertThat(result).containsText("ballots cast: 1");
        assertThat(result).containsText("Yes 1, no 0, abstentions 0");

        // the delegate finds the same explanation under the votes of the past
        representative.navigate(url("/representative/votes"));
        Locator past = representative.locator("[data-past-motion]").filter(new Locator.FilterOptions().setHasText(motion));
        assertThat(past.locator("[data-result]")).containsText("the quorum was not reached");
    }

    @Test
    void aDelegateWhoGaveAProxyCannotVoteAndTheHolderVotesForBoth() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String motion = "Open a regional office " + suffix;
        secretariat = signIn("secretariat@example.org");
        String session = assemblyWithOpenMotion("General Assembly " + suffix, motion, 0, 1, false);
        appointBoardMemberForCas();

        Page giver = signIn("representative@example.org");
        giver.navigate(url("/representative/votes"));
        String giverName = giver.locator("[data-organization]").innerText();
        Locator giverCard = card(giver, motion);
        giverCard.locator("details.give-proxy summary").click();
        giverCard.locator("select[name=holder]").selectOption(new SelectOption().setLabel(CAS));
        giverCard.locator("details.give-proxy button[type=submit]").click();
        assertThat(giver.locator(".flash.success")).containsText("proxy is recorded");
        assertThat(card(giver, motion).locator("[data-proxy-given]")).containsText("gave its vote to " + CAS);
        assertThat(card(giver, motion).locator("button[name=choice]")).hasCount(0);

        Page holder = signIn(BOARD_MEMBER);
        holder.navigate(url("/representative/votes"));
        vote(holder, card(holder, motion).locator("form.ballot:not([data-proxy-for])"), "YES");
        Locator forGiver = card(holder, motion).locator("form.ballot[data-proxy-for]");
        assertThat(forGiver).containsText("By proxy for " + giverName);
        vote(holder, forGiver, "NO");
        assertThat(card(holder, motion).locator("button[name=choice]")).hasCount(0);

        giver.reload();
        assertThat(card(giver, motion).locator(".voted")).isVisible();
        closeAndPublish(session, motion);
        Page visitor = person();
        visitor.navigate(session.replace("/secretariat/governance/", "/governance/"));
        Locator roll = visitor.locator("[data-result] .roll-call");
        assertThat(roll).containsText(CAS + ": Yes");
        assertThat(roll).containsText(giverName + ": No");
    }
}
