package org.ansoplatform.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.ansoplatform.IntegrationTest;
import org.ansoplatform.Someone;
import org.ansoplatform.accounts.AccountManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A document's download in ranges, resumed, revalidated, and closed to anyone but its owner. */
class FileResponsesTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FileStorage storage;

    @Autowired
    AccountManagement accounts;

    Someone owner;
    StoredFile file;
    byte[] content;

    @BeforeEach
    void storeADocument() {
        owner = Someone.register(accounts, "Range Owner");
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < 200; line++) {
            text.append("line ").append(line).append(" of the field notes, ").append(owner.id()).append('\n');
        }
        content = text.toString().getBytes(StandardCharsets.UTF_8);
        file = storage.store(owner.id(), "Notes été.txt", new ByteArrayInputStream(content), FileStorage.DOCUMENT_TYPES);
    }

    @Test
    void theWholeFileSaysRangesAreAcceptedWithTheSha256AsETag() throws Exception {
        MockHttpServletResponse response = download(request());
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsByteArray()).isEqualTo(content);
        assertThat(response.getHeader(HttpHeaders.ACCEPT_RANGES)).isEqualTo("bytes");
        assertThat(response.getHeader(HttpHeaders.ETAG)).isEqualTo("\"" + file.sha256() + "\"");
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"Notes _t_.txt\"; filename*=UTF-8''Notes%20%C3%A9t%C3%A9.txt");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getContentLengthLong()).isEqualTo(content.length);
    }

    @Test
    void aSingleRangeIsAnsweredWithOnlyThoseBytes() throws Exception {
        MockHttpServletResponse response = download(request().header(HttpHeaders.RANGE, "bytes=100-199"));
        assertThat(response.getStatus()).isEqualTo(206);
        assertThat(response.getHeader(HttpHeaders.CONTENT_RANGE)).isEqualTo("bytes 100-199/" + content.length);
        assertThat(response.getContentAsByteArray()).isEqualTo(slice(100, 100));
        assertThat(response.getContentLengthLong()).isEqualTo(100);
    }

    @Test
    void anOpenRangeAndASuffixReachTheEnd() throws Exception {
        MockHttpServletResponse from = download(request().header(HttpHeaders.RANGE, "bytes=" + (content.length - 10) + "-"));
        assertThat(from.getStatus()).isEqualTo(206);
        assertThat(from.getContentAsByteArray()).isEqualTo(slice(content.length - 10, 10));
        MockHttpServletResponse suffix = download(request().header(HttpHeaders.RANGE, "bytes=-5"));
        assertThat(suffix.getStatus()).isEqualTo(206);
        assertThat(suffix.getHeader(HttpHeaders.CONTENT_RANGE))
                .isEqualTo("bytes " + (content.length - 5) + "-" + (content.length - 1) + "/" + content.length);
        assertThat(suffix.getContentAsByteArray()).isEqualTo(slice(content.length - 5, 5));
        MockHttpServletResponse past = download(request().header(HttpHeaders.RANGE, "bytes=10-999999999"));
        assertThat(past.getStatus()).isEqualTo(206);
        assertThat(past.getContentAsByteArray()).isEqualTo(slice(10, content.length - 10));
    }

    @Test
    void aRangePastTheEndIsNotSatisfiable() throws Exception {
        MockHttpServletResponse response = download(request().header(HttpHeaders.RANGE, "bytes=" + content.length + "-"));
        assertThat(response.getStatus()).isEqualTo(416);
        assertThat(response.getHeader(HttpHeaders.CONTENT_RANGE)).isEqualTo("bytes */" + content.length);
        assertThat(response.getContentAsByteArray()).isEmpty();
        assertThat(download(request().header(HttpHeaders.RANGE, "bytes=99999999999999999999999-")).getStatus())
                .isEqualTo(416);
    }

    @Test
    void severalRangesOrAMalformedOneGetTheWholeFile() throws Exception {
        for (String range : new String[] {"bytes=0-9,20-29", "bytes=20-10", "lines=1-2", "bytes=-", "bytes=a-b"}) {
            MockHttpServletResponse response = download(request().header(HttpHeaders.RANGE, range));
            assertThat(response.getStatus()).as(range).isEqualTo(200);
            assertThat(response.getContentAsByteArray()).as(range).isEqualTo(content);
        }
    }

    @Test
    void aResumeWithTheSameETagGetsTheRestAndWithAnotherTheWholeFile() throws Exception {
        MockHttpServletResponse same = download(request().header(HttpHeaders.RANGE, "bytes=50-")
                .header(HttpHeaders.IF_RANGE, "\"" + file.sha256() + "\""));
        assertThat(same.getStatus()).isEqualTo(206);
        assertThat(same.getContentAsByteArray()).isEqualTo(slice(50, content.length - 50));
        MockHttpServletResponse other = download(request().header(HttpHeaders.RANGE, "bytes=50-")
                .header(HttpHeaders.IF_RANGE, "\"0000\""));
        assertThat(other.getStatus()).isEqualTo(200);
        assertThat(other.getContentAsByteArray()).isEqualTo(content);
        MockHttpServletResponse dated = download(request().header(HttpHeaders.RANGE, "bytes=50-")
                .header(HttpHeaders.IF_RANGE, "Wed, 21 Oct 2015 07:28:00 GMT"));
        assertThat(dated.getStatus()).isEqualTo(200);
    }

    @Test
    void aHeadRequestGetsTheHeadersWithoutTheBytes() throws Exception {
        MockHttpServletResponse response = download(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .head("/files/" + file.id()).with(owner.signedIn()).header(HttpHeaders.RANGE, "bytes=0-9"));
        assertThat(response.getStatus()).isEqualTo(206);
        assertThat(response.getHeader(HttpHeaders.CONTENT_RANGE)).isEqualTo("bytes 0-9/" + content.length);
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void aReaderWithTheSameETagIsToldNothingChanged() throws Exception {
        MockHttpServletResponse response = download(request().header(HttpHeaders.IF_NONE_MATCH, "\"" + file.sha256() + "\""));
        assertThat(response.getStatus()).isEqualTo(304);
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void theApiAnswersRangesToo() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/files/" + file.id() + "/content")
                .with(owner.signedIn()).header(HttpHeaders.RANGE, "bytes=0-3")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(206);
        assertThat(response.getContentAsByteArray()).isEqualTo(slice(0, 4));
    }

    @Test
    void anonymousReadersAndOtherPeopleGetNoByteEvenWithARange() throws Exception {
        MockHttpServletResponse anonymous = mvc.perform(get("/files/" + file.id()).header(HttpHeaders.RANGE, "bytes=0-9"))
                .andReturn().getResponse();
        assertThat(anonymous.getStatus()).isIn(302, 401, 404);
        assertThat(anonymous.getContentAsByteArray()).isEmpty();
        Someone other = Someone.register(accounts, "Range Stranger");
        MockHttpServletResponse stranger = mvc.perform(get("/files/" + file.id()).with(other.signedIn())
                .header(HttpHeaders.RANGE, "bytes=0-9")).andReturn().getResponse();
        assertThat(stranger.getStatus()).isEqualTo(404);
        assertThat(stranger.getHeader(HttpHeaders.CONTENT_RANGE)).isNull();
    }

    private MockHttpServletRequestBuilder request() {
        return get("/files/" + file.id()).with(owner.signedIn());
    }

    private MockHttpServletResponse download(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private byte[] slice(int offset, int length) {
        byte[] part = new byte[length];
        System.arraycopy(content, offset, part, 0, length);
        return part;
    }
}
