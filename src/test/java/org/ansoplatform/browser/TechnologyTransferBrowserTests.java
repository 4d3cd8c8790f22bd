package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.organizations.OrganizationCommand;
import org.ansoplatform.organizations.OrganizationManagement;
import org.ansoplatform.organizations.OrganizationStatus;
import org.ansoplatform.organizations.OrganizationType;
import org.ansoplatform.partnerships.AgreementKind;
import org.ansoplatform.partnerships.DealConcluded;
import org.ansoplatform.partnerships.TechnologyRepresentativeManagement;
import org.ansoplatform.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * Issue 20's technology path in the browser: a research institute's representative drafts an offer and the Secretariat
 * publishes it after review; a firm's representative files a request, sees the offer among its matches with the
 * reasons, and expresses interest; the Secretariat forwards it; the owner sees only the interested firm's kind and
 * country until accepting, and only then do both see each other's contact details; recording the signed licence
 * publishes DealConcluded for the agreements side. axe-core checks every page.
 */
class TechnologyTransferBrowserTests extends BrowserTest {

    static final String PASSWORD = "a sturdy technology passphrase";

    @Autowired AccountManagement accounts;
    @Autowired OrganizationManagement organizations;
    @Autowired TechnologyRepresentativeManagement representatives;
    @Autowired ConfigurableApplicationContext context;

    @Test
    void anOfferPublishedAfterReviewMatchedInterestedForwardedAcceptedAndConcluded() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String instituteName = "Institute of Arid Water " + marker;
        String firmName = "Siam Rice Farms " + marker;
        String instituteEmail = representative("institute-" + marker, instituteName, "CN", OrganizationType.RESEARCH_INSTITUTE);
        String firmEmail = representative("firm-" + marker, firmName, "TH", OrganizationType.COMPANY);
        String secretaryEmail = "secretary-" + marker + "@example.org";
        accounts.createActive(secretaryEmail, "Secretary " + marker, PASSWORD, EnumSet.of(Role.SECRETARIAT));
        List<DealConcluded> deals = new CopyOnWriteArrayList<>();
        ApplicationListener<PayloadApplicationEvent<DealConcluded>> listener = event -> deals.add(event.getPayload());
        context.addApplicationListener(listener);
        try {
            // the institute drafts an offer and submits it
            Page institute = person();
            signIn(institute, instituteEmail, PASSWORD);
            institute.navigate(url("/me/technology"));
            institute.locator("a.new-offer").click();
            String title = "Solar desalination unit " + marker;
            institute.locator("#title").fill(title);
            institute.locator("#summary").fill("Turns brackish water into drinking water with sunlight alone.");
            institute.locator("#trl").fill("8");
            institute.locator("#sectors").selectOption(new SelectOption[] {new SelectOption().setValue("AGRICULTURE_FOOD"),
                    new SelectOption().setValue("ENVIRONMENT_WATER")});
            institute.locator("#sdgs").selectOption(new SelectOption[] {new SelectOption().setValue("2"), new SelectOption().setValue("6")});
            // Fiji: no other test targets it, so this offer leads the firm's matches however many the suite published
            institute.locator("#countries").fill("FJ, VN");
            institute.locator("#models").selectOption("LICENCE");
            institute.locator("#ipStatus").selectOption("OPEN");
            institute.locator("section.technology-form button[type=submit]").click();
            assertThat(institute.locator("section.technology-item")).hasAttribute("data-status", "DRAFT");
            institute.locator("button.submit").click();
            assertThat(institute.locator("section.technology-item")).hasAttribute("data-status", "SUBMITTED");
            String offerUrl = institute.url();

            // the Secretariat reviews and publishes it
            Page secretariat = person();
            signIn(secretariat, secretaryEmail, PASSWORD);
            secretariat.navigate(url("/secretariat/technology"));
            secretariat.locator("ul.review-queue a", new Page.LocatorOptions().setHasText(title)).click();
            secretariat.locator("button.publish").click();
            assertThat(secretariat.locator("section.technology-item")).hasAttribute("data-status", "PUBLISHED");

            // the firm files a request and finds the offer among its matches, with the reasons
            Page firm = person();
            signIn(firm, firmEmail, PASSWORD);
            firm.navigate(url("/me/technology"));
            firm.locator("a.new-request").click();
            firm.locator("#title").fill("Drinking water for rice villages " + marker);
            firm.locator("#summary").fill("Our contract farmers need safe water.");
            firm.locator("#trl").fill("7");
            firm.locator("#sectors").selectOption("ENVIRONMENT_WATER");
            firm.locator("#sdgs").selectOption("6");
            firm.locator("#countries").fill("FJ");
            firm.locator("#budgetMin").fill("20000");
            firm.locator("#budgetMax").fill("80000");
            firm.locator("section.technology-form button[type=submit]").click();
            assertThat(firm.locator("section.technology-item")).hasAttribute("data-kind", "REQUEST");
            com.microsoft.playwright.Locator match = firm.locator("ol.matches > li", new Page.LocatorOptions().setHasText(title));
            assertThat(match).containsText("Same sector: Environment and water");
            assertThat(match).containsText("Ready enough: TRL 8 where TRL 7 is required");
            assertThat(match).containsText("Targets Fiji");
            match.locator("a").first().click();
            firm.locator("#interestMessage").fill("We would like to license it.");
            firm.locator("form.interest-form button[type=submit]").click();
            assertThat(firm.locator("article.flash.success")).isVisible();

            // the Secretariat forwards the interest
            secretariat.navigate(url("/secretariat/technology"));
            secretariat.locator("ul.interests a", new Page.LocatorOptions().setHasText(title)).click();
            secretariat.locator("button.forward").click();
            assertThat(secretariat.locator("section.technology-introduction")).hasAttribute("data-status", "FORWARDED");
            String introductionPath = secretariat.url().replace(url("/secretariat"), "/me");

            // the owner sees a company in Thailand, no name, no contact, until it accepts
            institute.navigate(url(introductionPath));
            assertThat(institute.locator("div.side.interested")).containsText("Company in Thailand");
            assertThat(institute.locator("section.technology-introduction")).not().containsText(firmName);
            assertThat(institute.locator("section.technology-introduction")).not().containsText(firmEmail);
            firm.navigate(url(introductionPath));
            assertThat(firm.locator("div.side.owner")).not().containsText(instituteEmail);
            institute.locator("button.accept").click();
            assertThat(institute.locator("div.side.interested")).containsText(firmName);
            assertThat(institute.locator("div.side.interested a.email")).hasText(firmEmail);
            firm.reload();
            assertThat(firm.locator("div.side.owner a.email")).hasText(instituteEmail);

            // the signed licence is recorded, and the agreements side is asked to draft it
            institute.locator("#outcome").selectOption("AGREEMENT_SIGNED");
            institute.locator("#kind").selectOption("LICENCE");
            institute.locator("form.outcome-form button[type=submit]").click();
            assertThat(institute.locator("section.technology-introduction")).hasAttribute("data-status", "AGREEMENT_SIGNED");
            org.assertj.core.api.Assertions.assertThat(deals).filteredOn(d -> d.title().equals("Licence: " + title))
                    .singleElement().satisfies(d -> org.assertj.core.api.Assertions.assertThat(d.kind()).isEqualTo(AgreementKind.LICENCE));

            // the deal became an agreement of kind licence in the Secretariat's register, between the two, proposed
            secretariat.navigate(url("/secretariat/partnerships/agreements?kind=LICENCE&q="
                    + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8)));
            secretariat.locator("#results a", new Page.LocatorOptions().setHasText("Licence: " + title)).click();
            assertThat(secretariat.locator("section.agreement")).hasAttribute("data-status", "PROPOSED");
            assertThat(secretariat.locator("li.party")).hasCount(2);
            assertThat(secretariat.locator("dl.agreement-fields")).containsText(instituteName);
            assertThat(secretariat.locator("dl.agreement-fields")).containsText(firmName);

