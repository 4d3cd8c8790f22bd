package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.ansoplatform.Mail;
import org.ansoplatform.files.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * The applicant's side of membership: every step it must know of reaches it by email, the Secretariat's
 * question stands above the answer box, and the answer carries a document.
 */
class MembershipBrowserTests extends GovernanceBrowserTest {

    static final String APPLICANT = "applicant@example.org";

    @Test
    void anApplicantIsAskedForADocumentByEmailAnswersWithItAndIsToldOfEveryStepUntilItIsAMember() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String name = "Malawi Institute of Mailed Sciences " + suffix;

        Page applicant = signIn(APPLICANT);
        applicant.navigate(url("/membership/apply"));
        applicant.locator("#legalName").fill(name);
        applicant.locator("#country").fill("MW");
        applicant.locator("#type").selectOption("RESEARCH_INSTITUTE");
        applicant.locator("#contactName").fill("Chikondi Banda");
        applicant.locator("#contactEmail").fill("chikondi@example.net");
        applicant.locator("#motivation").fill("We study lake fisheries with several ANSO members.");
        applicant.locator(".application-form button[type=submit]").click();
        assertThat(applicant.locator("[data-application-state]")).hasText("Submitted");
        String applicationPath = applicant.url().replaceFirst("https?://[^/]+", "");
        assertThat(Mail.awaitBody(APPLICANT, "Your application for ANSO membership: " + name)).contains(applicationPath);

        // the Secretariat, told of the application, asks for a document
        String toCheck = Mail.awaitBody("secretariat@example.org", "A new membership application to check: " + name);
        Page secretariat = signIn("secretariat@example.org");
        secretariat.navigate(Mail.link(toCheck));
        secretariat.locator("#requestNote").fill("Please send your statutes, signed by your director.");
        secretariat.locator("form[data-action=request] button").click();
        assertThat(secretariat.locator("[data-application-state]")).hasText("More information requested");

        // the applicant reads the question in its email, follows the link, sees the question above the answer box
        String asked = Mail.awaitBody(APPLICANT, "The ANSO Secretariat asks for more information: " + name);
        assertThat(asked).contains("Please send your statutes, signed by your director.");
        applicant.navigate(Mail.link(asked));
        Locator question = applicant.locator("[data-question]");
        assertThat(question).hasText("Please send your statutes, signed by your director.");
        assertThat(question.boundingBox().y).isLessThan(applicant.locator("#note").boundingBox().y);
        applicant.locator("#note").fill("Our statutes, signed, are attached.");
        applicant.locator("#documents").setInputFiles(new FilePayload("statutes-signed.pdf", "application/pdf", TestFiles.pdf()));
        applicant.locator("form[action$='/answer'] button[type=submit]").click();
        assertThat(applicant.locator("[data-application-state]")).hasText("Submitted");
        assertThat(applicant.locator("main")).containsText("statutes-signed.pdf");

        // the Secretariat is told of the answer, finds the document and completes the check
        String answered = Mail.awaitBody("secretariat@example.org", "An applicant answered your question: " + name);
        assertThat(answered).contains("Our statutes, signed, are attached.");
        secretariat.navigate(Mail.link(answered));
        assertThat(secretariat.locator("main")).containsText("statutes-signed.pdf");
        secretariat.locator("form[data-action=complete] button").click();
        assertThat(secretariat.locator("[data-application-state]")).hasText("Complete, before the Governing Board");
        assertThat(Mail.awaitBody(APPLICANT, "Your application is complete: " + name)).contains(applicationPath);

        // the Board endorses it
        createSession(secretariat, "BOARD", "Board meeting " + suffix);
        decide(secretariat, "The Board endorses the application of " + name + ".", name, "ADOPTED_BY_CONSENSUS", null);
        assertThat(Mail.awaitBody(APPLICANT, "The Governing Board endorsed your application: " + name))
                .contains("The Board endorses the application of " + name + ".", applicationPath);

        // the Assembly approves it by a vote
        String assembly = createSession(secretariat, "ASSEMBLY", "General Assembly " + suffix);
        String motion = "Admit " + name;
        secretariat.locator("details.new-motion summary").click();
        secretariat.locator("#motionTitle").fill(motion);
        Locator subject = secretariat.locator("#motionSubject option").filter(new Locator.FilterOptions().setHasText(name));
        secretariat.locator("#motionSubject").selectOption(subject.first().getAttribute("value"));
        secretariat.locator(".motion-form input[name=quorumPercent]").fill("0");
        secretariat.locator(".motion-form button[type=submit]").click();
        secretariat.locator("button[data-step=open]").click();
        Page representative = signIn("representative@example.org");
        representative.navigate(url("/representative/votes"));
        representative.locator("article.vote").filter(new Locator.FilterOptions().setHasText(motion))
                .locator("button[value=YES]").first().click();
        // the ballot is shown back before it is cast
        representative.locator("form.confirm-ballot button[type=submit]").click();
        assertThat(representative.locator(".flash.success")).containsText("recorded");
        secretariat.navigate(assembly);
        secretariat.locator("button[data-step=close]").click();
        secretariat.locator("button[data-step=publish]").click();
        decide(secretariat, "The General Assembly admits " + name + " as a member.", name, "ADOPTED_BY_VOTE", motion);
        assertThat(Mail.awaitBody(APPLICANT, "Welcome to ANSO: " + name + " is a member"))
                .contains("The General Assembly admits " + name + " as a member.", applicationPath);

        applicant.navigate(url(applicationPath));
        assertThat(applicant.locator("[data-application-state]")).hasText("Approved by the General Assembly");
        assertThat(applicant.locator("tr[data-step=INFORMATION_REQUESTED]")).containsText("signed by your director");
        assertThat(applicant.locator("tr[data-step=ANSWERED]")).containsText("Our statutes, signed, are attached.");
    }
}
