package org.ansoplatform.browser;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium, headless, driven by Playwright. Playwright is told never to download a browser of
 * its own; the tests use the system one at /usr/bin/chromium (override with CHROMIUM_PATH).
 */
final class Browser implements AutoCloseable {

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    final AxeCheck axe = new AxeCheck();

    Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String path = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(path))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync")));
    }

    /** A fresh browser profile (cookies, session) for one person, in English unless the test switches. */
    Page newPerson() {
        return watched(chromium.newContext(new NewContextOptions().setLocale("en-GB").setViewportSize(1200, 900)).newPage());
    }

    /** As {@link #newPerson()}, at another viewport (a phone is about 390 px wide) and in a time zone of the reader's own. */
    Page newPerson(int width, int height, String timeZone) {
        return watched(chromium.newContext(new NewContextOptions().setLocale("en-GB").setViewportSize(width, height).setTimezoneId(timeZone))
                .newPage());
    }

    /** As {@link #newPerson()}, announcing another browser (headless Chromium's own is on COUNTER's robots list). */
    Page newPerson(String userAgent) {
        return watched(chromium.newContext(new NewContextOptions().setLocale("en-GB").setViewportSize(1200, 900)
                .setUserAgent(userAgent)).newPage());
    }

    private Page watched(Page page) {
        axe.watch(page);
        return page;
    }

    static void screenshot(Page page, String name) {
        if (page != null && !page.isClosed()) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "browser-failures", name + ".png")).setFullPage(true));
        }
    }

    @Override
    public void close() {
        axe.writeTally();
        chromium.close();
        playwright.close();
    }
}
