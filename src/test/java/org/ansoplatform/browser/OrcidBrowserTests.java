package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.EnumSet;

import com.microsoft.playwright.Page;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A person gives their ORCID iD on the account page, at phone width: a typo is told next to the field, the iD becomes a link. */
class OrcidBrowserTests extends BrowserTest {

    static final String PASSWORD = "orcid browser passphrase 2026";

    @Autowired AccountManagement accounts;

    @Test
    void aTypoIsToldNextToTheFieldAndTheIdIsShownAsItsUri() {
        String email = "orcid.browser." + System.nanoTime() + "@example.org";
        accounts.createActive(email, "Orcid Browser", PASSWORD, EnumSet.of(Role.APPLICANT));
        Page page = person(390, 844, "Asia/Shanghai");
        signIn(page, email, PASSWORD);
        page.navigate(url("/account"));

        page.locator("#orcid").fill("0000-0002-1825-0098");
        page.locator("#orcid").press("Enter");
        assertThat(page.locator("#orcid-error")).containsText("not an ORCID iD");
        assertThat(page.locator("#orcid")).hasAttribute("aria-invalid", "true");

        page.locator("#orcid").fill("https://orcid.org/0000-0002-1825-0097");
        page.locator("#orcid").press("Enter");
        assertThat(page.locator("a.orcid-link")).hasText("https://orcid.org/0000-0002-1825-0097");
        assertThat(page.locator("a.orcid-link")).hasAttribute("href", "https://orcid.org/0000-0002-1825-0097");
        assertThat(page.locator("#orcid")).hasValue("0000-0002-1825-0097");
    }
}
