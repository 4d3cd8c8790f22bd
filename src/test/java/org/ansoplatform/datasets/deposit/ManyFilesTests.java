package org.ansoplatform.datasets.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ansoplatform.datasets.deposit.DepositFixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A published version of 10,002 files in folders (two stored by the real commands, the rest copied in SQL): the file
 * list walks it by keyset without a duplicate or a gap, filters by name and type, summarises folders; the landing
 * page, the file list and the API read the file table a bounded number of times (counted by PostgreSQL itself within
 * one transaction), a new version copies every file in one statement, and the difference between versions is found
 * in SQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManyFilesTests extends IntegrationTest {

    static final int PER_FOLDER = 3_000;

    @Autowired MockMvc mvc;
    @Autowired DatasetManagement datasets;
    @Autowired CurationManagement curation;
    @Autowired DatasetQueries queries;
    @Autowired AccountManagement accounts;
    @Autowired FileListing listing;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    Someone depositor;
    Someone curator;
    UUID id;
    UUID versionId;

    @BeforeAll
    void aVersionOfTenThousandFiles() {
        DepositFixtures f = new DepositFixtures(datasets, curation, accounts);
        depositor = f.depositor("Mona Many");
        curator = f.curator("Cyril Counter");
        id = f.draft(depositor, "Ten thousand rain gauges", null);
        as(depositor);
        UUID draftId = queries.latest(id).orElseThrow().id();
        UUID csv = queries.files(draftId).stream().filter(x -> x.name().equals("rainfall.csv")).findFirst().orElseThrow().id();
        BulkFiles bulk = new BulkFiles(jdbc);
        bulk.copies(draftId, csv, "raw/2021/", "gauge", PER_FOLDER, 10);
        bulk.copies(draftId, csv, "raw/2022/", "gauge", PER_FOLDER, 0);
        bulk.copies(draftId, csv, "derived/", "daily", PER_FOLDER, 0);
        bulk.copies(draftId, csv, "derived/monthly/", "month", 1_000, 0);
        versionId = f.publish(depositor, curator, id, queries);
    }

    @Test
    void keysetPagesWalkAFolderOnceInOrderAndFiltersFindWhatTheySay() {
        List<String> names = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        String after = null;
        int pages = 0;
        do {
            FileListing.FolderPage page = listing.page(versionId, "raw/2021/", after, null, null);
            assertThat(page.files()).hasSizeLessThanOrEqualTo(FileListing.PAGE_SIZE);
            page.files().forEach(file -> {
                assertThat(ids.add(file.id())).as("no file twice").isTrue();
                assertThat(file.folder()).isEqualTo("raw/2021/");
                names.add(file.name());
            });
            assertThat(page.total().count()).isEqualTo(PER_FOLDER);
            after = page.next();
            pages++;
        } while (after != null);
        assertThat(ids).hasSize(PER_FOLDER);
        assertThat(pages).isEqualTo(PER_FOLDER / FileListing.PAGE_SIZE);
        assertThat(names).isSorted();

        FileListing.FolderPage top = listing.page(versionId, "", null, null, null);
        assertThat(top.subfolders()).extracting(FileListing.Subfolder::name).containsExactly("derived", "raw");
        assertThat(top.subfolders()).extracting(FileListing.Subfolder::files).containsExactly(PER_FOLDER + 1_000L, 2L * PER_FOLDER);
        assertThat(top.total().count()).isEqualTo(3L * PER_FOLDER + 1_000 + 2);
        assertThat(top.files()).extracting(FileView::name).containsExactly("notes.txt", "rainfall.csv");
        assertThat(top.crumbs()).hasSize(1);
        FileListing.FolderPage derived = listing.page(versionId, "derived", null, null, null);
        assertThat(derived.filter().folder()).isEqualTo("derived/");
        assertThat(derived.subfolders()).extracting(FileListing.Subfolder::path).containsExactly("derived/monthly/");
        assertThat(derived.matching()).isEqualTo(PER_FOLDER);

        // a name searched in the folder and below, case-insensitively; a wildcard is a plain character
        FileListing.FolderPage found = listing.page(versionId, "raw/", null, "GAUGE-0004", null);
        assertThat(found.matching()).isEqualTo(2 * 10);
        assertThat(found.files()).extracting(FileView::folder).contains("raw/2021/", "raw/2022/");
        assertThat(listing.page(versionId, "", null, "%", null).matching()).isZero();
        assertThat(listing.page(versionId, "", null, null, "text/plain").files()).hasSize(2);
        assertThat(listing.page(versionId, "", null, null, "image/png").files()).isEmpty();
        // a cursor that is not one starts at the beginning; a folder that is not one is refused on its field
        assertThat(listing.page(versionId, "raw/2021/", "not a cursor", null, null).files().get(0).name()).isEqualTo("gauge-00001.csv");
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                org.ansoplatform.platform.InvalidInputException.class, () -> listing.page(versionId, "raw/../x", null, null, null))
                .violations()).extracting(org.ansoplatform.platform.InvalidInputException.Violation::field).containsExactly("folder");
    }

    @Test
    void theLandingPageFileListAndApiReadTheFileTableAFewTimesWhateverItsSize() throws Exception {
        String version = "/datasets/" + id + "/versions/1";
        long landing = scans(get(version), null);
        long list = scans(get(version + "/files").param("folder", "raw/2021/"), null);
        long api = scans(get("/api/v1/datasets/" + id + "/versions/1/files").param("folder", "derived/"), null);
        long concept = scans(get("/datasets/" + id), null);
        long versionApi = scans(get("/api/v1/datasets/" + id + "/versions/1"), null);
        assertThat(versionApi).isBetween(1L, 6L);
        // a query per file would be thousands of scans
        assertThat(landing).isBetween(1L, 20L);
        assertThat(list).isBetween(1L, 12L);
        assertThat(api).isBetween(1L, 12L);
        assertThat(concept).isBetween(1L, 20L);
    }

    @Test
    void thePagesShowFoldersPagesAndLinksOnlyOpenFiles() throws Exception {
        String landing = html("/datasets/" + id, null);
        assertThat(landing).contains("Files: 10,002").contains("raw/").contains("derived/")
                .contains("/datasets/" + id + "/versions/1/files?folder=raw/").contains("/versions/1/zip");
        String list = html("/datasets/" + id + "/versions/1/files?folder=raw/2021/", null);
        assertThat(list).contains("gauge-00001.csv").contains("gauge-00100.csv").doesNotContain("gauge-00101.csv")
                .contains("rel=\"next\"").contains("Preview");
        // the tenth file is restricted: listed, not linked
        int at = list.indexOf("gauge-00010.csv");
        String row = list.substring(list.lastIndexOf("<tr>", at), list.indexOf("</tr>", at));
        assertThat(row).doesNotContain("href");
        String json = html("/api/v1/datasets/" + id + "/versions/1/files?folder=raw/2021/&q=gauge-0001", null);
        assertThat(json).contains("\"matching\":10").contains("\"path\":null").contains("\"next\":null");
        String versionJson = html("/api/v1/datasets/" + id + "/versions/1", null);
        assertThat(versionJson).contains("\"fileCount\":10002").contains("\"filesPath\":\"/api/v1/datasets/" + id + "/versions/1/files\"");
        assertThat(versionJson.split("\"sha256\"", -1)).hasSize(DatasetPublishing.DESCRIBED_FILES + 1);
        MockHttpServletResponse bad = send(get("/api/v1/datasets/" + id + "/versions/1/files").param("folder", "../etc"), null);
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(send(get("/datasets/" + id + "/versions/1/files").param("q", "x".repeat(300)), null)
                .getContentAsString(StandardCharsets.UTF_8)).contains("q-error").contains("at most 255 characters");
    }

    @Test
    void aNewVersionCopiesEveryFileInOneStatementAndTheDifferenceIsFoundInSql() throws Exception {
        as(depositor);
        UUID next = datasets.newVersion(id);
        as(null);
        assertThat(queries.summary(next).count()).isEqualTo(queries.summary(versionId).count());
        jdbc.sql("delete from datasets.dataset_file where version_id = :v and folder = 'derived/monthly/'").param("v", next).update();
        List<VersionDiff.FileChange> changes = queries.fileChanges(versionId, next);
        assertThat(changes).hasSize(1_000).allMatch(c -> c.kind() == VersionDiff.FileChangeKind.REMOVED)
                .allMatch(c -> c.name().startsWith("derived/monthly/month-"));
        assertThat(queries.summary(versionId).formats()).containsExactly("text/plain");
    }

    @Test
    void aDraftsFileListIsItsDepositorsAndTheCuratorsAlone() throws Exception {
        DepositFixtures f = new DepositFixtures(datasets, curation, accounts);
        Someone owner = f.depositor("Dora Draft");
        Someone other = f.depositor("Otto Other");
        UUID draft = f.draft(owner, "Unpublished gauges", null);
        as(null);
        String files = "/datasets/" + draft + "/versions/1/files";
        String api = "/api/v1/datasets/" + draft + "/versions/1/files";
        String zip = "/datasets/" + draft + "/versions/1/zip";
        for (String path : List.of(files, api, zip)) {
            assertThat(send(get(path), null).getStatus()).as(path).isEqualTo(404);
            assertThat(send(get(path), other.signedIn()).getStatus()).as(path).isEqualTo(404);
            assertThat(send(get(path), owner.signedIn()).getStatus()).as(path).isEqualTo(200);
            assertThat(send(get(path), curator.signedIn()).getStatus()).as(path).isEqualTo(200);
        }
        // the draft's files are not downloadable from the list (downloads are of published versions)
        assertThat(html(files, owner.signedIn())).contains("rainfall.csv").doesNotContain("/files/" + queries.files(
                queries.latest(draft).orElseThrow().id()).get(0).id() + "\"");
    }

    /** The scans of the file table during one request, all of it run in one transaction rolled back after. */
    private long scans(MockHttpServletRequestBuilder request, RequestPostProcessor who) {
        AtomicLong scans = new AtomicLong();
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.executeWithoutResult(status -> {
            // the counter counts this transaction's scans: one query of the test's own shows it moving
            long probe = tableScans();
            jdbc.sql("select count(*) from datasets.dataset_file where version_id = :v").param("v", versionId).query(Long.class).single();
            assertThat(tableScans()).isEqualTo(probe + 1);
            long before = tableScans();
            try {
                MockHttpServletResponse response = send(request, who);
                assertThat(response.getStatus()).isEqualTo(200);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            scans.set(tableScans() - before);
            status.setRollbackOnly();
        });
        return scans.get();
    }

    private long tableScans() {
        return jdbc.sql("select coalesce(seq_scan, 0) + coalesce(idx_scan, 0) from pg_stat_xact_user_tables where relid = cast('datasets.dataset_file' as regclass)")
                .query(Long.class).single();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        if (who != null) {
            request.with(who);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private String html(String path, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = send(get(path), who);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
