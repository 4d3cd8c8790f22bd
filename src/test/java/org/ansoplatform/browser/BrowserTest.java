package org.ansoplatform.browser;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import org.ansoplatform.IntegrationTest;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: one Chromium for the whole run (closed with JUnit's root store), a fresh
 * profile per person, and a screenshot of every page under target/browser-failures when a test fails.
 */
@ExtendWith(BrowserTest.Screenshots.class)
abstract class BrowserTest extends IntegrationTest {

    static final String DEMO_PASSWORD = "anso-demo-2026";

    static Browser browser;

    @LocalServerPort
    int port;

    final List<Page> pages = new ArrayList<>();

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.web.FilterChainProxy securityFilters;

    /** Browsers meet the platform's own CSRF store, not the one a MockMvc test left in the shared context. */
    @org.junit.jupiter.api.BeforeEach
    void platformsOwnCsrfStore() {
        org.ansoplatform.platform.security.RealCsrfRepository.restore(securityFilters);
        browser.axe.drain();
    }

    /** Every page this test reached meets WCAG 2.2 A/AA as far as axe-core can tell (decision 113). */
    @org.junit.jupiter.api.AfterEach
    void noAccessibilityViolations() {
        List<String> violations = browser.axe.drain();
        org.assertj.core.api.Assertions.assertThat(violations).as("axe-core WCAG 2.2 A/AA violations").isEmpty();
    }

    Page person() {
        Page page = browser.newPerson();
        pages.add(page);
        return page;
    }

    /** A person whose browser announces itself as {@code userAgent}. */
    Page personAs(String userAgent) {
        Page page = browser.newPerson(userAgent);
        pages.add(page);
        return page;
    }

    /** A person at another viewport or in another time zone. */
    Page person(int width, int height, String timeZone) {
        Page page = browser.newPerson(width, height, timeZone);
        pages.add(page);
        return page;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(Page page, String email, String password) {
        page.navigate(url("/login"));
        page.locator("#email").fill(email);
        page.locator("#password").fill(password);
        page.locator("form button[type=submit]").click();
        page.waitForURL(address -> !address.contains("/login"));
    }

    /** Starts the run's Chromium once; screenshots on failure, then closes the pages, whatever the outcome. */
    static class Screenshots implements BeforeAllCallback, TestWatcher {

        @Override
        public void beforeAll(ExtensionContext context) {
            browser = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .computeIfAbsent(Browser.class, type -> new Browser(), Browser.class);
        }

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            BrowserTest test = (BrowserTest) context.getRequiredTestInstance();
            for (int i = 0; i < test.pages.size(); i++) {
                Browser.screenshot(test.pages.get(i), context.getRequiredTestMethod().getName() + "-" + i);
            }
            close(test);
        }

        @Override
        public void testSuccessful(ExtensionContext context) {
            close((BrowserTest) context.getRequiredTestInstance());
        }

        @Override
        public void testAborted(ExtensionContext context, Throwable cause) {
            close((BrowserTest) context.getRequiredTestInstance());
        }

        private static void close(BrowserTest test) {
            test.pages.forEach(page -> page.context().close());
            test.pages.clear();
        }
    }
}
