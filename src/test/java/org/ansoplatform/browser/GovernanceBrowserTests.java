package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.ansoplatform.files.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * An organization applies; the Secretariat checks it; the Board endorses it in a meeting; the Assembly
 * approves it by secret vote; the directory shows the new member with the decisions. Then an amendment goes
 * through both bodies and the new consolidated Statutes show it.
 */
class GovernanceBrowserTests extends GovernanceBrowserTest {

    @Test
    void anOrganizationAppliesAndBecomesAMemberThroughBothBodiesAndAnAmendmentChangesTheStatutes() {
        String name = "Kenya Institute of Browser Sciences " + UUID.randomUUID().toString().substring(0, 6);

        // an organization applies, with a supporting document
        Page applicant = signIn("applicant@example.org");
        applicant.navigate(url("/membership"));
        applicant.locator("main a[href='/membership/apply']").click();
        applicant.locator("#legalName").fill(name);
        applicant.locator("#country").fill("KE");
        applicant.locator("#type").selectOption("RESEARCH_INSTITUTE");
        applicant.locator("#contactName").fill("Wanjiru Kamau");
        applicant.locator("#contactEmail").fill("wanjiru@example.net");
        applicant.locator("#motivation").fill("We work on dryland agriculture with several ANSO members.");
        applicant.locator("#documents").setInputFiles(new FilePayload("letter.pdf", "application/pdf", TestFiles.pdf()));
        applicant.locator(".application-form button[type=submit]").click();
        assertThat(applicant.locator("[data-application-state]")).hasText("Submitted");
        assertThat(applicant.locator("main")).containsText("letter.pdf");

        // the Secretariat completes the check
        Page secretariat = signIn("secretariat@example.org");
        secretariat.navigate(url("/secretariat/governance/applications"));
        secretariat.getByText(name).click();
        secretariat.locator("form[data-action=complete] button").click();
        assertThat(secretariat.locator("[data-application-state]")).hasText("Complete, before the Governing Board");

        // the Board endorses it in a meeting
        String board = createSession(secretariat, "BOARD", "Board meeting " + name.substring(name.length() - 6));
        decide(secretariat, "The Board endorses the application of " + name + ".", name, "ADOPTED_BY_CONSENSUS", null);

        // the Assembly votes by secret ballot
        String assembly = createSession(secretariat, "ASSEMBLY", "General Assembly " + name.substring(name.length() - 6));
        String motion = "Admit " + name;
        secretariat.locator("details.new-motion summary").click();
        secretariat.locator("#motionTitle").fill(motion);
        Locator subject = secretariat.locator("#motionSubject option").filter(new Locator.FilterOptions().setHasText(name));
        secretariat.locator("#motionSubject").selectOption(subject.first().getAttribute("value"));
        secretariat.locator(".motion-form input[name=quorumPercent]").fill("0");
        secretariat.locator("#motionSecret").check();
        secretariat.locator(".motion-form button[type=submit]").click();
        secretariat.locator("button[data-step=open]").click();
        assertThat(secretariat.locator(".motion")).containsText("Open");

        Page representative = signIn("representative@example.org");
        representative.navigate(url("/representative/votes"));
        representative.locator("article.vote").filter(new Locator.FilterOptions().setHasText(motion))
                .locator("button[value=YES]").first().click();
        assertThat(representative.locator("[data-confirm-choice]")).containsText("Yes");
        representative.locator("form.confirm-ballot button[type=submit]").click();
        assertThat(representative.locator(".flash.success")).containsText("recorded");
        assertThat(representative.locator("article.vote").filter(new Locator.FilterOptions().setHasText(motion))
                .locator(".voted")).isVisible();

        secretariat.navigate(assembly);
        secretariat.locator("button[data-step=close]").click();
        secretariat.locator("button[data-step=publish]").click();
        assertThat(secretariat.locator(".motion .results")).containsText("Yes 1, no 0");
        decide(secretariat, "The General Assembly admits " + name + " as a member.", name, "ADOPTED_BY_VOTE", motion);

        // the directory shows the new member, with the decisions that made it
        Page visitor = person();
        pages.add(visitor);
        visitor.navigate(url("/directory?q=" + name.substring(0, 20)));
        visitor.getByText(name).click();
        assertThat(visitor.locator("dd .badge")).hasText("Member");
        assertThat(visitor.locator("tr[data-status=MEMBER] td.basis")).containsText("Board meeting");
        assertThat(visitor.locator("tr[data-status=MEMBER] td.basis")).containsText("General Assembly");

        // and the applicant sees the whole history
        applicant.reload();
        assertThat(applicant.locator("[data-application-state]")).hasText("Approved by the General Assembly");
        assertThat(applicant.locator("tr[data-step=ENDORSED]")).isVisible();

        // an amendment to Article 8.2 goes through both bodies
        secretariat.navigate(url("/secretariat/governance/amendments/new"));
        secretariat.locator("#articleNumber").fill("8.2");
        secretariat.locator("#heading").fill("Meetings");
        secretariat.locator("#body").fill("The Governing Board meets at least twice a year, on site or online.");
        secretariat.locator(".amendment-form button[type=submit]").click();
        assertThat(secretariat.locator("p.diff ins")).containsText("twice");
        assertThat(secretariat.locator("p.diff del")).containsText("once");

        secretariat.navigate(board);
        decide(secretariat, "The Board endorses the amendment to Article 8.2.", "Article 8.2", "ADOPTED_BY_CONSENSUS", null);
        secretariat.navigate(assembly);
        decide(secretariat, "The General Assembly adopts the amendment to Article 8.2.", "Article 8.2", "ADOPTED_BY_CONSENSUS", null);

        visitor.navigate(url("/governance/statutes"));
        assertThat(visitor.locator("[data-article='8.2']")).containsText("at least twice a year");
        assertThat(visitor.locator("hgroup")).containsText("in force");
        visitor.locator(".compare-form button").click();
        assertThat(visitor.locator("tr[data-article='8.2'] ins")).containsText("twice");
    }
}