            // the public sees the offer, not the introduction
            Page visitor = person();
            visitor.navigate(offerUrl);
            assertThat(visitor.locator("section.technology-item h1")).hasText(title);
            visitor.navigate(url(introductionPath));
            assertThat(visitor.locator("#email")).isVisible();
        } finally {
            context.removeApplicationListener(listener);
        }
    }

    @Test
    void visitorsFilterThePublishedTechnologiesAndABadTrlIsRefusedNextToItsField() {
        Page visitor = person();
        visitor.navigate(url("/technology"));
        // other tests publish offers in the same sector: the text narrows the list to the demo's
        visitor.locator("form.filters input[name=q]").fill("ZLIB-R1-500");
        visitor.locator("select[name=sector]").selectOption("ENVIRONMENT_WATER");
        assertThat(visitor.locator("#results")).containsText("ZLIB-R1-500 water purification equipment");
        assertThat(visitor.locator("#results")).not().containsText("Recombinant protein COVID-19 vaccine");
        org.assertj.core.api.Assertions.assertThat(visitor.url()).contains("sector=ENVIRONMENT_WATER");
        visitor.locator("#results a", new Page.LocatorOptions().setHasText("ZLIB-R1-500")).click();
        assertThat(visitor.locator("section.technology-item a.project")).isVisible();

        String marker = UUID.randomUUID().toString().substring(0, 6);
        String email = representative("trl-" + marker, "Institute of Readiness " + marker, "PK", OrganizationType.RESEARCH_INSTITUTE);
        Page institute = person();
        signIn(institute, email, PASSWORD);
        institute.navigate(url("/me/technology/new?kind=OFFER"));
        institute.locator("#title").fill("Beyond ready " + marker);
        institute.locator("#summary").fill("A TRL that does not exist.");
        institute.locator("#trl").fill("12");
        institute.locator("#ipStatus").selectOption("KNOW_HOW");
        institute.locator("section.technology-form button[type=submit]").click();
        assertThat(institute.locator("[data-error-summary]")).isVisible();
        assertThat(institute.locator("#trl-error")).hasText("The readiness level must be from 1 to 9, not 12.");
        assertThat(institute.locator("#sectors-error")).hasText("Choose at least one sector.");
        assertThat(institute.locator("#trl")).hasAttribute("aria-invalid", "true");
        institute.navigate(url("/me/technology"));
        assertThat(institute.locator("section.technology-mine")).not().containsText("Beyond ready " + marker);
    }

    private String representative(String local, String organizationName, String country, OrganizationType type) {
        String email = local + "@example.org";
        UUID person = accounts.createActive(email, "Rep " + local, PASSWORD, EnumSet.of(Role.APPLICANT));
        UUID organization = organizations.create(new OrganizationCommand(organizationName, null, country, type,
                OrganizationStatus.PARTNER, null, null, null));
        Actor actor = new Actor(person, email, null, clock.instant());
        representatives.confirm(representatives.request(organization, "Transfer officer", "+66 2 555 0101", actor),
                Actor.system(clock.instant()));
        return email;
    }
}
