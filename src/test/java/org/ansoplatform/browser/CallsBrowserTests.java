package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.ansoplatform.Mail;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.calls.CallManagement;
import org.ansoplatform.calls.CallQueries;
import org.ansoplatform.calls.CallView;
import org.ansoplatform.files.TestFiles;
import org.ansoplatform.governance.DelegateManagement;
import org.ansoplatform.organizations.OrganizationQueries;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A scholarship round from application to nomination: the applicant applies with documents and two
 * referees, a referee uploads a letter through the emailed link, the receipt arrives, the Secretariat
 * overrides the one rule that fails with a reason, and a member organization's delegate nominates with the
 * code the applicant gave them.
 */
class CallsBrowserTests extends BrowserTest {

    static final String PASSWORD = "a sturdy browser passphrase";

    @Autowired
    AccountManagement accounts;

    @Autowired
    CallManagement calls;

    @Autowired

    CallQueries callQueries;

    @Autowired
    DelegateManagement delegates;

    @Autowired
    OrganizationQueries organizations;

    @Test
    void anApplicantAppliesARefereeWritesTheSecretariatScreensAndADelegateNominates() {
        CallView call = callQueries.openAndUpcoming().stream().filter(c -> c.definition().code().startsWith("scholarship-")).findFirst()
                .orElseThrow();
        String applicantEmail = person("Kwame Mensah", Role.APPLICANT);
        String refereeOne = "mentor-" + UUID.randomUUID().toString().substring(0, 6) + "@example.net";
        String refereeTwo = "advisor-" + UUID.randomUUID().toString().substring(0, 6) + "@example.net";

        Page applicant = person();
        signIn(applicant, applicantEmail, PASSWORD);
        applicant.navigate(url("/calls"));
        applicant.locator("article[data-call='" + call.definition().code() + "'] h3 a").click();
        applicant.getByText("Start an application").click();
        applicant.waitForURL(address -> address.contains("/applications/"));

        // born 1985: older than the age limit, the one rule that fails
        applicant.locator("#q-birthDate").fill("1985-03-14");
        applicant.locator("#q-nationality").selectOption("GH");
        applicant.locator("#q-track").selectOption("PHD");
        applicant.locator("#q-highestDegree").selectOption("MASTER");
        applicant.locator("#q-degreeDate").fill("2019-07-01");
        applicant.locator("#q-university").fill("Kwame Nkrumah University of Science and Technology");
        applicant.locator("#q-fieldOfStudy").selectOption("agricultural");
        applicant.locator("#q-languageCertificate").selectOption("IELTS");
        applicant.locator("#q-hosts select").first().selectOption("UCAS");
        applicant.locator("#q-researchProposal").fill("Remote sensing of cocoa farms to forecast yields under drought.");
        assertThat(applicant.locator("#save-status")).containsText("Saved");

        for (String document : new String[] {"cv", "transcript", "passport", "language-certificate"}) {
            Locator row = applicant.locator("tr[data-document='" + document + "']");
            row.locator("input[type=file]").setInputFiles(new FilePayload(document + ".pdf", "application/pdf", TestFiles.pdf()));
            row.locator("button").click();
            assertThat(applicant.locator("tr[data-document='" + document + "'] .uploaded")).containsText(document + ".pdf");
        }

        inviteReferee(applicant, "Prof. Ama Owusu", refereeOne);
        inviteReferee(applicant, "Dr. Li Wei", refereeTwo);
        applicant.getByText("Submit the application").click();
        applicant.locator("form.confirm button").click();
        assertThat(applicant.locator(".flash.success")).containsText("submitted");
        String reference = applicant.locator(".reference").textContent().strip();
        // the code the applicant gives the organization they ask for a nomination
        String nominationCode = applicant.locator(".nomination-code strong").textContent().strip();
        org.assertj.core.api.Assertions.assertThat(Mail.awaitBody(applicantEmail, "received")).contains(reference);

        Page referee = person();
        referee.navigate(Mail.link(Mail.awaitBody(refereeOne, "Reference letter")));
        assertThat(referee.locator("section.referee")).containsText("Kwame Mensah");
        referee.locator("input[type=file]").setInputFiles(new FilePayload("letter.pdf", "application/pdf", TestFiles.pdf()));
        referee.getByText("Send the letter").click();
        assertThat(referee.locator(".flash.success")).containsText("Thank you");

        applicant.reload();
        assertThat(applicant.locator("tr[data-referee='" + refereeOne + "']")).containsText("Letter received");
        assertThat(applicant.locator("tr[data-referee='" + refereeTwo + "']")).containsText("Waiting");
        assertThat(applicant.locator(".screening")).containsText("at most 35 years old");

        Page secretariat = person();
        signIn(secretariat, person("Secretariat Screener", Role.SECRETARIAT), PASSWORD);
        secretariat.navigate(url("/secretariat/calls/" + call.id() + "/applications?eligible=false"));
        secretariat.locator("tr[data-reference='" + reference + "'] a").click();
        secretariat.locator(".override select[name=eligible]").selectOption("true");
        secretariat.locator(".override input[name=reason]").fill("Born 1985 but a returning researcher; age waiver approved by the Executive Director.");
        secretariat.locator(".override button").click();
        assertThat(secretariat.locator(".flash.success")).containsText("overridden");
        assertThat(secretariat.locator(".override")).containsText("age waiver approved");

        String delegateEmail = person("Delegate Nominator", Role.MEMBER_REPRESENTATIVE);
        UUID member = organizations.search(new OrganizationQueries.Filter(null, null, null, OrganizationStatus.MEMBER), new PageRequest(0, 1))
                .items().get(0).id();
        delegates.appoint(delegateEmail, member);
        Page delegate = person();
        signIn(delegate, delegateEmail, PASSWORD);
        delegate.locator("[data-menu=representative] summary").click();
        delegate.locator("[data-menu=representative] a[href='/representative/nominations']").click();
        delegate.locator("input[name=reference]").fill(reference);
        delegate.locator("input[name=code]").fill(nominationCode);
        delegate.getByText("Nominate", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(delegate.locator(".flash.success")).containsText("nominated");
        assertThat(delegate.locator("tr[data-reference='" + reference + "']")).containsText("Kwame Mensah");
    }

    private void inviteReferee(Page page, String name, String email) {
        page.locator(".invite-referee input[name=name]").fill(name);
        page.locator(".invite-referee input[name=email]").fill(email);
        page.locator(".invite-referee button").click();
        assertThat(page.locator("tr[data-referee='" + email + "']")).isVisible();
    }

    /** A verified account with the role, through the platform's own registration; returns its email. */
    private String person(String name, Role role) {
        String email = name.toLowerCase().replaceAll("[^a-z]+", "-") + UUID.randomUUID().toString().substring(0, 6) + "@example.net";
        UUID id = accounts.register(email, name, PASSWORD, "en");
        String link = Mail.path(Mail.awaitBody(email, "Verify"));
        accounts.verifyEmail(URLDecoder.decode(link.replaceFirst(".*token=", ""), StandardCharsets.UTF_8));
        accounts.grant(id, role);
        return email;
    }
}
