package org.ansoplatform.datasets.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ansoplatform.datasets.deposit.DepositFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.datasets.DatasetUsage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A folder as a zip: names relative to the folder in UTF-8 (Cyrillic and Han), the bytes of each file, closed files
 * left out and named in MANIFEST.txt (the depositor gets them all), one request counted, a withdrawn or unknown
 * folder 404.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FolderZipTests extends IntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired DatasetManagement datasets;
    @Autowired CurationManagement curation;
    @Autowired DatasetQueries queries;
    @Autowired AccountManagement accounts;
    @Autowired JdbcClient jdbc;
    @Autowired DatasetUsage usage;

    Someone depositor;
    UUID id;
    UUID versionId;

    @BeforeAll
    void aDatasetInFolders() {
        DepositFixtures f = new DepositFixtures(datasets, curation, accounts);
        depositor = f.depositor("Zora Zipper");
        Someone curator = f.curator("Zeno Curator");
        id = f.draft(depositor, "Zipped gauges", null);
        as(depositor);
        UUID draft = queries.latest(id).orElseThrow().id();
        UUID moscow = f.file(id, "данные.csv", "город,мм\nМосква,3\n", FileAccess.OPEN, null);
        UUID beijing = f.file(id, "降水.csv", "城市,毫米\n北京,5\n", FileAccess.OPEN, null);
        UUID later = f.file(id, "later.csv", "a,b\n1,2\n", FileAccess.EMBARGOED, LocalDate.now(clock).plusDays(30));
        BulkFiles bulk = new BulkFiles(jdbc);
        bulk.folder(draft, moscow, "raw/Москва/");
        bulk.folder(draft, beijing, "raw/北京/");
        bulk.folder(draft, later, "raw/");
        versionId = f.publish(depositor, curator, id, queries);
    }

    @Test
    void aFolderZipHoldsItsOpenFilesUnderRelativeUtf8NamesAndAManifestOfTheClosedOnes() throws Exception {
        long requests = usage.ofVersion(versionId).totalRequests();
        MockHttpServletResponse response = send("/datasets/" + id + "/versions/1/zip?folder=raw/", null);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/zip");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains("-v1-raw.zip");
        byte[] zip = response.getContentAsByteArray();
        // the local header's general purpose flag: bit 11, names in UTF-8
        assertThat((zip[6] & 0xff | (zip[7] & 0xff) << 8) & 0x800).isEqualTo(0x800);
        Map<String, String> entries = entries(zip);
        assertThat(entries.keySet()).containsExactlyInAnyOrder("Москва/данные.csv", "北京/降水.csv", "MANIFEST.txt");
        assertThat(entries.get("Москва/данные.csv")).isEqualTo("город,мм\nМосква,3\n");
        assertThat(entries.get("北京/降水.csv")).isEqualTo("城市,毫米\n北京,5\n");
        assertThat(entries.get("MANIFEST.txt")).contains("later.csv");
        assertThat(usage.ofVersion(versionId).totalRequests()).isEqualTo(requests + 1);

        Map<String, String> whole = entries(send("/datasets/" + id + "/versions/1/zip", null).getContentAsByteArray());
        assertThat(whole.keySet()).contains("rainfall.csv", "raw/Москва/данные.csv", "raw/北京/降水.csv", "MANIFEST.txt")
                .doesNotContain("notes.txt", "raw/later.csv");
        assertThat(whole.get("MANIFEST.txt")).contains("notes.txt").contains("raw/later.csv");

        Map<String, String> owners = entries(send("/datasets/" + id + "/versions/1/zip?folder=raw", depositor.signedIn())
                .getContentAsByteArray());
        assertThat(owners.keySet()).containsExactlyInAnyOrder("Москва/данные.csv", "北京/降水.csv", "later.csv");
    }

    @Test
    void aFolderThatIsNotOneIsNotFound() throws Exception {
        assertThat(send("/datasets/" + id + "/versions/1/zip?folder=nowhere/", null).getStatus()).isEqualTo(404);
        assertThat(send("/datasets/" + id + "/versions/1/zip?folder=../raw/", null).getStatus()).isEqualTo(404);
        assertThat(send("/datasets/" + id + "/versions/9/zip", null).getStatus()).isEqualTo(404);
    }

    private static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private MockHttpServletResponse send(String path, RequestPostProcessor who) throws Exception {
        // a desktop browser's user agent, so that COUNTER counts the request
        var request = get(path).header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0");
        if (who != null) {
            request.with(who);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
