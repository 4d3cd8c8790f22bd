package org.ansoplatform.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ViewportSize;

/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every page the browser tests reach, at desktop and phone
 * width: when a page has loaded and when htmx has settled a swap. Each path pattern (ids and tokens folded into
 * {}), in its plain and in its refused-form state, is checked once per width per run, so the suite's time grows
 * by one axe run per pattern, not per visit. Violations are collected here and fail the test that met them
 * ({@link BrowserTest}).
 */
final class AxeCheck {

    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final ViewportSize DESKTOP = new ViewportSize(1200, 900);
    static final ViewportSize PHONE = new ViewportSize(390, 844);

    private static final Pattern VARIABLE = Pattern.compile(
            "\\d+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9_-]{20,}");

    private final Set<String> checked = new TreeSet<>();
    private final List<String> violations = new ArrayList<>();
    private long nanos;

    /** Called back on every load and, through a binding the page calls on htmx:afterSettle, on every swap. */
    void watch(Page page) {
        page.onLoad(this::check);
        page.exposeBinding("ansoAxeSettled", (source, args) -> {
            check(source.page());
            return null;
        });
        page.addInitScript("document.addEventListener('htmx:afterSettle', function () {"
                + " if (window.ansoAxeSettled) { window.ansoAxeSettled(); } });");
    }

    /** What the last test met, emptied as it is read. */
    synchronized List<String> drain() {
        List<String> met = List.copyOf(violations);
        violations.clear();
        return met;
    }

    synchronized void check(Page page) {
        long start = System.nanoTime();
        try {
            if (page.isClosed() || !page.url().startsWith("http")) {
                return;
            }
            @SuppressWarnings("unchecked")
            List<Object> state = (List<Object>) page.evaluate(
                    "() => [document.contentType, !!document.querySelector('.form-errors, .flash.error')]");
            if (!"text/html".equals(state.get(0))) {
                return;
            }
            String pattern = pattern(page.url()) + (Boolean.TRUE.equals(state.get(1)) ? " (refused)" : "");
            ViewportSize original = page.viewportSize();
            try {
                analyse(page, pattern, "desktop", DESKTOP, original);
                analyse(page, pattern, "phone", PHONE, original);
            } finally {
                if (!page.isClosed() && original != null && !same(page.viewportSize(), original)) {
                    page.setViewportSize(original.width, original.height);
                }
            }
        } catch (RuntimeException navigatedAway) {
            // the page moved on while being checked (axe cannot be injected, the context is gone): its next load is checked
        } finally {
            nanos += System.nanoTime() - start;
        }
    }

    private void analyse(Page page, String pattern, String width, ViewportSize size, ViewportSize original) {
        String key = width + " " + pattern;
        if (checked.contains(key)) {
            return;
        }
        if (!same(page.viewportSize(), size)) {
            page.setViewportSize(size.width, size.height);
            // the page's own resize handlers (app.js) run at the next frames, as a person's browser would
            page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        }
        AxeResults results = new AxeBuilder(page).withTags(WCAG_AA).setLegacyMode(true).analyze();
        if (results.getError() != null || results.getErrorMessage() != null) {
            return;
        }
        checked.add(key);
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                violations.add(key + ": " + rule.getId() + " (" + rule.getHelp() + ") at " + node.getTarget()
                        + " " + node.getHtml() + " — " + node.getFailureSummary());
            }
        }
    }

    /** The path with its ids, numbers and tokens folded, so /calls/12 and /calls/13 are one page. */
    static String pattern(String url) {
        String path = URI.create(url).getPath();
        StringBuilder folded = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            if (!folded.isEmpty() || !segment.isEmpty()) {
                folded.append('/').append(VARIABLE.matcher(segment).matches() ? "{}" : segment);
            }
        }
        return folded.isEmpty() ? "/" : folded.toString();
    }

    private static boolean same(ViewportSize a, ViewportSize b) {
        return a != null && b != null && a.width == b.width && a.height == b.height;
    }

    /** The run's tally, for the report: how many checks, and which. */
    synchronized void writeTally() {
        String tally = "axe-core checked " + checked.size() + " page patterns x widths:\n" + String.join("\n", checked) + "\n";
        System.out.println("axe-core: " + checked.size() + " checks (" + checked.stream().filter(k -> k.startsWith("desktop")).count()
                + " desktop, " + checked.stream().filter(k -> k.startsWith("phone")).count() + " phone) in "
                + nanos / 1_000_000_000 + " s");
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "axe-checked.txt"), tally);
        } catch (IOException ignored) {
            // the tally is for people; the checks themselves have already run
        }
    }
}
