package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.governance.Body;
import org.ansoplatform.governance.SessionCommand;
import org.ansoplatform.governance.SessionManagement;
import org.ansoplatform.governance.SessionMode;
import org.ansoplatform.governance.SessionStatus;
import org.ansoplatform.meetings.MeetingCommand;
import org.ansoplatform.meetings.MeetingManagement;
import org.ansoplatform.meetings.Organizer;
import org.ansoplatform.meetings.TestMeetings;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 20's agreements path in the browser: the Secretariat registers an MoU with two parties, the Board endorses it
 * by a recorded decision, the Secretariat marks it signed and links a meeting that fulfils one of its commitments,
 * chosen among the parties' records the page suggests; a visitor then finds it on the partners page, and an applicant
 * is refused the register. axe-core checks every page.
 */
class AgreementsBrowserTests extends BrowserTest {

    static final String PASSWORD = "a sturdy partnerships passphrase";

    @Autowired AccountManagement accounts;
    @Autowired OrganizationManagement organizations;
    @Autowired SessionManagement sessions;
    @Autowired MeetingManagement meetings;

    @Test
    void anMouEndorsedByTheBoardSignedAndFulfilledByAMeeting() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String secretaryEmail = account("partnerships-" + marker, Role.SECRETARIAT);
        String applicantEmail = account("applicant-" + marker, Role.APPLICANT);
        UUID province = organizations.create(new OrganizationCommand("Provincial Government " + marker, "省政府 " + marker, "CN",
                OrganizationType.GOVERNMENT_BODY, OrganizationStatus.PARTNER, null, null, null));
        UUID university = organizations.create(new OrganizationCommand("Université Lumière " + marker, null, "FR",
                OrganizationType.UNIVERSITY, OrganizationStatus.PARTNER, null, null, null));
        UUID board = sessions.create(new SessionCommand(Body.BOARD, "Board written procedure " + marker,
                LocalDateTime.now(clock).minusDays(1).withNano(0), "UTC", SessionMode.ONLINE, null), SessionStatus.PLANNED,
                Actor.system(clock.instant()));
        MeetingCommand course = TestMeetings.course("Joint training " + marker, null, null, false, List.of());
        UUID training = meetings.create(new MeetingCommand(course.kind(), course.title(), course.description(), course.startDate(),
                course.endDate(), null, null, course.timeZone(), course.mode(), course.venue(), course.city(), course.country(), null,
                List.of(new Organizer(province, null)), course.themes(), true, false, null, null, false, false, List.of()));
        String title = "MoU on joint training " + marker;

        // the Secretariat registers the MoU with its two parties
        Page secretariat = person();
        signIn(secretariat, secretaryEmail, PASSWORD);
        secretariat.navigate(url("/secretariat/partnerships/agreements/new"));
        secretariat.locator("#kind").selectOption("MOU");
        secretariat.locator("#titleen").fill(title);
        secretariat.locator("#titlezh").fill("联合培训谅解备忘录 " + marker);
        secretariat.locator("select[name='parties[0].organizationId']").selectOption(province.toString());
        secretariat.locator("select[name='parties[1].organizationId']").selectOption(university.toString());
        secretariat.locator("input[name='parties[1].signatoryName']").fill("Élodie Nguyễn");
        secretariat.locator("section.agreement-form button[type=submit]").click();
        assertThat(secretariat.locator("section.agreement")).hasAttribute("data-status", "PROPOSED");
        assertThat(secretariat.locator("li.party")).hasCount(2);
        String agreementPath = secretariat.url().substring(secretariat.url().indexOf("/secretariat/"));
        String agreementId = agreementPath.substring(agreementPath.lastIndexOf('/') + 1);

        // one of its commitments: a joint training a year by the province
        secretariat.locator("#descriptionen").fill("A joint training course a year");
        secretariat.locator("form.add-commitment select[name=organizationId]").selectOption(province.toString());
        secretariat.locator("form.add-commitment button[type=submit]").click();
        assertThat(secretariat.locator("article.commitment")).hasAttribute("data-fulfilled", "false");

        // the Executive Director may not approve an MoU: the Board endorses it in its session
        assertThat(secretariat.locator("form.step-approve")).hasCount(0);
        secretariat.navigate(url("/secretariat/governance/sessions/" + board));
        secretariat.locator("#decisionText").fill("The Board endorses the MoU on joint training.");
        String subject = secretariat.locator("#decisionSubject option[value$='" + agreementId + "']").getAttribute("value");
        secretariat.locator("#decisionSubject").selectOption(subject);
        secretariat.locator("#outcome").selectOption("ADOPTED_BY_CONSENSUS");
        secretariat.locator("form.decision-form button[type=submit]").last().click();
        assertThat(secretariat.locator("ul.decisions")).containsText("The Board endorses the MoU on joint training.");

        // endorsed: the Secretariat marks it signed, and it is in force
        secretariat.navigate(url(agreementPath));
        assertThat(secretariat.locator("section.agreement")).hasAttribute("data-status", "APPROVED");
        assertThat(secretariat.locator("[data-part=decision] a")).isVisible();
        secretariat.locator("#sign-on").fill(LocalDate.now(clock).toString());
        secretariat.locator("form.step-sign button[type=submit]").click();
        assertThat(secretariat.locator("section.agreement")).hasAttribute("data-status", "ACTIVE");
        assertThat(secretariat.locator("[data-part=signed]")).hasText(LocalDate.now(clock).toString());

        // the training the province organized is suggested for the commitment, and linking it fulfils it
        secretariat.locator("form.suggestion input[value='meetings:meeting:" + training + "'] + button").click();
        assertThat(secretariat.locator("article.commitment")).hasAttribute("data-fulfilled", "true");
        assertThat(secretariat.locator("article.commitment ul.links a")).hasText("Joint training " + marker);
        assertThat(secretariat.locator("ol.history")).containsText("Endorsed by the Governing Board");

        // a visitor finds it on the partners page; an applicant is refused the register
        Page visitor = person();
        visitor.navigate(url("/partners?country=CN"));
        assertThat(visitor.locator("#agreement-" + agreementId)).containsText(title);
        Page applicant = person();
        signIn(applicant, applicantEmail, PASSWORD);
        int refused = applicant.navigate(url("/secretariat/partnerships/agreements")).status();
        org.assertj.core.api.Assertions.assertThat(refused).isEqualTo(403);
    }

    private String account(String name, Role role) {
        String email = name + "@example.net";
        accounts.createActive(email, name, PASSWORD, EnumSet.of(role));
        return email;
    }
}
