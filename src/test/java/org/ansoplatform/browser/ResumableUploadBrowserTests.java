package org.ansoplatform.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.accounts.Role;
import org.ansoplatform.datasets.deposit.DatasetManagement;
import org.ansoplatform.datasets.deposit.DepositFixtures;
import org.ansoplatform.datasets.deposit.DatasetQueries;
import org.ansoplatform.Someone;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 23's Done-when in the browser: a 3 MB CSV goes to a draft through the resumable upload in 1 MB chunks; the
 * connection is cut during the second chunk; the upload resumes from where the server stands and completes; the
 * deposit page then lists the file with the SHA-256 this test computed, verified by the server against the one the
 * browser computed. The file then previews: its row's link opens the first rows of the table, column names as headers.
 */
class ResumableUploadBrowserTests extends BrowserTest {

    static final String PASSWORD = "a sturdy uploads passphrase";

    @Autowired AccountManagement accounts;
    @Autowired DatasetManagement datasets;
    @Autowired DatasetQueries queries;

    @Test
    void anUploadCutOffMidwayResumesToCompletionAndTheChecksumVerifies() throws Exception {
        String marker = Long.toString(System.nanoTime(), 36);
        String email = "uploader-" + marker + "@example.net";
        UUID personId = accounts.createActive(email, "Uploader " + marker, PASSWORD, EnumSet.of(Role.APPLICANT));
        DepositFixtures.as(new Someone(personId, email, "Uploader " + marker, java.util.Set.of("APPLICANT")));
        UUID dataset;
        try {
            dataset = datasets.create(DepositFixtures.metadata("River discharge " + marker, null));
        } finally {
            DepositFixtures.as(null);
        }
        Path file = Files.createTempDirectory("upload").resolve("discharge-" + marker + ".csv");
        StringBuilder csv = new StringBuilder("station,day,discharge_m3s\n");
        for (int i = 0; csv.length() < 3 * 1024 * 1024; i++) {
            csv.append("Naryn ").append(i % 40).append(",2021-").append(String.format("%02d-%02d", 1 + i % 12, 1 + i % 28))
                    .append(',').append(i % 997).append('.').append(i % 10).append('\n');
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

        Page page = person();
        signIn(page, email, PASSWORD);
        List<String> calls = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger patches = new AtomicInteger();
        page.route("**/uploads/**", route -> {
            String method = route.request().method();
            calls.add(method);
            if (method.equals("PATCH") && patches.incrementAndGet() == 2) {
                route.abort("connectionreset"); // the connection cut in the middle of the upload
            } else {
                route.resume();
            }
        });
        page.navigate(url("/me/datasets/" + dataset));
        Locator form = page.locator("form[data-resumable]");
        assertThat(page.locator("#folder")).isVisible();
        form.evaluate("form => form.dataset.chunkSize = '1048576'");
        page.locator("#file").setInputFiles(file);
        page.locator("#folder").fill("raw/2021");
        form.locator("button[type=submit]").click();

        Locator row = page.locator("tr[data-file-id]", new Page.LocatorOptions().setHasText(file.getFileName().toString()));
        assertThat(row).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(row.locator("code.sha256")).hasText(sha256);
        assertThat(row).containsText("raw/2021/" + file.getFileName());
        int chunks = (bytes.length + 1024 * 1024 - 1) / (1024 * 1024);
        assertThat(patches.get()).as("every chunk once, and the one cut off again").isEqualTo(chunks + 1);
        assertThat(calls).as("the client asked the server where to resume").contains("HEAD");

        var version = queries.latest(dataset).orElseThrow();
        var stored = queries.files(version.id()).stream().filter(f -> f.name().equals(file.getFileName().toString()))
                .findFirst().orElseThrow();
        assertThat(stored.sha256()).isEqualTo(sha256);
        assertThat(stored.md5()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes)));
        assertThat(stored.folder()).isEqualTo("raw/2021/");

        // the same file again in the same folder: refused, and said next to the file input
        page.locator("#file").setInputFiles(file);
        page.locator("#folder").fill("raw/2021");
        form.locator("button[type=submit]").click();
        assertThat(page.locator("#file-error")).containsText("is already in this version");
        assertThat(page.locator("#file")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("tr[data-file-id]")).hasCount(1);

        row.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Preview")).click();
        Locator table = page.locator("table.preview-table");
        assertThat(table.locator("thead th")).hasText(new String[] {"station", "day", "discharge_m3s"});
        assertThat(table.locator("tbody tr").first().locator("td")).hasText(new String[] {"Naryn 0", "2021-01-01", "0.0"});
        assertThat(table.locator("tbody tr")).hasCount(49);
        assertThat(page.locator("p.checksums code.sha256")).hasText("SHA-256 " + sha256);
    }
}
