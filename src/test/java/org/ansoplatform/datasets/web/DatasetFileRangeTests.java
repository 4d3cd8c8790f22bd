package org.ansoplatform.datasets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.ansoplatform.datasets.UsageTotals;
import org.ansoplatform.datasets.deposit.CurationManagement;
import org.ansoplatform.datasets.deposit.DatasetManagement;
import org.ansoplatform.datasets.deposit.DatasetQueries;
import org.ansoplatform.datasets.deposit.DepositFixtures;
import org.ansoplatform.datasets.deposit.FileView;
import org.ansoplatform.datasets.DatasetUsage;
import org.ansoplatform.files.BlobStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A dataset's file downloaded in ranges from its landing page: streamed by the platform on the data directory,
 * redirected to a presigned address on S3 (the files-on-s3 execution runs this class too); each request that
 * delivers counts as a COUNTER request, a refused range does not; closed files stay closed with a Range.
 */
class DatasetFileRangeTests extends IntegrationTest {

    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
    static final String CSV = "station,day,mm\nBishkek,2021-05-10,3.2\n";

    @Autowired MockMvc mvc;
    @Autowired DatasetManagement datasets;
    @Autowired CurationManagement curation;
    @Autowired DatasetQueries queries;
    @Autowired AccountManagement accounts;
    @Autowired DatasetUsage usage;
    @Autowired BlobStore blobs;

    @Test
    void anOpenFileComesInRangesAndEachDeliveringRequestCounts() throws Exception {
        DepositFixtures f = new DepositFixtures(datasets, curation, accounts);
        Someone depositor = f.depositor("Range Depositor");
        UUID id = f.draft(depositor, "Chui valley rainfall " + UUID.randomUUID(), null);
        UUID versionId = f.publish(depositor, f.curator("Range Curator"), id, queries);
        FileView csv = file(versionId, "rainfall.csv");
        String path = csv.path(id, 1);

        // a user-session lasts one clock hour (COUNTER): near the hour's end the minute below would make two sessions
        long intoHour = clock.instant().getEpochSecond() % 3600;
        if (intoHour > 3600 - 300) {
            clock.advance(Duration.ofSeconds(3600 - intoHour + 1));
        }
        MockHttpServletResponse piece = mvc.perform(browser(path).header(HttpHeaders.RANGE, "bytes=8-10")).andReturn()
                .getResponse();
        if (blobs.kind().equals("s3")) {
            // the bytes come from the store itself, which answers the Range the reader sends there
            assertThat(piece.getStatus()).isEqualTo(302);
            HttpResponse<String> direct = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(piece.getRedirectedUrl())).header("Range", "bytes=8-10").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(direct.statusCode()).isEqualTo(206);
            assertThat(direct.body()).isEqualTo("day");
        } else {
            assertThat(piece.getStatus()).isEqualTo(206);
            assertThat(piece.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("day");
            assertThat(piece.getHeader(HttpHeaders.CONTENT_RANGE)).isEqualTo("bytes 8-10/" + CSV.length());
            assertThat(piece.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("filename*=UTF-8''rainfall.csv");
            MockHttpServletResponse refused = mvc.perform(browser(path).header(HttpHeaders.RANGE, "bytes=500-"))
                    .andReturn().getResponse();
            assertThat(refused.getStatus()).isEqualTo(416);
            assertThat(refused.getHeader(HttpHeaders.CONTENT_RANGE)).isEqualTo("bytes */" + CSV.length());
        }
        clock.advance(Duration.ofMinutes(1));
        MockHttpServletResponse whole = mvc.perform(browser(path)).andReturn().getResponse();
        if (!blobs.kind().equals("s3")) {
            assertThat(whole.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(CSV);
        }
        // two delivering requests a minute apart, by the same reader: two requests, one unique (the 416 not at all)
        UsageTotals totals = usage.ofVersion(versionId);
        assertThat(totals.totalRequests()).isEqualTo(2);
        assertThat(totals.uniqueRequests()).isEqualTo(1);
    }

    @Test
    void aRestrictedFileGivesNoByteToAnonymousReadersOrOtherPeopleEvenWithARange() throws Exception {
        DepositFixtures f = new DepositFixtures(datasets, curation, accounts);
        Someone depositor = f.depositor("Closed Range Depositor");
        UUID id = f.draft(depositor, "Issyk-Kul notes " + UUID.randomUUID(), null);
        UUID versionId = f.publish(depositor, f.curator("Closed Range Curator"), id, queries);
        String path = file(versionId, "notes.txt").path(id, 1);

        MockHttpServletResponse anonymous = mvc.perform(browser(path).header(HttpHeaders.RANGE, "bytes=0-3")).andReturn()
                .getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(404);
        assertThat(anonymous.getHeader(HttpHeaders.LOCATION)).isNull();
        Someone other = f.depositor("Closed Range Stranger");
        MockHttpServletResponse stranger = mvc.perform(browser(path).with(other.signedIn())
                .header(HttpHeaders.RANGE, "bytes=0-3")).andReturn().getResponse();
        assertThat(stranger.getStatus()).isEqualTo(404);
        assertThat(stranger.getHeader(HttpHeaders.LOCATION)).isNull();
        assertThat(usage.ofVersion(versionId).totalRequests()).isZero();
    }

    private FileView file(UUID versionId, String name) {
        return queries.files(versionId).stream().filter(file -> file.name().equals(name)).findFirst().orElseThrow();
    }

    private static MockHttpServletRequestBuilder browser(String path) {
        return get(path).header(HttpHeaders.USER_AGENT, BROWSER);
    }
}
