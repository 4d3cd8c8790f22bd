package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.ansoplatform.search.indexing.SearchIndexer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search box of the header and the search page, on a desktop and at phone width: a visitor finds the 2021
 * Taklimakan forum, narrows by a facet and opens the hit; axe checks every page reached.
 */
class SearchBrowserTests extends BrowserTest {

    @Autowired
    SearchIndexer indexer;

    @BeforeEach
    void indexBuilt() {
        org.assertj.core.api.Assertions.assertThat(indexer.awaitBuilt(Duration.ofSeconds(60))).isTrue();
    }

    @Test
    void aVisitorSearchesFromTheHeaderNarrowsByYearAndOpensTheHit() {
        Page page = person();
        page.navigate(url("/meetings"));
        page.getByLabel("Words to find").first().fill("Taklimakan");
        page.locator("#header-q").press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/search\\?q=Taklimakan.*"));
        assertThat(page.locator("ol.hits mark").first()).hasText("Taklimakan");
        assertThat(page.locator("#search-q")).hasValue("Taklimakan");

        page.locator("nav.facets a", new Page.LocatorOptions().setHasText("2021")).click();
        assertThat(page).hasURL(Pattern.compile(".*year=2021.*"));
        assertThat(page.locator("nav.facets a[aria-current=true]")).containsText("2021");
        page.locator("ol.hits a", new Page.LocatorOptions().setHasText("Taklimakan desert forum")).click();
        assertThat(page).hasURL(Pattern.compile(".*/meetings/[0-9a-f-]{36}$"));
        assertThat(page.locator("h1")).containsText("Taklimakan desert forum");
    }

    @Test
    void thePageFitsAPhoneAndRefusesTooLongWordsNextToTheBox() {
        Page phone = person(MeetingsPhoneBrowserTests.PHONE, 844, "Asia/Shanghai");
        phone.navigate(url("/search?q=forum"));
        assertThat(phone.locator("ol.hits li").first()).isVisible();
        int overflow = ((Number) phone.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")).intValue();
        org.assertj.core.api.Assertions.assertThat(overflow).as(() -> "too wide: " + phone.evaluate("""
                () => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                      .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + e.getBoundingClientRect().width).join(', ')""")).isLessThanOrEqualTo(0);
        assertThat(phone.locator("#header-q")).isVisible();

        // the box takes 200 characters at most; a longer query comes from a link or an edited address
        phone.navigate(url("/search?q=" + "x".repeat(201)));
        assertThat(phone.locator("#search-q-error")).hasText("Use at most 200 characters.");
        assertThat(phone.locator("#search-q")).hasAttribute("aria-invalid", "true");
    }
}
